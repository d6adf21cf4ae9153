using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Support;

/// <summary>
/// Builds complex fields (fldChar begin / instrText / separate / cached result / end) as runs. A complex field
/// rather than a simple one because both Word and LibreOffice read it reliably, and the cached result shows in
/// viewers that never recalculate fields.
/// </summary>
internal static class FieldRuns
{
    /// <param name="instruction">Field code, e.g. <c>PAGEREF _Toc_x \h</c>.</param>
    /// <param name="cachedResult">Text shown until the field is recalculated.</param>
    /// <param name="runProperties">Formatting copied onto every run of the field (may be null).</param>
    /// <param name="locked">Locked fields keep their cached result when Word updates fields.</param>
    public static IEnumerable<Run> Complex(string instruction, string cachedResult, RunProperties? runProperties = null, bool locked = false)
    {
        var begin = new FieldChar { FieldCharType = FieldCharValues.Begin };
        if (locked) begin.FieldLock = true;
        yield return WithProps(new Run(begin), runProperties);
        yield return WithProps(new Run(new FieldCode(" " + instruction + " ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }), runProperties);
        yield return WithProps(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }), runProperties);
        yield return WithProps(new Run(Texts.T(cachedResult)), runProperties);
        yield return WithProps(new Run(new FieldChar { FieldCharType = FieldCharValues.End }), runProperties);
    }

    private static Run WithProps(Run run, RunProperties? props)
    {
        if (props is not null) run.PrependChild((RunProperties)props.CloneNode(true));
        return run;
    }
}
