using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportGen.Html;

/// <summary>
/// Turns a chart's stand-alone SVG document into an element that can sit inside the page: no XML prolog, sized by
/// CSS through its view box, exposed as one image whose accessible name is the alt text, and with its internal ids
/// prefixed so several charts on one page never share an id.
/// </summary>
internal static partial class InlineSvg
{
    public static string Prepare(string svg, string accessibleName, string idPrefix)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException("The chart's SVG rendition has no <svg> element.");
        svg = svg[start..];
        svg = Comments().Replace(svg, "");
        // Scripts, foreign content and external references have no place in a chart; drop them defensively.
        svg = Scripts().Replace(svg, "");

        var tagEnd = svg.IndexOf('>');
        var open = svg[..tagEnd];
        var rest = svg[tagEnd..];
        var width = Attribute(open, "width");
        var height = Attribute(open, "height");
        open = SizeAttributes().Replace(open, "");
        open = AriaAttributes().Replace(open, "");
        if (Attribute(open, "viewBox") is null && Number(width) is { } w && Number(height) is { } h)
            open += $" viewBox=\"0 0 {w.ToString(CultureInfo.InvariantCulture)} {h.ToString(CultureInfo.InvariantCulture)}\"";
        open += $" class=\"chart-svg\" role=\"img\" aria-label=\"{Html.Attribute(accessibleName)}\" focusable=\"false\"";

        svg = open + rest;
        // Ids are renamed in order of appearance: the drawing library numbers them from a counter per process, so
        // the same chart would otherwise carry different ids from one build to the next.
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in Ids().Matches(svg))
            renamed.TryAdd(m.Groups[2].Value, idPrefix + "i" + renamed.Count.ToString(CultureInfo.InvariantCulture));
        string Renamed(string id) => renamed.TryGetValue(id, out var name) ? name : idPrefix + id;
        svg = Ids().Replace(svg, m => $"{m.Groups[1].Value}=\"{Renamed(m.Groups[2].Value)}\"");
        svg = UrlRefs().Replace(svg, m => $"url(#{Renamed(m.Groups[1].Value)})");
        svg = HrefRefs().Replace(svg, m => $"{m.Groups[1].Value}=\"#{Renamed(m.Groups[2].Value)}\"");
        return svg.Trim();
    }

    private static string? Attribute(string tag, string name)
    {
        var m = Regex.Match(tag, "\\s" + name + "\\s*=\\s*\"([^\"]*)\"");
        return m.Success ? m.Groups[1].Value : null;
    }

    private static double? Number(string? value)
    {
        if (value is null) return null;
        var digits = new string(value.TakeWhile(c => char.IsDigit(c) || c == '.').ToArray());
        return double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : null;
    }

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comments();
    [GeneratedRegex("<(script|foreignObject)\\b.*?</\\1\\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Scripts();
    [GeneratedRegex("\\s(width|height)\\s*=\\s*\"[^\"]*\"")]
    private static partial Regex SizeAttributes();
    [GeneratedRegex("\\s(role|aria-label|aria-labelledby|focusable|class)\\s*=\\s*\"[^\"]*\"")]
    private static partial Regex AriaAttributes();
    [GeneratedRegex("\\b(id)=\"([^\"]+)\"")]
    private static partial Regex Ids();
    [GeneratedRegex("url\\(\\s*['\"]?#([^)'\"]+)['\"]?\\s*\\)")]
    private static partial Regex UrlRefs();
    [GeneratedRegex("((?:xlink:)?href)=\"#([^\"]+)\"")]
    private static partial Regex HrefRefs();
}
