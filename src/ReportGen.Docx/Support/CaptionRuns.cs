using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Support;

/// <summary>
/// The label part of a caption: "Figure " + the model's number, held once as plain text. There is no SEQ field:
/// LibreOffice renumbers SEQ fields 1, 2, 3 (ignoring the cached result and the lock), and a hidden SEQ field beside
/// the typed number made text tools (pandoc, screen readers, copy and paste) read the number twice ("Figure 5.2f5.2f").
/// The lists of figures and tables do not need SEQ fields: each entry links to the caption's bookmark with a PAGEREF.
/// </summary>
internal static class CaptionRuns
{
    public static IEnumerable<Run> Label(string kind, string number)
    {
        yield return Texts.Run(kind + " " + number);
    }
}
