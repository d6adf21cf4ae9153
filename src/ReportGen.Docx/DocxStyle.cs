using ReportGen.Documents;
using System.Globalization;
using ReportGen.Docx.Accessibility;

namespace ReportGen.Docx;

/// <summary>
/// The house style the Word writer turns into styles.xml and page setup. Every member has a sensible
/// council-report default; customise with a <c>with</c> expression, e.g.
/// <c>DocxStyle.Default with { Palette = HousePalette.Default with { BodyFont = "Calibri", PrimaryColor = "2B2A6B" } }</c>.
/// Colours are six-digit RGB hex strings ("1B365D"; a leading '#' is accepted). Sizes are in points,
/// page measurements in centimetres. A council's own style comes from a Word reference document instead:
/// <c>DocxStyle.FromReferenceDocument("templates/house-style/reference.docx")</c> (see <see cref="ReferenceDocument"/>).
/// </summary>
public sealed record DocxStyle
{
    /// <summary>The default house style: Arial 11pt body, dark blue and teal headings, A4 portrait.</summary>
    public static DocxStyle Default { get; } = new();

    /// <summary>Fonts and colours, shared with the web edition (see <see cref="HousePalette"/>).</summary>
    public HousePalette Palette { get; init; } = HousePalette.Default;

    // ---- sizes -----------------------------------------------------------------------------



    /// <summary>Body text size in points.</summary>
    public double BodySize { get; init; } = 11;

    /// <summary>Size of the "Lead" (summary) paragraph style in points.</summary>
    public double LeadSize { get; init; } = 12.5;

    /// <summary>Title page title size in points.</summary>
    public double TitleSize { get; init; } = 30;

    /// <summary>Title page subtitle size in points.</summary>
    public double SubtitleSize { get; init; } = 18;

    /// <summary>Heading 1 size in points.</summary>
    public double Heading1Size { get; init; } = 20;

    /// <summary>Heading 2 size in points.</summary>
    public double Heading2Size { get; init; } = 16;

    /// <summary>Heading 3 size in points.</summary>
    public double Heading3Size { get; init; } = 13;

    /// <summary>Heading 4 size in points (level 4 and deeper headings).</summary>
    public double Heading4Size { get; init; } = 11.5;

    /// <summary>Caption size in points (figure and table captions).</summary>
    public double CaptionSize { get; init; } = 10.5;

    /// <summary>Size of "Source: ..." lines and notes under figures and tables, in points.</summary>
    public double SourceNoteSize { get; init; } = 9;

    /// <summary>Table cell text size in points.</summary>
    public double TableTextSize { get; init; } = 10;

    /// <summary>Footnote text size in points.</summary>
    public double FootnoteSize { get; init; } = 9;

    /// <summary>Running header text size in points.</summary>
    public double HeaderSize { get; init; } = 9;

    // ---- page ------------------------------------------------------------------------------

    /// <summary>Portrait page width in cm (A4).</summary>
    public double PageWidthCm { get; init; } = 21.0;

    /// <summary>Portrait page height in cm (A4).</summary>
    public double PageHeightCm { get; init; } = 29.7;

    /// <summary>Top margin in cm (the running header sits inside it).</summary>
    public double MarginTopCm { get; init; } = 2.5;

    /// <summary>Bottom margin in cm.</summary>
    public double MarginBottomCm { get; init; } = 2.2;

    /// <summary>Left margin in cm.</summary>
    public double MarginLeftCm { get; init; } = 2.2;

    /// <summary>Right margin in cm.</summary>
    public double MarginRightCm { get; init; } = 2.2;

    /// <summary>Distance from the page edge to the running header in cm.</summary>
    public double HeaderDistanceCm { get; init; } = 1.2;

    /// <summary>Distance from the page edge to the footer in cm.</summary>
    public double FooterDistanceCm { get; init; } = 1.2;

    /// <summary>Text shown in every running header that links back to the contents list.</summary>
    public string BackToContentsText { get; init; } = "Back to Contents";

    // ---- reference document ------------------------------------------------------------------

    /// <summary>
    /// Style definitions read from a council's reference document, or null for styles generated from the fields
    /// above. When set, every style the writer uses that the reference defines is written exactly as defined
    /// there; the fields above still drive what the writer draws itself (table shading, bullets, page setup) and
    /// the styles the reference lacks. <see cref="FromReferenceDocument(string)"/> sets both consistently.
    /// </summary>
    public ReferenceStyleSheet? ReferenceStyles { get; init; }

