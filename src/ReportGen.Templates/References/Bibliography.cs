using System.Globalization;
using ReportGen.Data.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Templates.References;

/// <summary>One source the report cites: who published it, when, what it is called and where to find it.</summary>
public sealed record Reference(string Key, string Title, string Publisher, string? Author, int? Year, string? Url, string? Accessed, string? Note,
    string File, int Line)
{
    /// <summary>"Publisher (Year). Title." (author first when there is one), without the link.</summary>
    public string Citation
    {
        get
        {
            var who = Author is { Length: > 0 } ? $"{Author}, {Publisher}" : Publisher;
            var when = Year is { } y ? $" ({y.ToString(CultureInfo.InvariantCulture)})" : " (undated)";
            var title = Title.TrimEnd('.');
            var note = NoteSentence is { } n ? " " + n : "";
            return $"{who}{when}. {title}.{note}";
        }
    }

    /// <summary>The note as a sentence of its own (with its closing full stop), or null when there is none.</summary>
    public string? NoteSentence => Note?.Trim() is { Length: > 0 } n ? (n[^1] is '.' or '!' or '?' ? n : n + ".") : null;

    /// <summary>
    /// Local data with no public copy (service monitoring data, a local survey): no address, and a note that begins
    /// "Unpublished". A source note may cite such an entry without a link; any other source should have one.
    /// </summary>
    public bool Unpublished => Url is not { Length: > 0 } && Note is { } n && n.StartsWith("Unpublished", StringComparison.OrdinalIgnoreCase);

    /// <summary>" Accessed 3 June 2025." or empty.</summary>
    public string AccessedText => Accessed is { Length: > 0 } a
        && DateOnly.TryParseExact(a, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
        ? $" Accessed {d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}." : "";
}

/// <summary>
/// The report's bibliography (<c>references.yaml</c> beside <c>report.yaml</c>): a map from key to title, publisher,
/// author, year, URL, accessed date and note. Footnotes, source notes and the references list cite entries by key.
/// </summary>
public sealed class Bibliography
{
    public const string FileName = "references.yaml";
    private readonly Dictionary<string, Reference> _entries = new(StringComparer.Ordinal);

    public static Bibliography Empty => new();

    /// <summary>Where the entries were read from (null when the report has no bibliography).</summary>
    public string? Path { get; private init; }

    public IReadOnlyCollection<Reference> Entries => _entries.Values;

    public Reference? Find(string key) => _entries.GetValueOrDefault(key);

    private readonly List<Reference> _cited = [];

    /// <summary>The entries cited so far in this build, in order of first citation.</summary>
    public IReadOnlyList<Reference> Cited => _cited;

    /// <summary>Records that <paramref name="reference"/> is cited (once).</summary>
    public void MarkCited(Reference reference)
    {
        if (!_cited.Contains(reference)) _cited.Add(reference);
    }

    /// <summary>Reads <c>references.yaml</c> from the report folder; a report without one has an empty bibliography.</summary>
    public static Bibliography Load(string reportFolder, DiagnosticBag diagnostics)
    {
        var path = System.IO.Path.Combine(reportFolder, FileName);
        if (!File.Exists(path)) return Empty;
        var bibliography = new Bibliography { Path = path };
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            diagnostics.Error("REF001", $"The YAML is malformed: {e.InnerException?.Message ?? e.Message}", path, (int)e.Start.Line,
                fix: "Check indentation, colons and quotes near this line; titles containing ': ' need quotes.");
            return bibliography;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return bibliography;
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var line = (int)keyNode.Start.Line;
            if (valueNode is not YamlMappingNode map)
            {
                diagnostics.Error("REF002", $"The reference '{key}' is not a mapping of title, publisher, year, url.", path, line,
                    fix: "Indent its fields under the key: title:, publisher:, year:, url:, accessed:.");
                continue;
            }
            string? Field(string name) => map.Children.TryGetValue(new YamlScalarNode(name), out var n) ? (n as YamlScalarNode)?.Value?.Trim() : null;
            var title = Field("title");
            var publisher = Field("publisher");
            if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(publisher))
            {
                diagnostics.Error("REF003", $"The reference '{key}' needs a title and a publisher.", path, line,
                    fix: "Add title: and publisher: (the organisation, or the journal for an article).");
                continue;
            }
            int? year = null;
            if (Field("year") is { Length: > 0 } y)
            {
                if (int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is > 1800 and < 2200) year = parsed;
                else diagnostics.Error("REF004", $"The reference '{key}' has year '{y}', which is not a four-digit year.", path, line, fix: "Write the year of publication, e.g. year: 2024.");
            }
            var url = Field("url");
            if (url is { Length: > 0 } && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http")))
                diagnostics.Error("REF005", $"The reference '{key}' has url '{url}', which is not a web address.", path, line, fix: "Give the full https:// address, or leave url out.");
            var accessed = Field("accessed");
            if (accessed is { Length: > 0 } && !DateOnly.TryParseExact(accessed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                diagnostics.Error("REF006", $"The reference '{key}' has accessed date '{accessed}'; dates are written yyyy-mm-dd.", path, line, fix: "e.g. accessed: 2025-06-03.");
            if (!bibliography._entries.TryAdd(key, new Reference(key, title, publisher, Field("author"), year, url, accessed, Field("note"), path, line)))
                diagnostics.Error("REF007", $"The reference key '{key}' is used twice.", path, line, fix: "Give each source its own key.");
        }
        return bibliography;
    }
}
