using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Pdf.Parsing;

/// <summary>
/// A tolerant reader for the object layer of a PDF file. It finds every <c>n g obj</c> by scanning (so it works
/// without trusting the cross-reference table), reads objects packed in object streams, and offers the catalogue,
/// the page list, the outline and link annotations. Encrypted files are not supported.
/// </summary>
internal sealed partial class PdfObjectFile
{
    private readonly Dictionary<int, object?> _objects = [];
    private readonly byte[] _data;
    private List<PdfRef>? _pages;
    private Dictionary<int, int>? _pageIndex;

    private PdfObjectFile(byte[] data)
    {
        _data = data;
        ScanObjects();
        ReadObjectStreams();
        Catalog = FindCatalog() ?? new PdfDictionary();
        Trailer = FindTrailer();
    }

    /// <summary>The document catalogue (empty when it could not be found).</summary>
    public PdfDictionary Catalog { get; }

    /// <summary>The trailer dictionary (or the cross-reference stream dictionary), if found.</summary>
    public PdfDictionary? Trailer { get; }

    /// <summary>Reads and indexes a PDF file.</summary>
    public static PdfObjectFile Open(string path) => new(File.ReadAllBytes(path));

    /// <summary>Reads and indexes PDF bytes.</summary>
    public static PdfObjectFile Parse(byte[] data) => new(data);

    /// <summary>Follows references until a direct object is reached.</summary>
    public object? Resolve(object? value)
    {
        for (var depth = 0; depth < 32 && value is PdfRef r; depth++)
        {
            value = _objects.TryGetValue(r.Number, out var target) ? target : null;
        }

        return value is PdfStreamObject stream ? stream : value;
    }

    /// <summary>Resolves and returns a dictionary (a stream's dictionary counts), or <c>null</c>.</summary>
    public PdfDictionary? Dict(object? value) => Resolve(value) switch
    {
        PdfDictionary d => d,
        PdfStreamObject s => s.Dictionary,
        _ => null,
    };

    /// <summary>Resolves and returns an array, or <c>null</c>.</summary>
    public List<object?>? Array(object? value) => Resolve(value) as List<object?>;

    /// <summary>The page objects in reading order.</summary>
    public IReadOnlyList<PdfRef> Pages
    {
        get
        {
            if (_pages is null)
            {
                _pages = [];
                var seen = new HashSet<int>();
                CollectPages(Catalog.Get("Pages"), _pages, seen, 0);
                _pageIndex = [];
                for (var i = 0; i < _pages.Count; i++)
                {
                    _pageIndex.TryAdd(_pages[i].Number, i + 1);
                }
            }

            return _pages;
        }
    }

    /// <summary>The page dictionary of page <paramref name="pageNumber"/> (1-based).</summary>
    public PdfDictionary? Page(int pageNumber) =>
        pageNumber >= 1 && pageNumber <= Pages.Count ? Dict(Pages[pageNumber - 1]) : null;

    /// <summary>The 1-based page number of a page reference, or <c>null</c>.</summary>
    public int? PageNumberOf(object? pageRef)
    {
        _ = Pages;
        return pageRef is PdfRef r && _pageIndex!.TryGetValue(r.Number, out var n) ? n : null;
    }

    /// <summary>A page's media box (x1, y1, x2, y2), inherited from the page tree when needed.</summary>
    public double[] MediaBox(int pageNumber)
    {
        var node = Page(pageNumber);
        for (var depth = 0; node is not null && depth < 32; depth++)
        {
            if (Array(node.Get("MediaBox")) is { Count: 4 } box)
            {
                return box.Select(v => Resolve(v) is double d ? d : 0).ToArray();
            }

            node = Dict(node.Get("Parent"));
        }

        return [0, 0, 595.28, 841.89];
    }

    /// <summary>
    /// The 1-based page a destination points at. Handles explicit arrays, named destinations (names via the
    /// catalogue's <c>/Dests</c>, strings via the <c>/Names /Dests</c> tree) and dictionaries with <c>/D</c>.
    /// </summary>
    public int? DestinationPage(object? destination)
    {
        destination = Resolve(destination);
        switch (destination)
        {
            case List<object?> { Count: > 0 } explicitDest:
                return PageNumberOf(explicitDest[0]);
            case PdfDictionary d when d.ContainsKey("D"):
                return DestinationPage(d.Get("D"));
            case PdfName name:
                return DestinationPage(Dict(Catalog.Get("Dests"))?.Get(name.Value));
            case PdfString s:
                var tree = Dict(Dict(Catalog.Get("Names"))?.Get("Dests"));
                var found = tree is null ? null : LookUpNameTree(tree, s.Bytes, 0);
                return found is null ? null : DestinationPage(found);
            default:
                return null;
        }
    }

    /// <summary>The raw bytes of the whole file.</summary>
    public byte[] Bytes => _data;

    private object? LookUpNameTree(PdfDictionary node, byte[] key, int depth)
    {
        if (depth > 32)
        {
            return null;
        }

