using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using ReportGen.Pdf.Inspection;
using ReportGen.Pdf.Parsing;

namespace ReportGen.Pdf;

/// <summary>
/// Reads facts from a PDF: tagging, title, language, page count, fonts, bookmarks, links and text.
/// Uses the poppler tools (pdfinfo, pdffonts, pdftotext) and a small reader of PDF objects of its own
/// for the catalogue, outline and link destinations.
/// </summary>
public static partial class PdfInspector
{
    /// <summary>True when pdfinfo, pdffonts and pdftotext can all be found.</summary>
    public static bool IsAvailable =>
        PopplerTools.IsAvailable("pdfinfo") && PopplerTools.IsAvailable("pdffonts") && PopplerTools.IsAvailable("pdftotext");

    /// <summary>How to install the poppler tools that the inspector needs.</summary>
    public static string InstallInstructions => PopplerTools.InstallInstructions;

    /// <summary>Reads every fact about <paramref name="pdfPath"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="PopplerNotFoundException">A poppler tool is missing.</exception>
    public static PdfFacts Inspect(string pdfPath)
    {
        pdfPath = Path.GetFullPath(pdfPath);
        if (!File.Exists(pdfPath))
        {
            throw new FileNotFoundException("No PDF at " + pdfPath, pdfPath);
        }

        var info = ParseInfo(PopplerTools.Run("pdfinfo", "-enc", "UTF-8", pdfPath));
        var file = PdfObjectFile.Open(pdfPath);
        var pageCount = info.TryGetValue("Pages", out var pagesText) && int.TryParse(pagesText, CultureInfo.InvariantCulture, out var p)
            ? p
            : file.Pages.Count;

        var catalog = file.Catalog;
        var viewer = file.Dict(catalog.Get("ViewerPreferences"));
        var pageTexts = SplitPages(PopplerTools.Run("pdftotext", "-layout", "-enc", "UTF-8", pdfPath, "-"), pageCount);

        return new PdfFacts
        {
            Path = pdfPath,
            PdfVersion = info.GetValueOrDefault("PDF version"),
            Tagged = string.Equals(info.GetValueOrDefault("Tagged"), "yes", StringComparison.OrdinalIgnoreCase),
            HasStructureTree = catalog.ContainsKey("StructTreeRoot"),
            Title = NullIfEmpty(info.GetValueOrDefault("Title")) ?? InfoTitle(file),
            Language = (file.Resolve(catalog.Get("Lang")) as PdfString)?.Text,
            DisplayDocTitle = viewer is not null && file.Resolve(viewer.Get("DisplayDocTitle")) is true,
            PdfUaPart = ReadPdfUaPart(file),
            PageCount = pageCount,
            Fonts = ParseFonts(PopplerTools.Run("pdffonts", pdfPath)),
            Outline = ReadOutline(file),
            Links = ReadLinks(file),
            PageTexts = pageTexts,
            PageLines = ReadLines(PopplerTools.Run("pdftotext", "-bbox", "-enc", "UTF-8", pdfPath, "-"), pageCount),
        };
    }

    /// <summary>Reads only the outline (bookmarks) of a PDF, without the poppler tools.</summary>
    public static IReadOnlyList<PdfOutlineEntry> ReadOutline(string pdfPath) => ReadOutline(PdfObjectFile.Open(pdfPath));

    /// <summary>Reads only the link annotations of a PDF, without the poppler tools.</summary>
    public static IReadOnlyList<PdfLinkInfo> ReadLinks(string pdfPath) => ReadLinks(PdfObjectFile.Open(pdfPath));

    internal static IReadOnlyList<PdfOutlineEntry> ReadOutline(PdfObjectFile file)
    {
        var entries = new List<PdfOutlineEntry>();
        var root = file.Dict(file.Catalog.Get("Outlines"));
        if (root is not null)
        {
            var seen = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
            Walk(root.Get("First"), 1);

            void Walk(object? first, int level)
            {
                var node = file.Dict(first);
                var guard = 0;
                while (node is not null && guard++ < 100_000 && seen.Add(node) && level < 64)
                {
                    var title = (file.Resolve(node.Get("Title")) as PdfString)?.Text ?? string.Empty;
                    entries.Add(new PdfOutlineEntry(title.Trim(), level, TargetOf(file, node)));
                    Walk(node.Get("First"), level + 1);
                    node = file.Dict(node.Get("Next"));
                }
            }
        }

        return entries;
    }

    internal static IReadOnlyList<PdfLinkInfo> ReadLinks(PdfObjectFile file)
    {
        var links = new List<PdfLinkInfo>();
        for (var page = 1; page <= file.Pages.Count; page++)
        {
            var dict = file.Page(page);
            if (dict is null || file.Array(dict.Get("Annots")) is not { } annots)
            {
                continue;
            }

            var box = file.MediaBox(page);
            var top = Math.Max(box[1], box[3]);
            var left = Math.Min(box[0], box[2]);
            foreach (var a in annots)
            {
                var annot = file.Dict(a);
                if (annot is null || !annot.IsType("Link", "Subtype") || file.Array(annot.Get("Rect")) is not { Count: 4 } rect)
                {
                    continue;
                }

                var r = rect.Select(v => file.Resolve(v) is double d ? d : 0).ToArray();
                var action = file.Dict(annot.Get("A"));
                var uri = action is not null && file.Resolve(action.Get("URI")) is PdfString u ? u.Text : null;
                links.Add(new PdfLinkInfo(
                    page,
                    Math.Min(r[0], r[2]) - left,
                    top - Math.Max(r[1], r[3]),
                    Math.Max(r[0], r[2]) - left,
                    top - Math.Min(r[1], r[3]),
                    TargetOf(file, annot),
                    uri));
            }
        }

        return links;
    }

