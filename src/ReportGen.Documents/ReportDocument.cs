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
    /// A notice every edition must show prominently when some figures are illustrative rather than published data;
    /// null when all data is real.
    /// </summary>
    public string? DataNotice { get; init; }
}

/// <summary>A whole report: properties and blocks in reading order.</summary>
public sealed record ReportDocument(DocumentProperties Properties, IReadOnlyList<Block> Blocks);
