namespace ReportGen.Publishing;

/// <summary>
/// The data behind one figure or table, as it is published: its label ("Figure 5.2a"), title, source, notes and
/// cells as the report shows them.
/// </summary>
public sealed record PublishedData(string Label, string Title, string Source, IReadOnlyList<string> Notes,
    IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>"figure-5-2a": used for file names.</summary>
    public string Slug => new string(Label.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
}