    /// <summary>Groups word boxes from <c>pdftotext -bbox</c> into lines, page by page.</summary>
    internal static IReadOnlyList<IReadOnlyList<PdfTextLine>> ReadLines(string bboxXhtml, int pageCount)
    {
        var pages = new List<List<PdfWord>>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using (var reader = XmlReader.Create(new StringReader(bboxXhtml), settings))
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "page")
                {
                    pages.Add([]);
                }
                else if (reader.LocalName == "word" && pages.Count > 0)
                {
                    var left = Attr(reader, "xMin");
                    var top = Attr(reader, "yMin");
                    var right = Attr(reader, "xMax");
                    var bottom = Attr(reader, "yMax");
                    var text = reader.ReadElementContentAsString();
                    pages[^1].Add(new PdfWord(text, left, top, right, bottom));
                }
            }
        }

        var result = new List<IReadOnlyList<PdfTextLine>>();
        for (var i = 0; i < Math.Max(pageCount, pages.Count); i++)
        {
            result.Add(i < pages.Count ? GroupLines(i + 1, pages[i]) : []);
        }

        return result;
    }

    private static List<PdfTextLine> GroupLines(int pageNumber, List<PdfWord> words)
    {
        var lines = new List<List<PdfWord>>();
        foreach (var word in words.OrderBy(w => (w.Top + w.Bottom) / 2).ThenBy(w => w.Left))
        {
            var middle = (word.Top + word.Bottom) / 2;
            var line = lines.Count > 0 ? lines[^1] : null;
            if (line is not null)
            {
                var top = line.Min(w => w.Top);
                var bottom = line.Max(w => w.Bottom);
                if (middle >= top && middle <= bottom)
                {
                    line.Add(word);
                    continue;
                }
            }

            lines.Add([word]);
        }

        return lines.Select(l =>
        {
            var ordered = l.OrderBy(w => w.Left).ToList();
            return new PdfTextLine(
                pageNumber,
                string.Join(' ', ordered.Select(w => w.Text)),
                ordered,
                ordered.Min(w => w.Left),
                ordered.Min(w => w.Top),
                ordered.Max(w => w.Right),
                ordered.Max(w => w.Bottom));
        }).ToList();
    }

    private static int? TargetOf(PdfObjectFile file, PdfDictionary node)
    {
        if (node.ContainsKey("Dest"))
        {
            return file.DestinationPage(node.Get("Dest"));
        }

        var action = file.Dict(node.Get("A"));
        if (action is not null && file.Resolve(action.Get("S")) is PdfName { Value: "GoTo" })
        {
            return file.DestinationPage(action.Get("D"));
        }

        return null;
    }

    private static string? InfoTitle(PdfObjectFile file) =>
        file.Trailer is { } trailer && file.Dict(trailer.Get("Info")) is { } info && file.Resolve(info.Get("Title")) is PdfString s
            ? NullIfEmpty(s.Text)
            : null;

    private static int? ReadPdfUaPart(PdfObjectFile file)
    {
        if (file.Resolve(file.Catalog.Get("Metadata")) is not PdfStreamObject metadata || metadata.Decode() is not { } bytes)
        {
            return null;
        }

        var match = PdfUaPart().Match(Encoding.UTF8.GetString(bytes));
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static Dictionary<string, string> ParseInfo(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                result.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }

        return result;
    }

    /// <summary>Parses the table printed by pdffonts, using the dashed rule under the header for column widths.</summary>
    internal static IReadOnlyList<PdfFontInfo> ParseFonts(string text)
    {
        var lines = text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        var ruleIndex = Array.FindIndex(lines, l => l.StartsWith("---", StringComparison.Ordinal));
        if (ruleIndex < 0)
        {
            return [];
        }

        var columns = new List<(int Start, int End)>();
        foreach (Match m in DashRun().Matches(lines[ruleIndex]))
        {
            columns.Add((m.Index, m.Index + m.Length));
        }

        var fonts = new List<PdfFontInfo>();
        foreach (var line in lines.Skip(ruleIndex + 1).Where(l => l.Trim().Length > 0))
        {
            string Cell(int i)
            {
                var (start, end) = columns[i];
                if (start >= line.Length)
                {
                    return string.Empty;
                }

                // The last column runs to the end of the line; others stop at their rule's end.
                var stop = i == columns.Count - 1 ? line.Length : Math.Min(end, line.Length);
                return line[start..stop].Trim();
            }

            // The last five cells (emb, sub, uni, object number, generation) never contain spaces,
            // so they are read from the right; a long font name can push the fixed columns along.
            var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length < 6 || columns.Count < 2)
            {
                continue;
            }

            fonts.Add(new PdfFontInfo(tokens[0], Cell(1), tokens[^5] == "yes", tokens[^4] == "yes"));
        }

        return fonts;
    }

    private static List<string> SplitPages(string text, int pageCount)
    {
        var pages = text.Split('\f').ToList();
        while (pages.Count > pageCount && pages.Count > 0 && string.IsNullOrWhiteSpace(pages[^1]))
        {
            pages.RemoveAt(pages.Count - 1);
        }

        while (pages.Count < pageCount)
        {
            pages.Add(string.Empty);
        }

        return pages;
    }

    private static double Attr(XmlReader reader, string name) =>
        double.TryParse(reader.GetAttribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    [GeneratedRegex(@"pdfuaid:part(?:>|=""|='|\s*>)\s*(\d+)")]
    private static partial Regex PdfUaPart();

    [GeneratedRegex("-+")]
    private static partial Regex DashRun();
}
