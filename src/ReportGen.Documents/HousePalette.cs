namespace ReportGen.Documents;

/// <summary>
/// The house style's fonts and colours (six-digit RGB hex, "1B365D"; a leading '#' is accepted), in one record for
/// every edition: the Word writer holds it in its DocxStyle and the web edition is written from the same record, so a
/// council's own reference document restyles both. The defaults are the bundled house style.
/// </summary>
public sealed record HousePalette
{
    /// <summary>The bundled house style: Arial, dark blue and teal.</summary>
    public static HousePalette Default { get; } = new();

    /// <summary>Font for body text, tables, captions and notes.</summary>
    public string BodyFont { get; init; } = "Arial";
    /// <summary>Font for the title and headings.</summary>
    public string HeadingFont { get; init; } = "Arial";
    /// <summary>Body text colour.</summary>
    public string TextColor { get; init; } = "1A1A1A";
    /// <summary>Main brand colour (dark blue): title, Heading 1 and 3, captions, table header fill.</summary>
    public string PrimaryColor { get; init; } = "1B365D";
    /// <summary>Accent colour (teal): Heading 2 and 4, rules, the Key Insights box border.</summary>
    public string AccentColor { get; init; } = "00677F";
    /// <summary>Hyperlink and cross-reference text colour.</summary>
    public string LinkColor { get; init; } = "005EA5";
    /// <summary>Colour of source lines, notes and footnotes.</summary>
    public string MutedTextColor { get; init; } = "4D4D4D";
    /// <summary>Background of table header cells.</summary>
    public string TableHeaderFill { get; init; } = "1B365D";
    /// <summary>Text colour in table header cells.</summary>
    public string TableHeaderTextColor { get; init; } = "FFFFFF";
    /// <summary>Background of emphasis (total) rows.</summary>
    public string TableEmphasisFill { get; init; } = "E8EEF4";
    /// <summary>Table grid line colour.</summary>
    public string TableBorderColor { get; init; } = "A6A6A6";
    /// <summary>Background of the Key Insights box.</summary>
    public string KeyInsightsFill { get; init; } = "E6F2F4";
    /// <summary>Border colour of the Key Insights box.</summary>
    public string KeyInsightsBorderColor { get; init; } = "00677F";
    /// <summary>Background of other call-outs (key figures, notes).</summary>
    public string CalloutFill { get; init; } = "F1F3F7";
    /// <summary>Border colour of other call-outs.</summary>
    public string CalloutBorderColor { get; init; } = "1B365D";

    /// <summary>Every colour with its name, for validation and reports.</summary>
    public IEnumerable<(string Name, string Value)> Colours() =>
    [
        (nameof(TextColor), TextColor), (nameof(PrimaryColor), PrimaryColor), (nameof(AccentColor), AccentColor),
        (nameof(LinkColor), LinkColor), (nameof(MutedTextColor), MutedTextColor), (nameof(TableHeaderFill), TableHeaderFill),
        (nameof(TableHeaderTextColor), TableHeaderTextColor), (nameof(TableEmphasisFill), TableEmphasisFill),
        (nameof(TableBorderColor), TableBorderColor), (nameof(KeyInsightsFill), KeyInsightsFill),
        (nameof(KeyInsightsBorderColor), KeyInsightsBorderColor), (nameof(CalloutFill), CalloutFill),
        (nameof(CalloutBorderColor), CalloutBorderColor),
    ];
}
