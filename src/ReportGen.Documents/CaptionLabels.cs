namespace ReportGen.Documents;

/// <summary>
/// How every edition prints the numbers that <see cref="DocumentNumbering"/> assigned: "Figure 5.2a", "Table 3",
/// "5.2.1 Title". The Word and HTML writers both use these, so their captions and headings read the same.
/// </summary>
public static class CaptionLabels
{
    /// <summary>"Figure 5.2a", or null for an unnumbered figure.</summary>
    public static string? FigureNumber(Figure figure) =>
        string.IsNullOrWhiteSpace(figure.Number) ? null : "Figure " + figure.Number.Trim();

    /// <summary>"Table 3.1", or null for an unnumbered table.</summary>
    public static string? TableNumber(Table table) =>
        table.Numbered && !string.IsNullOrWhiteSpace(table.Number) ? "Table " + table.Number.Trim() : null;

    /// <summary>"Figure 5.2a. Caption" as it reads in lists of figures and alt-text fallbacks.</summary>
    public static string Figure(Figure figure) => Label(FigureNumber(figure), Inlines.ToPlainText(figure.Caption));

    /// <summary>"Table 3.1. Caption" (just the caption for an unnumbered table).</summary>
    public static string Table(Table table) => Label(TableNumber(table), Inlines.ToPlainText(table.Caption));

    /// <summary>"5.2.1 Title" as shown in the heading and the contents list.</summary>
    public static string Heading(Heading heading) =>
        heading.Numbered && !string.IsNullOrWhiteSpace(heading.Number)
            ? heading.Number.Trim() + " " + heading.PlainText.Trim()
            : heading.PlainText.Trim();

    /// <summary>What follows the number in a caption: ". " before a caption text, "." when there is none.</summary>
    public static string Separator(IReadOnlyList<Inline> caption) => caption.Count > 0 ? ". " : ".";

    private static string Label(string? numberLabel, string caption)
    {
        caption = caption.Trim();
        if (numberLabel is null) return caption;
        return caption.Length == 0 ? numberLabel : $"{numberLabel}. {caption}";
    }
}
