using ReportGen.Documents;

namespace ReportGen.Docx.Rendering;

/// <summary>Caption texts as they read in lists and alt-text fallbacks: "Figure 5.2a. Caption" (shared with the HTML edition).</summary>
internal static class CaptionLabel
{
    public static string Figure(Figure f) => CaptionLabels.Figure(f);

    public static string Table(Table t) => CaptionLabels.Table(t);
}
