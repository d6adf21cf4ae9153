using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;

namespace ReportGen.Docx.Support;

/// <summary>
/// Works out what a paragraph or run actually looks like from styles.xml: it follows basedOn chains, falls
/// back on the document defaults, and turns theme font names into real ones. Used to derive a house style
/// from a reference document and to check colours in a written one. Read-only; one instance per package.
/// </summary>
internal sealed class StyleResolver
{
    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly OpenXmlElement? _runDefaults;
    private readonly OpenXmlElement? _paragraphDefaults;
    private readonly Dictionary<string, IReadOnlyList<Style>> _chains = new(StringComparer.Ordinal);

    public StyleResolver(Styles? styles, ThemePart? theme)
    {
        foreach (var style in styles?.Elements<Style>() ?? [])
            if (style.StyleId?.Value is { Length: > 0 } id) _styles.TryAdd(id, style);
        _runDefaults = styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
        _paragraphDefaults = styles?.DocDefaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle;
        DefaultParagraphStyle = _styles.Values.FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;
        var fonts = theme?.Theme?.ThemeElements?.FontScheme;
        MajorFont = NonEmpty(fonts?.MajorFont?.LatinFont?.Typeface?.Value);
        MinorFont = NonEmpty(fonts?.MinorFont?.LatinFont?.Typeface?.Value);
    }

    /// <summary>Creates a resolver for a package's main styles part and theme.</summary>
    public static StyleResolver For(WordprocessingDocument package) =>
        new(package.MainDocumentPart?.StyleDefinitionsPart?.Styles, package.MainDocumentPart?.ThemePart);

    /// <summary>The theme's heading font ("+mj"), if the package has a theme.</summary>
    public string? MajorFont { get; }

    /// <summary>The theme's body font ("+mn"), if the package has a theme.</summary>
    public string? MinorFont { get; }

    public bool Has(string styleId) => _styles.ContainsKey(styleId);

    public Style? Get(string? styleId) => styleId is not null && _styles.TryGetValue(styleId, out var s) ? s : null;

    /// <summary>The id of the default paragraph style (normally "Normal").</summary>
    public string? DefaultParagraphStyle { get; }

    /// <summary>The style and its ancestors along basedOn, nearest first; stops at a loop.</summary>
    public IReadOnlyList<Style> Chain(string? styleId)
    {
        if (styleId is null) return [];
        lock (_chains)
        {
            if (_chains.TryGetValue(styleId, out var known)) return known;
            var chain = new List<Style>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var style = Get(styleId);
            while (style is not null && seen.Add(style.StyleId?.Value ?? ""))
            {
                chain.Add(style);
                style = Get(style.BasedOn?.Val?.Value);
            }
            _chains[styleId] = chain;
            return chain;
        }
    }

    /// <summary>
    /// The run-level element of type T that wins for a run: direct formatting, then the character style chain,
    /// then the paragraph style chain, then the table style (for text in a table), then the document defaults.
    /// </summary>
    public T? Run<T>(OpenXmlElement? directRunProperties, string? characterStyle, string? paragraphStyle, OpenXmlElement? tableRunProperties = null)
        where T : OpenXmlElement =>
        Run<T>(directRunProperties, characterStyle, paragraphStyle, tableRunProperties, out _);

    /// <summary>As <see cref="Run{T}(OpenXmlElement?, string?, string?, OpenXmlElement?)"/>, also saying where the value came from
    /// ("direct formatting", "character style X", "paragraph style Y", "table style", "document defaults").</summary>
    public T? Run<T>(OpenXmlElement? directRunProperties, string? characterStyle, string? paragraphStyle, OpenXmlElement? tableRunProperties,
        out string origin) where T : OpenXmlElement
    {
        origin = "direct formatting";
        if (directRunProperties?.GetFirstChild<T>() is { } direct) return direct;
        foreach (var s in Chain(characterStyle))
        {
            origin = "character style " + s.StyleId?.Value;
            if (s.StyleRunProperties?.GetFirstChild<T>() is { } found) return found;
        }
        foreach (var s in Chain(paragraphStyle ?? DefaultParagraphStyle))
        {
            origin = "paragraph style " + s.StyleId?.Value;
            if (s.StyleRunProperties?.GetFirstChild<T>() is { } found) return found;
        }
        origin = "table style";
        if (tableRunProperties?.GetFirstChild<T>() is { } table) return table;
        origin = "document defaults";
        return _runDefaults?.GetFirstChild<T>();
    }

    /// <summary>The paragraph-level element of type T from direct formatting, the style chain, then the defaults.</summary>
    public T? Paragraph<T>(OpenXmlElement? directParagraphProperties, string? paragraphStyle) where T : OpenXmlElement
    {
        if (directParagraphProperties?.GetFirstChild<T>() is { } direct) return direct;
        foreach (var s in Chain(paragraphStyle ?? DefaultParagraphStyle))
            if (s.StyleParagraphProperties?.GetFirstChild<T>() is { } found) return found;
        return _paragraphDefaults?.GetFirstChild<T>();
    }

    /// <summary>
    /// The Latin font for a run. A font is taken from the first rFonts on the way up that names one, either
    /// directly (w:ascii) or through the theme (w:asciiTheme).
    /// </summary>
    public string? Font(OpenXmlElement? directRunProperties, string? characterStyle, string? paragraphStyle)
    {
        foreach (var rPr in RunPropertySources(directRunProperties, characterStyle, paragraphStyle))
            if (rPr.GetFirstChild<RunFonts>() is { } fonts && FontName(fonts) is { } name) return name;
        return null;
    }