    /// <summary>
    /// The house style of a reference document (see <see cref="ReferenceDocument"/>): its styles verbatim, and
    /// fonts, sizes, colours, page size and margins derived from them. Check its colours with
    /// <see cref="FromReferenceDocument(string, out AccessibilityReport)"/> or <see cref="ReferenceDocument.Check"/>.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a readable .docx or has no styles.</exception>
    public static DocxStyle FromReferenceDocument(string path) => ReferenceDocument.Load(path);

    /// <summary>
    /// As <see cref="FromReferenceDocument(string)"/>, also reporting colours that give text less than 4.5:1
    /// contrast (as errors in <paramref name="report"/>) rather than using them silently.
    /// </summary>
    public static DocxStyle FromReferenceDocument(string path, out AccessibilityReport report)
    {
        var style = ReferenceDocument.Load(path);
        report = DocxAccessibilityChecker.CheckHouseStyle(style);
        return style;
    }

    /// <summary>The fonts and colours charts should share with this house style (see <see cref="HouseChartColours"/>).</summary>
    public HouseChartColours ChartColours() =>
        new(Palette.BodyFont.Trim(), "#" + Hex(Palette.TextColor, nameof(Palette.TextColor)), "#" + Hex(Palette.PrimaryColor, nameof(Palette.PrimaryColor)),
            "#" + Hex(Palette.AccentColor, nameof(Palette.AccentColor)), "#FFFFFF");

    /// <summary>
    /// WCAG 2 contrast ratio between two RGB hex colours (1 to 21). Body text needs at least 4.5.
    /// </summary>
    public static double ContrastRatio(string foregroundHex, string backgroundHex)
    {
        double a = RelativeLuminance(foregroundHex), b = RelativeLuminance(backgroundHex);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>
    /// The text/background colour pairs this style produces, with their contrast ratios, so a custom
    /// palette can be checked against the 4.5:1 rule.
    /// </summary>
    public IReadOnlyList<(string Use, string Foreground, string Background, double Ratio)> TextContrastPairs()
    {
        const string white = "FFFFFF";
        (string, string, string)[] pairs =
        [
            ("body text", Palette.TextColor, white),
            ("title and heading 1/3", Palette.PrimaryColor, white),
            ("heading 2/4", Palette.AccentColor, white),
            ("links", Palette.LinkColor, white),
            ("source notes and footnotes", Palette.MutedTextColor, white),
            ("table header", Palette.TableHeaderTextColor, Palette.TableHeaderFill),
            ("emphasis row", Palette.TextColor, Palette.TableEmphasisFill),
            ("key insights text", Palette.TextColor, Palette.KeyInsightsFill),
            ("key insights title", Palette.PrimaryColor, Palette.KeyInsightsFill),
            ("links in key insights", Palette.LinkColor, Palette.KeyInsightsFill),
            ("call-out text", Palette.TextColor, Palette.CalloutFill),
            ("call-out title", Palette.PrimaryColor, Palette.CalloutFill),
        ];
        return pairs.Select(p => (p.Item1, p.Item2, p.Item3, ContrastRatio(p.Item2, p.Item3))).ToList();
    }

    /// <summary>Normalises a colour to six upper-case hex digits; throws if it is not one.</summary>
    internal static string Hex(string color, string memberName)
    {
        var s = (color ?? "").Trim().TrimStart('#').ToUpperInvariant();
        if (s.Length != 6 || !s.All(Uri.IsHexDigit))
            throw new ArgumentException($"DocxStyle.{memberName} must be a six-digit RGB hex colour, not '{color}'.");
        return s;
    }

    private static double RelativeLuminance(string hex)
    {
        var s = Hex(hex, "colour");
        double Channel(int offset)
        {
            double c = int.Parse(s.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
    }

    /// <summary>Checks every colour and size once, before writing, so errors surface early.</summary>
    internal void Validate()
    {
        foreach (var (name, value) in Palette.Colours()) Hex(value, name);
        if (string.IsNullOrWhiteSpace(Palette.BodyFont) || string.IsNullOrWhiteSpace(Palette.HeadingFont))
            throw new ArgumentException("DocxStyle fonts must not be empty.");
        double[] sizes = [BodySize, LeadSize, TitleSize, SubtitleSize, Heading1Size, Heading2Size, Heading3Size,
            Heading4Size, CaptionSize, SourceNoteSize, TableTextSize, FootnoteSize, HeaderSize];
        if (sizes.Any(s => s is < 4 or > 96))
            throw new ArgumentException("DocxStyle font sizes must be between 4 and 96 points.");
        if (PageWidthCm - MarginLeftCm - MarginRightCm < 5 || PageHeightCm - MarginTopCm - MarginBottomCm < 5)
            throw new ArgumentException("DocxStyle margins leave too little room for text.");
    }
}
