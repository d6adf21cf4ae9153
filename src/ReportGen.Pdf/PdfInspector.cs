using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;

namespace ReportGen.Pdf;

/// <summary>
/// Reads facts from a PDF with PdfPig: tagging, title, language, page count, fonts, bookmarks, links and text lines
/// with positions. Runs in process; no external tool is needed.
/// </summary>
public static partial class PdfInspector
{
    /// <summary>Reads every fact about <paramref name="pdfPath"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file cannot be read as a PDF.</exception>
    public static PdfFacts Inspect(string pdfPath)
    {
        pdfPath = Path.GetFullPath(pdfPath);
        if (!File.Exists(pdfPath))
        {
            throw new FileNotFoundException("No PDF at " + pdfPath, pdfPath);
        }

        return Read(pdfPath, () => PdfDocument.Open(pdfPath), d => ReadFacts(d, pdfPath));
    }

    /// <summary>Reads every fact about a PDF held in memory (<see cref="PdfFacts.Path"/> is <paramref name="name"/>).</summary>
    /// <exception cref="InvalidDataException">The bytes cannot be read as a PDF.</exception>
    public static PdfFacts Inspect(byte[] pdf, string name = "(in memory)") =>
        Read(name, () => PdfDocument.Open(pdf), d => ReadFacts(d, name));

    /// <summary>Reads only the outline (bookmarks) of a PDF.</summary>
    public static IReadOnlyList<PdfOutlineEntry> ReadOutline(string pdfPath) =>
        Read(pdfPath, () => PdfDocument.Open(pdfPath), ReadOutline);

    /// <summary>Reads only the link annotations of a PDF.</summary>
    public static IReadOnlyList<PdfLinkInfo> ReadLinks(string pdfPath) =>
        Read(pdfPath, () => PdfDocument.Open(pdfPath), d => d.GetPages().SelectMany(ReadLinks).ToList());

    /// <summary>Opens a PDF with PdfPig, reads it and closes it; a file PdfPig cannot parse is an <see cref="InvalidDataException"/> naming it.</summary>
    internal static T Read<T>(string name, Func<PdfDocument> open, Func<PdfDocument, T> read)
    {
        PdfDocument document;
        try
        {
            document = open();
        }
        catch (Exception e) when (e is not (IOException or UnauthorizedAccessException))
        {
            throw new InvalidDataException($"{name} cannot be read as a PDF: {e.Message}", e);
        }

        using (document)
        {
            return read(document);
        }
    }

    private static PdfFacts ReadFacts(PdfDocument document, string path)
    {
        var catalog = document.Structure.Catalog.CatalogDictionary;
        var markInfo = Dict(document, catalog, "MarkInfo");
        var viewer = Dict(document, catalog, "ViewerPreferences");
        var pageLines = new List<IReadOnlyList<PdfTextLine>>();
        var links = new List<PdfLinkInfo>();
        var pageDictionaries = new List<DictionaryToken>();
        foreach (var page in document.GetPages())
        {
            pageDictionaries.Add(page.Dictionary);
            pageLines.Add(ReadLines(page));
            links.AddRange(ReadLinks(page));
        }

        return new PdfFacts
        {
            Path = path,
            PdfVersion = document.Version.ToString("0.0", CultureInfo.InvariantCulture),
            Tagged = markInfo is not null && Resolve(document, Get(markInfo, "Marked")) is BooleanToken { Data: true },
            HasStructureTree = catalog.ContainsKey(NameToken.Create("StructTreeRoot")),
            Title = NullIfEmpty(document.Information.Title),
            Language = Text(Resolve(document, Get(catalog, "Lang"))),
            DisplayDocTitle = viewer is not null && Resolve(document, Get(viewer, "DisplayDocTitle")) is BooleanToken { Data: true },
            PdfUaPart = ReadPdfUaPart(document),
            PageCount = document.NumberOfPages,
            Fonts = PdfFontList.Read(document, pageDictionaries),
            Outline = ReadOutline(document),
            Links = links,
            PageTexts = pageLines.Select(lines => string.Join('\n', lines.Select(l => l.Text))).ToList(),
            PageLines = pageLines,
        };
    }

    private static List<PdfOutlineEntry> ReadOutline(PdfDocument document)
    {
        var entries = new List<PdfOutlineEntry>();
        if (document.TryGetBookmarks(out var bookmarks))
        {
            foreach (var root in bookmarks.Roots)
            {
                Walk(root, 1);
            }
        }

        return entries;

        void Walk(BookmarkNode node, int level)
        {
            entries.Add(new PdfOutlineEntry(node.Title?.Trim() ?? string.Empty, level, (node as DocumentBookmarkNode)?.PageNumber));
            foreach (var child in node.Children)
            {
                Walk(child, level + 1);
            }
        }
    }

