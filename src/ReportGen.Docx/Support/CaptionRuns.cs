using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Support;

/// <summary>
/// The label part of a caption: "Figure " + the model's number + a SEQ field. LibreOffice recalculates SEQ
/// fields as 1, 2, 3 and ignores both the cached result and w:fldLock, so the visible number is plain text and
/// the SEQ field (cached result = the same number, locked so Word keeps it) sits in hidden runs. Word still sees
/// a proper caption for its own cross-reference and table-of-figures tools; neither application prints it twice.
/// </summary>
internal static class CaptionRuns
{
    public static IEnumerable<Run> Label(string kind, string number)
    {
        yield return Texts.Run(kind + " " + number);
        var hidden = new RunProperties(new Vanish());
        foreach (var run in FieldRuns.Complex($"SEQ {kind} \\* ARABIC", number, hidden, locked: true))
            yield return run;
    }
}
