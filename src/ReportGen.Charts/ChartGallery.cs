using System.Net;
using System.Text;

namespace ReportGen.Charts;

/// <summary>
/// Renders a list of charts into a folder: one PNG per chart (plus SVG when the style asks), a
/// text file with its alt text and data table, and an index.html for reviewing them side by side.
/// </summary>
public sealed class ChartGallery
{
    private readonly ChartRenderer _renderer;

    /// <summary>Creates a gallery that renders with <paramref name="renderer"/>.</summary>
    public ChartGallery(ChartRenderer renderer) => _renderer = renderer ?? throw new ArgumentNullException(nameof(renderer));

    /// <summary>
    /// Renders every entry in parallel and writes the files; returns the PNG paths in entry order.
    /// Names are reduced to letters, digits, '-' and '_' so they are safe as file names.
    /// </summary>
    public IReadOnlyList<string> WriteToFolder(IReadOnlyList<GalleryEntry> entries, string folder, int maxDegreeOfParallelism = 2)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        var names = entries.Select(e => SafeName(e.Name)).ToList();
        if (names.Distinct(StringComparer.OrdinalIgnoreCase).Count() != names.Count)
            throw new ArgumentException("Gallery entry names must be unique once made safe for file names.", nameof(entries));

        var charts = _renderer.RenderAll(entries.Select(e => e.Spec).ToList(), maxDegreeOfParallelism);
        var paths = new List<string>();
        var index = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Chart gallery</title>"
            + "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:2em auto}img{border:1px solid #ccc;max-width:100%}"
            + "table{border-collapse:collapse;font-size:.85em}td,th{border:1px solid #bbb;padding:2px 6px}</style></head><body>\n");
        for (var i = 0; i < charts.Count; i++)
        {
            var chart = charts[i];
            var png = Path.Combine(folder, names[i] + ".png");
            File.WriteAllBytes(png, chart.Png);
            if (chart.Svg is { } svg) File.WriteAllBytes(Path.Combine(folder, names[i] + ".svg"), svg);
            File.WriteAllText(Path.Combine(folder, names[i] + ".txt"), Describe(chart));
            paths.Add(png);
            AppendHtml(index, names[i], chart);
        }
        index.Append("</body></html>\n");
        File.WriteAllText(Path.Combine(folder, "index.html"), index.ToString());
        return paths;
    }

    /// <summary>The alt text followed by the data table as tab-separated lines.</summary>
    public static string Describe(RenderedChart chart)
    {
        var sb = new StringBuilder();
        sb.Append("Alt text (").Append(chart.AltText.Length).Append(" characters): ").AppendLine(chart.AltText);
        sb.Append("Size: ").Append(chart.WidthCm).Append(" x ").Append(chart.HeightCm).Append(" cm, ")
          .Append(chart.PixelWidth).Append(" x ").Append(chart.PixelHeight).AppendLine(" px");
        sb.AppendLine();
        sb.AppendLine(string.Join('\t', chart.Data.Columns));
        foreach (var row in chart.Data.Rows) sb.AppendLine(string.Join('\t', row));
        return sb.ToString();
    }

    private static void AppendHtml(StringBuilder sb, string name, RenderedChart chart)
    {
        string E(string s) => WebUtility.HtmlEncode(s);
        sb.Append("<section><h2>").Append(E(name)).Append("</h2>\n<img src=\"").Append(E(name)).Append(".png\" alt=\"")
          .Append(E(chart.AltText)).Append("\" width=\"").Append((int)Math.Round(chart.WidthCm / 2.54 * 96)).Append("\">\n<p>")
          .Append(E(chart.AltText)).Append("</p>\n<table><thead><tr>");
        foreach (var c in chart.Data.Columns) sb.Append("<th scope=\"col\">").Append(E(c)).Append("</th>");
        sb.Append("</tr></thead><tbody>\n");
        foreach (var row in chart.Data.Rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row) sb.Append("<td>").Append(E(cell)).Append("</td>");
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody></table></section>\n");
    }

    private static string SafeName(string name)
    {
        var chars = name.Select(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' ? ch : '-').ToArray();
        var safe = new string(chars).Trim('-');
        return safe.Length == 0 ? "chart" : safe;
    }
}
