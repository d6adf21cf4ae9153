namespace ReportGen.Publishing;

/// <summary>
/// The data behind one figure or table, as it is published: its label ("Figure 5.2a"), title, source, notes and
/// cells as the report shows them.
/// </summary>
public sealed record PublishedData(string Label, string Title, string Source, IReadOnlyList<string> Notes,
    IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>
    /// Where each row came from ("published", "illustrative" or "none"), in the order of <see cref="Rows"/>; null for a
    /// table written by hand in the report, whose rows are marked "report text".
    /// </summary>
    public IReadOnlyList<string>? RowProvenance { get; init; }

    public const string ProvenanceColumn = "provenance";
    public const string HandWritten = "report text";

    /// <summary>The columns as published: the data's own, then <c>provenance</c>.</summary>
    public IReadOnlyList<string> PublishedColumns => [.. Columns, ProvenanceColumn];

    /// <summary>The rows as published, each ending with its provenance.</summary>
    public IReadOnlyList<IReadOnlyList<string>> PublishedRows =>
        Rows.Select((r, i) => (IReadOnlyList<string>)[.. r, RowProvenance is { } p && i < p.Count ? p[i] : HandWritten]).ToList();

    /// <summary>"figure-5-2a": used for file names.</summary>
    public string Slug => new string(Label.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
}
