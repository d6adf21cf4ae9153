using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Support;

namespace ReportGen.Docx;

/// <summary>
/// The style definitions taken from a council's reference document (see <see cref="ReferenceDocument"/>).
/// When a <see cref="DocxStyle"/> carries one, every style the writer uses that the reference defines is
/// written as the reference defines it, and the reference's document defaults (body font and size) replace the
/// generated ones. Immutable once read; safe to share between writers.
/// </summary>
public sealed class ReferenceStyleSheet
{
    private readonly Styles _styles;
    private readonly StyleResolver _resolver;

    internal ReferenceStyleSheet(string source, Styles styles, StyleResolver resolver)
    {
        Source = source;
        _styles = styles;
        _resolver = resolver;
        StyleIds = WriterStyleIds.Where(resolver.Has).ToList();
    }

    /// <summary>Where the styles came from (the reference document's path).</summary>
    public string Source { get; }

    /// <summary>The writer's style ids that the reference defines, and so decides.</summary>
    public IReadOnlyList<string> StyleIds { get; }

    /// <summary>Every style id the writer puts in styles.xml.</summary>
    public static IReadOnlyList<string> WriterStyleIds { get; } =
    [
        DocxStyleIds.Normal, DocxStyleIds.Title, DocxStyleIds.Subtitle, DocxStyleIds.Date,
        DocxStyleIds.Heading(1), DocxStyleIds.Heading(2), DocxStyleIds.Heading(3), DocxStyleIds.Heading(4),
        DocxStyleIds.Lead, DocxStyleIds.SourceNote, DocxStyleIds.Caption, DocxStyleIds.FigureImage,
        DocxStyleIds.TocHeading, DocxStyleIds.Toc(1), DocxStyleIds.Toc(2), DocxStyleIds.Toc(3), DocxStyleIds.TableOfFigures,
        DocxStyleIds.FootnoteText, DocxStyleIds.Header, DocxStyleIds.ListParagraph,
        DocxStyleIds.KeyInsightsBox, DocxStyleIds.KeyInsightsTitle, DocxStyleIds.CalloutBox, DocxStyleIds.CalloutTitle,
        DocxStyleIds.TableText, DocxStyleIds.TableHeading,
        "DefaultParagraphFont", DocxStyleIds.Hyperlink, DocxStyleIds.FootnoteReference,
        "TableNormal", DocxStyleIds.ReportTable,
    ];

    /// <summary>
    /// Puts the reference's definitions into generated styles: same-id styles are swapped for the reference's,
    /// styles those depend on (basedOn, link, next) come along, and the document defaults are replaced with the
    /// document's own language kept.
    /// </summary>
    internal void ApplyTo(Styles generated, string language)
    {
        var present = generated.Elements<Style>().Where(s => s.StyleId?.Value is not null)
            .ToDictionary(s => s.StyleId!.Value!, StringComparer.Ordinal);
        var imported = new List<Style>();
        foreach (var (id, mine) in present)
        {
            var theirs = _resolver.Get(id);
            if (theirs is null || theirs.Type?.Value != mine.Type?.Value) continue;
            var copy = Prepare(theirs);
            mine.InsertBeforeSelf(copy);
            mine.Remove();
            imported.Add(copy);
        }

        // Styles the imported ones build on but the writer does not define, e.g. a council's "Body Base".
        var queue = new Queue<Style>(imported);
        var known = new HashSet<string>(present.Keys, StringComparer.Ordinal);
        while (queue.Count > 0)
        {
            var style = queue.Dequeue();
            foreach (var dependency in new[] { style.BasedOn?.Val?.Value, style.LinkedStyle?.Val?.Value, style.NextParagraphStyle?.Val?.Value })
            {
                if (dependency is null || !known.Add(dependency) || _resolver.Get(dependency) is not { } extra) continue;
                var copy = Prepare(extra);
                generated.Append(copy);
                queue.Enqueue(copy);
            }
        }

        if (_styles.DocDefaults is { } defaults)
        {
            var copy = (DocDefaults)defaults.CloneNode(true);
            foreach (var fonts in copy.Descendants<RunFonts>()) ResolveThemeFonts(fonts);
            DropThemeColours(copy);
            var rPrDefault = copy.RunPropertiesDefault ??= new RunPropertiesDefault();
            var rPr = rPrDefault.RunPropertiesBaseStyle ??= new RunPropertiesBaseStyle();
            var lang = rPr.Languages ??= new Languages();
            lang.Val = language;
            lang.EastAsia = language;
            generated.DocDefaults?.Remove();
            generated.PrependChild(copy);
        }

        // Word writes styles using w14/w15 markup; keep the reference's namespace declarations for them.
        foreach (var ns in _styles.NamespaceDeclarations)
            if (generated.LookupNamespace(ns.Key) is null) generated.AddNamespaceDeclaration(ns.Key, ns.Value);
        if (_styles.MCAttributes?.Ignorable is { } ignorable && generated.MCAttributes is null)
            generated.MCAttributes = new MarkupCompatibilityAttributes { Ignorable = ignorable };
    }