        if (Array(node.Get("Names")) is { } names)
        {
            for (var i = 0; i + 1 < names.Count; i += 2)
            {
                if (Resolve(names[i]) is PdfString s && s.Bytes.AsSpan().SequenceEqual(key))
                {
                    return names[i + 1];
                }
            }
        }

        if (Array(node.Get("Kids")) is { } kids)
        {
            foreach (var kid in kids)
            {
                if (Dict(kid) is { } child && LookUpNameTree(child, key, depth + 1) is { } hit)
                {
                    return hit;
                }
            }
        }

        return null;
    }

    private void CollectPages(object? node, List<PdfRef> pages, HashSet<int> seen, int depth)
    {
        if (depth > 64 || node is not PdfRef r || !seen.Add(r.Number))
        {
            return;
        }

        var dict = Dict(r);
        if (dict is null)
        {
            return;
        }

        if (Array(dict.Get("Kids")) is { } kids)
        {
            foreach (var kid in kids)
            {
                CollectPages(kid, pages, seen, depth + 1);
            }
        }
        else
        {
            pages.Add(r);
        }
    }

    private void ScanObjects()
    {
        var text = Encoding.Latin1.GetString(_data);
        foreach (Match match in ObjectHeader().Matches(text))
        {
            var number = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var lexer = new PdfLexer(_data, match.Index + match.Length);
            try
            {
                var value = lexer.ReadObject();
                if (value is PdfDictionary dict && lexer.PeekKeyword("stream"))
                {
                    value = ReadStream(dict, lexer.Position + "stream".Length, text);
                }

                _objects[number] = value;
            }
            catch (FormatException)
            {
                // A damaged object: skip it; the rest of the file may still be readable.
            }
        }
    }

    private PdfStreamObject ReadStream(PdfDictionary dict, int afterKeyword, string text)
    {
        var start = afterKeyword;
        if (start < _data.Length && _data[start] == '\r')
        {
            start++;
        }

        if (start < _data.Length && _data[start] == '\n')
        {
            start++;
        }

        // Trust a direct /Length when "endstream" follows it; otherwise search for "endstream".
        if (dict.Get("Length") is double length && length >= 0 && start + (int)length <= _data.Length)
        {
            var end = start + (int)length;
            var probe = new PdfLexer(_data, end);
            if (probe.PeekKeyword("endstream"))
            {
                return new PdfStreamObject(dict, _data[start..end]);
            }
        }

        var endIndex = text.IndexOf("endstream", start, StringComparison.Ordinal);
        if (endIndex < 0)
        {
            endIndex = _data.Length;
        }

        var stop = endIndex;
        if (stop > start && _data[stop - 1] == '\n')
        {
            stop--;
        }

        if (stop > start && _data[stop - 1] == '\r')
        {
            stop--;
        }

        return new PdfStreamObject(dict, _data[start..stop]);
    }

    private void ReadObjectStreams()
    {
        foreach (var stream in _objects.Values.OfType<PdfStreamObject>().Where(s => s.Dictionary.IsType("ObjStm")).ToList())
        {
            var decoded = stream.Decode();
            if (decoded is null || stream.Dictionary.Get("N") is not double n || stream.Dictionary.Get("First") is not double first)
            {
                continue;
            }

            var header = new PdfLexer(decoded);
            var entries = new List<(int Number, int Offset)>();
            try
            {
                for (var i = 0; i < (int)n; i++)
                {
                    var num = header.ReadObject();
                    var off = header.ReadObject();
                    if (num is double a && off is double b)
                    {
                        entries.Add(((int)a, (int)b));
                    }
                }
            }
            catch (FormatException)
            {
                continue;
            }

            foreach (var (number, offset) in entries)
            {
                if (_objects.ContainsKey(number))
                {
                    continue;
                }

                try
                {
                    _objects[number] = new PdfLexer(decoded, (int)first + offset).ReadObject();
                }
                catch (FormatException)
                {
                }
            }
        }
    }

    private PdfDictionary? FindTrailer()
    {
        var text = Encoding.Latin1.GetString(_data);
        var at = text.LastIndexOf("trailer", StringComparison.Ordinal);
        if (at >= 0)
        {
            try
            {
                if (new PdfLexer(_data, at + "trailer".Length).ReadObject() is PdfDictionary trailer)
                {
                    return trailer;
                }
            }
            catch (FormatException)
            {
            }
        }

        return _objects.Values.OfType<PdfStreamObject>().LastOrDefault(s => s.Dictionary.IsType("XRef"))?.Dictionary;
    }

    private PdfDictionary? FindCatalog()
    {
        var trailer = FindTrailer();
        if (trailer is not null && Dict(trailer.Get("Root")) is { } root)
        {
            return root;
        }

        return _objects.Values.OfType<PdfDictionary>().LastOrDefault(d => d.IsType("Catalog"));
    }

    [GeneratedRegex(@"(?<![0-9])(\d+)\s+(\d+)\s+obj\b")]
    private static partial Regex ObjectHeader();
}