    /// <summary>The link annotations of one page, with boxes measured from the page's top-left corner.</summary>
    private static IEnumerable<PdfLinkInfo> ReadLinks(Page page)
    {
        foreach (var annotation in page.GetAnnotations())
        {
            if (annotation.Type != AnnotationType.Link)
            {
                continue;
            }

            var r = annotation.Rectangle;
            var (target, uri) = annotation.Action switch
            {
                AbstractGoToAction { Destination: { } d } when annotation.Action.Type == ActionType.GoTo => ((int?)d.PageNumber, (string?)null),
                UriAction u => (null, u.Uri),
                _ => (null, null),
            };
            yield return new PdfLinkInfo(
                page.Number,
                Math.Min(r.Left, r.Right),
                page.Height - Math.Max(r.Top, r.Bottom),
                Math.Max(r.Left, r.Right),
                page.Height - Math.Min(r.Top, r.Bottom),
                target,
                uri);
        }
    }

    /// <summary>
    /// The page's words grouped into lines (words whose vertical extents overlap, left to right).
    /// </summary>
    internal static List<PdfTextLine> ReadLines(Page page) => GroupLines(page.Number, ReadWords(page));

    /// <summary>
    /// Words built from the page's letters in the order they are drawn: a word ends at a space, or where the next letter
    /// does not start close to where the last one ended (a new line, a tab, or a jump back). Drawing order matters:
    /// LibreOffice draws a tab's leader and its filler spaces after the text, at positions that overlap it, so sorting
    /// letters by position would split words. A word's box runs from the start of its first letter to the end of its
    /// last and, vertically, over a usual ascent and descent about its baseline, so leader dots, small letters and
    /// capitals on one baseline share a line as they do on the page. Measured in points from the top-left corner.
    /// </summary>
    internal static List<PdfWord> ReadWords(Page page)
    {
        var words = new List<PdfWord>();
        var current = new List<Letter>();
        foreach (var letter in page.Letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                Flush();
                continue;
            }

            if (current.Count > 0)
            {
                var last = current[^1];
                var size = Math.Max(1, Math.Max(last.PointSize, letter.PointSize));
                var dx = letter.StartBaseLine.X - last.EndBaseLine.X;
                var dy = letter.StartBaseLine.Y - last.EndBaseLine.Y;
                if (Math.Sqrt((dx * dx) + (dy * dy)) > WordGap * size)
                {
                    Flush();
                }
            }

            current.Add(letter);
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Count == 0)
            {
                return;
            }

            var baseline = current.Average(l => l.StartBaseLine.Y);
            var size = Math.Max(1, current.Max(l => l.PointSize));
            words.Add(new PdfWord(
                string.Concat(current.Select(l => l.Value)),
                current.Min(l => Math.Min(l.StartBaseLine.X, l.EndBaseLine.X)),
                page.Height - (baseline + (Ascent * size)),
                current.Max(l => Math.Max(l.StartBaseLine.X, l.EndBaseLine.X)),
                page.Height - (baseline - (Descent * size))));
            current.Clear();
        }
    }

    /// <summary>The largest distance, as a fraction of the font size, between one letter's end and the next one's start within a word.</summary>
    private const double WordGap = 0.15;

    /// <summary>Typical ascent and descent of a text font, as fractions of its size.</summary>
    private const double Ascent = 0.9;

    private const double Descent = 0.22;

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

    private static int? ReadPdfUaPart(PdfDocument document)
    {
        if (!document.TryGetXmpMetadata(out var metadata))
        {
            return null;
        }

        var match = PdfUaPart().Match(Encoding.UTF8.GetString(metadata.GetXmlBytes()));
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    internal static IToken? Get(DictionaryToken dict, string key) =>
        dict.TryGet(NameToken.Create(key), out var value) ? value : null;

    /// <summary>Follows indirect references (a bounded number of times) to the object itself.</summary>
    internal static IToken? Resolve(PdfDocument document, IToken? token)
    {
        for (var i = 0; i < 32 && token is IndirectReferenceToken reference; i++)
        {
            token = document.Structure.GetObject(reference.Data)?.Data;
        }

        return token;
    }

    internal static DictionaryToken? Dict(PdfDocument document, DictionaryToken dict, string key) =>
        Resolve(document, Get(dict, key)) switch
        {
            DictionaryToken d => d,
            StreamToken s => s.StreamDictionary,
            _ => null,
        };

    private static string? Text(IToken? token) => token switch
    {
        StringToken s => s.Data,
        HexToken h => h.Data,
        _ => null,
    };

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    [GeneratedRegex(@"pdfuaid:part(?:>|=""|='|\s*>)\s*(\d+)")]
    private static partial Regex PdfUaPart();
}
