using System.Collections.Concurrent;
using SkiaSharp;

namespace ReportGen.Charts;

/// <summary>
/// Measures text in the typeface the charts draw with, so layouts (label rotation, wrapping,
/// spine chart columns) are decided from real widths rather than guesses. Sizes are in points.
/// </summary>
public sealed class TextMeasurer
{
    private static readonly ConcurrentDictionary<(string, bool), SKTypeface> Typefaces = new();

    private const double Scale = 10;

    private readonly string _family;

    public TextMeasurer(string resolvedFamily) => _family = resolvedFamily;

    /// <summary>Advance width of the widest line of <paramref name="text"/>.</summary>
    public double Width(string text, double sizePt, bool bold = false)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        // Small sizes measure with rounded (hinted) advances; measuring large and scaling down
        // matches the text as drawn at print resolution.
        using var font = new SKFont(Typeface(bold), (float)(sizePt * Scale)) { Subpixel = true, LinearMetrics = true };
        double widest = 0;
        foreach (var line in text.Split('\n'))
            widest = Math.Max(widest, font.MeasureText(line));
        return widest / Scale;
    }

    /// <summary>Height of one line of text (ascent plus descent).</summary>
    public double LineHeight(double sizePt)
    {
        using var font = new SKFont(Typeface(false), (float)(sizePt * Scale));
        var metrics = font.Metrics;
        return (metrics.Descent - metrics.Ascent) / Scale;
    }

    /// <summary>Breaks <paramref name="text"/> at spaces (or after hyphens) into lines no wider than <paramref name="maxWidth"/>.</summary>
    public IReadOnlyList<string> Wrap(string text, double sizePt, double maxWidth, bool bold = false)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in SplitWords(text))
        {
            var candidate = current.Length == 0 ? word : current.EndsWith('-') ? current + word : current + " " + word;
            if (current.Length > 0 && Width(candidate, sizePt, bold) > maxWidth)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }
        if (current.Length > 0) lines.Add(current);
        return lines;
    }

    // Words split on spaces; a hyphenated word may also break after its hyphen.
    private static IEnumerable<string> SplitWords(string text)
    {
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = word.Split('-');
            for (var i = 0; i < parts.Length; i++)
                yield return i < parts.Length - 1 ? parts[i] + "-" : parts[i];
        }
    }

    private SKTypeface Typeface(bool bold) =>
        Typefaces.GetOrAdd((_family, bold), key => ScottPlot.Fonts.GetTypeface(key.Item1, key.Item2, false));
}
