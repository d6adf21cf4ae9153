using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;

namespace ReportGen.Charts;

/// <summary>
/// Skia's SVG writer drops line dash patterns, so a dashed England line or a dotted comparator came out solid in the
/// SVG rendition, losing the cue that tells series apart without colour. This puts the dashes back: every stroke
/// drawn with the colour and width of a dashed line (and of no solid one) gets its stroke-dasharray.
/// </summary>
internal static partial class SvgDashes
{
    public static string Restore(Plot plot, string svg)
    {
        var dashed = new Dictionary<string, string>(StringComparer.Ordinal);
        var solid = new HashSet<string>(StringComparer.Ordinal);
        void Note(object? candidate)
        {
            if (candidate is not LineStyle line || line.Width <= 0) return;
            var key = Key(line.Color, line.Width);
            var intervals = line.Pattern.GetType().GetProperty("Intervals")?.GetValue(line.Pattern) as float[];
            if (intervals is null || intervals.Length == 0 || intervals.All(i => i <= 0)) { solid.Add(key); return; }
            dashed.TryAdd(key, string.Join(' ', intervals.Select(i => i.ToString("0.##", CultureInfo.InvariantCulture))));
        }
        foreach (var p in plot.GetPlottables())
            Note(p.GetType().GetProperty("LineStyle")?.GetValue(p));
        foreach (var item in plot.Legend.ManualItems)
            Note(item.GetType().GetProperty("LineStyle")?.GetValue(item));
        foreach (var key in solid) dashed.Remove(key);
        if (dashed.Count == 0) return svg;

        return Stroke().Replace(svg, m =>
        {
            if (!double.TryParse(m.Groups["w"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var width)) return m.Value;
            var key = m.Groups["c"].Value.ToUpperInvariant() + "|" + width.ToString("0.00", CultureInfo.InvariantCulture);
            return dashed.TryGetValue(key, out var dash) ? m.Value + $" stroke-dasharray=\"{dash}\"" : m.Value;
        });
    }

    private static string Key(Color c, float width) =>
        $"#{c.R:X2}{c.G:X2}{c.B:X2}|{((double)width).ToString("0.00", CultureInfo.InvariantCulture)}";

    [GeneratedRegex("stroke=\"(?<c>#[0-9A-Fa-f]{6})\" stroke-width=\"(?<w>[0-9.]+)\"")]
    private static partial Regex Stroke();
}
