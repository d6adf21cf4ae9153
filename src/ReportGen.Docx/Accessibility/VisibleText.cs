using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Accessibility;

/// <summary>The text a reader sees in an element (w:t outside hidden runs; field codes and deleted text are other elements), and short excerpts of it.</summary>
internal static class VisibleText
{
    public static string Of(OpenXmlElement element)
    {
        var sb = new StringBuilder();
        foreach (var run in element.Descendants<Run>())
        {
            if (run.RunProperties?.Vanish is { } vanish && vanish.Val?.Value != false) continue;
            foreach (var child in run.ChildElements)
            {
                if (child is Text t) sb.Append(t.Text);
                else if (child is TabChar) sb.Append(' ');
            }
        }
        return sb.ToString();
    }

    /// <summary>The start of a text, on one line, for a location ("Rates were lower than Eng…").</summary>
    public static string Excerpt(string text, int max = 60)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : flat[..(max - 1)].TrimEnd() + "\u2026";
    }

    public static string Quote(string text) => "\u201C" + Excerpt(text) + "\u201D";
}