    /// <summary>
    /// A copy of a reference style made safe for the output: theme fonts and colours become concrete values (the
    /// report has no theme part), list numbering is dropped (it points into the reference's numbering.xml, and
    /// headings carry their numbers as text), and Heading1-4 keep an outline level, which the contents list,
    /// navigation pane and PDF bookmarks depend on.
    /// </summary>
    private Style Prepare(Style source)
    {
        var copy = (Style)source.CloneNode(true);
        foreach (var fonts in copy.Descendants<RunFonts>()) ResolveThemeFonts(fonts);
        DropThemeColours(copy);
        foreach (var numbering in copy.Descendants<NumberingProperties>().ToList()) numbering.Remove();

        var id = copy.StyleId?.Value ?? "";
        for (int level = 1; level <= 4; level++)
        {
            if (id != DocxStyleIds.Heading(level) || _resolver.OutlineLevel(null, id) is not null) continue;
            var ppr = copy.StyleParagraphProperties ??= new StyleParagraphProperties();
            ppr.OutlineLevel = new OutlineLevel { Val = level - 1 };
        }
        return copy;
    }

    private void ResolveThemeFonts(RunFonts fonts)
    {
        string? Theme(EnumValue<ThemeFontValues>? theme) => theme?.Value is { } t ? _resolver.ThemeFont(t) : null;
        if (Theme(fonts.AsciiTheme) is { } ascii) fonts.Ascii = ascii;
        if (Theme(fonts.HighAnsiTheme) is { } hAnsi) fonts.HighAnsi = hAnsi;
        if (Theme(fonts.EastAsiaTheme) is { } eastAsia) fonts.EastAsia = eastAsia;
        if (Theme(fonts.ComplexScriptTheme) is { } cs) fonts.ComplexScript = cs;
        fonts.AsciiTheme = null;
        fonts.HighAnsiTheme = null;
        fonts.EastAsiaTheme = null;
        fonts.ComplexScriptTheme = null;
    }

    private static readonly string[] ThemeColourAttributes =
        ["themeColor", "themeShade", "themeTint", "themeFill", "themeFillShade", "themeFillTint"];

    /// <summary>
    /// Removes theme colour references from colours, shading and borders. The hex value Word stores beside each
    /// one is what the theme gave, and without a theme part in the report the reference would be ambiguous.
    /// </summary>
    private static void DropThemeColours(OpenXmlElement root)
    {
        const string w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        foreach (var element in root.Descendants().Prepend(root))
            foreach (var name in ThemeColourAttributes)
                if (element.GetAttributes().Any(a => a.LocalName == name && a.NamespaceUri == w))
                    element.RemoveAttribute(name, w);
    }

    /// <summary>Resolves styles of the reference (for checks on what it will produce).</summary>
    internal StyleResolver Resolver => _resolver;
}