    /// <summary>The font of a paragraph style (its Latin font as Word would show it).</summary>
    public string? Font(string styleId) => Font(null, null, styleId);

    /// <summary>The size of a paragraph style in points, if any level of the chain or the defaults gives one.</summary>
    public double? Size(string styleId) => HalfPoints(Run<FontSize>(null, null, styleId)?.Val?.Value);

    /// <summary>The text colour of a paragraph or character style: six hex digits, "auto", or null if none is set.</summary>
    public string? Colour(string styleId)
    {
        var style = Get(styleId);
        return style?.Type?.Value == StyleValues.Character
            ? ColourValue(Run<Color>(null, styleId, null))
            : ColourValue(Run<Color>(null, null, styleId));
    }

    /// <summary>The paragraph shading fill of a paragraph style (six hex digits), or null.</summary>
    public string? ParagraphFill(string styleId) => FillValue(Paragraph<Shading>(null, styleId));

    /// <summary>A named border of a paragraph style, following the chain.</summary>
    public string? ParagraphBorderColour<T>(string styleId) where T : BorderType
    {
        foreach (var s in Chain(styleId))
            if (s.StyleParagraphProperties?.ParagraphBorders?.GetFirstChild<T>() is { } b) return ColourValue(b.Color?.Value);
        return null;
    }

    /// <summary>The outline level (0-8) of a paragraph: direct, then its style chain; null for body text.</summary>
    public int? OutlineLevel(ParagraphProperties? direct, string? paragraphStyle)
    {
        var level = Paragraph<OutlineLevel>(direct, paragraphStyle)?.Val?.Value;
        return level is >= 0 and <= 8 ? level : null;
    }

    /// <summary>A table style's conditional formatting block (firstRow, lastRow, ...), following basedOn.</summary>
    public TableStyleProperties? Conditional(string? tableStyle, TableStyleOverrideValues type)
    {
        foreach (var s in Chain(tableStyle))
            foreach (var c in s.Elements<TableStyleProperties>())
                if (c.Type?.Value == type) return c;
        return null;
    }

    /// <summary>The whole-table cell shading of a table style, following basedOn.</summary>
    public string? TableCellFill(string? tableStyle)
    {
        foreach (var s in Chain(tableStyle))
            if (s.StyleTableCellProperties?.GetFirstChild<Shading>() is { } shd) return FillValue(shd);
        return null;
    }

    /// <summary>The run properties a table style gives all its text, following basedOn.</summary>
    public StyleRunProperties? TableRunProperties(string? tableStyle)
    {
        foreach (var s in Chain(tableStyle))
            if (s.Type?.Value == StyleValues.Table && s.StyleRunProperties is { } rpr) return rpr;
        return null;
    }

    /// <summary>A font name from rFonts, through the theme when the element names a theme font.</summary>
    public string? FontName(RunFonts fonts)
    {
        if (NonEmpty(fonts.Ascii?.Value) is { } ascii) return ascii;
        if (fonts.AsciiTheme?.Value is { } theme) return ThemeFont(theme);
        if (NonEmpty(fonts.HighAnsi?.Value) is { } hAnsi) return hAnsi;
        if (fonts.HighAnsiTheme?.Value is { } hTheme) return ThemeFont(hTheme);
        return null;
    }

    /// <summary>The real font behind a theme font reference, or null without a theme.</summary>
    public string? ThemeFont(ThemeFontValues theme)
    {
        if (theme == ThemeFontValues.MajorAscii || theme == ThemeFontValues.MajorHighAnsi || theme == ThemeFontValues.MajorBidi
            || theme == ThemeFontValues.MajorEastAsia) return MajorFont;
        return MinorFont;
    }

    /// <summary>Six upper-case hex digits, "auto" or null (for missing or malformed values).</summary>
    public static string? ColourValue(Color? color) => ColourValue(color?.Val?.Value);

    public static string? ColourValue(string? value)
    {
        var v = value?.Trim().TrimStart('#');
        if (string.IsNullOrEmpty(v)) return null;
        if (v.Equals("auto", StringComparison.OrdinalIgnoreCase)) return "auto";
        return v.Length == 6 && v.All(Uri.IsHexDigit) ? v.ToUpperInvariant() : null;
    }

    /// <summary>The fill of a shading element when it paints something (not "auto", not a nil pattern).</summary>
    public static string? FillValue(Shading? shading)
    {
        if (shading is null || shading.Val?.Value == ShadingPatternValues.Nil) return null;
        var fill = ColourValue(shading.Fill?.Value);
        return fill is null or "auto" ? null : fill;
    }

    public static double? HalfPoints(string? value) =>
        double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) && v > 0
            ? v / 2 : null;

    private IEnumerable<OpenXmlElement> RunPropertySources(OpenXmlElement? direct, string? characterStyle, string? paragraphStyle)
    {
        if (direct is not null) yield return direct;
        foreach (var s in Chain(characterStyle))
            if (s.StyleRunProperties is { } r) yield return r;
        foreach (var s in Chain(paragraphStyle ?? DefaultParagraphStyle))
            if (s.StyleRunProperties is { } r) yield return r;
        if (_runDefaults is not null) yield return _runDefaults;
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
