using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;

namespace ReportGen.Charts;

/// <summary>
/// Skia's SVG writer leaves out every stroke drawn with a dash pattern, so a dashed England line or a dotted comparator
/// was missing from the SVG rendition altogether. This renders the SVG with those lines made solid, then gives every
/// stroke drawn with the colour and width of a dashed line (and of no solid one) its stroke-dasharray back, so the
/// series keep the cue that tells them apart without colour.
/// </summary>
internal static partial class SvgDashes
{
    public static string Render(Plot plot, int width, int height)
    {
        var dashed = new Dictionary<string, string>(StringComparer.Ordinal);
        var solid = new HashSet<string>(StringComparer.Ordinal);
        var changed = new List<(LineStyle Line, LinePattern Pattern)>();
        void Note(object? candidate)
        {
            if (candidate is not LineStyle line || line.Width <= 0) return;
            var key = Key(line.Color, line.Width);
            var intervals = line.Pattern.Intervals;
            if (intervals is null || intervals.Length == 0 || intervals.All(i => i <= 0)) { solid.Add(key); return; }
            dashed.TryAdd(key, string.Join(' ', intervals.Select(i => i.ToString("0.##", CultureInfo.InvariantCulture))));
            changed.Add((line, line.Pattern));
            line.Pattern = LinePattern.Solid;
        }
        foreach (var p in plot.GetPlottables())
            Note(p.GetType().GetProperty("LineStyle")?.GetValue(p));
        foreach (var item in plot.Legend.ManualItems)
            Note(item.GetType().GetProperty("LineStyle")?.GetValue(item));

        string svg;
        try { svg = plot.GetSvgXml(width, height); }
        finally { foreach (var (line, pattern) in changed) line.Pattern = pattern; }

        foreach (var key in solid) dashed.Remove(key);
        if (dashed.Count == 0) return svg;
        return Stroke().Replace(svg, m =>
        {
            if (!double.TryParse(m.Groups["w"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var w)) return m.Value;
            var key = m.Groups["c"].Value.ToUpperInvariant() + "|" + w.ToString("0.00", CultureInfo.InvariantCulture);
            return dashed.TryGetValue(key, out var dash) ? m.Value + $" stroke-dasharray=\"{dash}\"" : m.Value;
        });
    }

    private static string Key(Color c, float width) =>
        $"#{c.R:X2}{c.G:X2}{c.B:X2}|{((double)width).ToString("0.00", CultureInfo.InvariantCulture)}";

    [GeneratedRegex("stroke=\"(?<c>#[0-9A-Fa-f]{6})\" stroke-width=\"(?<w>[0-9.]+)\"")]
    private static partial Regex Stroke();
}
