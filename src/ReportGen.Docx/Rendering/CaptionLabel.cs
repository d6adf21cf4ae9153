using ReportGen.Documents;

namespace ReportGen.Docx.Rendering;

/// <summary>Caption texts as they read in lists and alt-text fallbacks: "Figure 5.2a. Caption".</summary>
internal static class CaptionLabel
{
    public static string Figure(Figure f) => Label("Figure", f.Number, Inlines.ToPlainText(f.Caption));

    public static string Table(Table t) => Label("Table", t.Numbered ? t.Number : null, Inlines.ToPlainText(t.Caption));

    private static string Label(string kind, string? number, string caption)
    {
        caption = caption.Trim();
        if (string.IsNullOrWhiteSpace(number)) return caption;
        return caption.Length == 0 ? $"{kind} {number.Trim()}" : $"{kind} {number.Trim()}. {caption}";
    }
}
