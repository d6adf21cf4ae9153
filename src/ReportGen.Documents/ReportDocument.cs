namespace ReportGen.Documents;

/// <summary>Document properties written to the file (title, language, ...).</summary>
public sealed record DocumentProperties
{
    public required string Title { get; init; }
    public string? Subject { get; init; }
    public string? Author { get; init; }
    public string Language { get; init; } = "en-GB";
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public string? Description { get; init; }
    /// <summary>
    /// A warning every reader must see (for example "Contains illustrative data: not for publication"): writers print
    /// it on the cover and in the running header or footer of every page. Null when there is nothing to warn about.
    /// </summary>
    public string? DataNotice { get; init; }
}

/// <summary>A whole report: properties and blocks in reading order.</summary>
public sealed record ReportDocument(DocumentProperties Properties, IReadOnlyList<Block> Blocks);
