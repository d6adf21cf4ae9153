using System.Text;

namespace ReportGen.Pdf;

/// <summary>The outcome of <see cref="ContentsCheck.Verify(PdfFacts, ContentsCheckOptions?)"/>.</summary>
/// <param name="ContentsPages">The pages read as the contents list.</param>
/// <param name="Entries">One check per contents entry, in contents order.</param>
/// <param name="Problems">Problems with the contents as a whole (for example, no contents page found).</param>
public sealed record ContentsCheckResult(
    IReadOnlyList<int> ContentsPages,
    IReadOnlyList<ContentsEntryCheck> Entries,
    IReadOnlyList<string> Problems)
{
    /// <summary>True when entries were found and every one is right.</summary>
    public bool Passed => Problems.Count == 0 && Entries.Count > 0 && Entries.All(e => e.Ok);

    /// <summary>A readable report, one line per entry, for logs and test messages.</summary>
    public string Describe()
    {
        var sb = new StringBuilder();
        sb.Append("Contents check ").Append(Passed ? "passed" : "FAILED")
          .Append(" (contents on page ").Append(string.Join(", ", ContentsPages)).Append(", ")
          .Append(Entries.Count).Append(" entries)").AppendLine();
        foreach (var problem in Problems)
        {
            sb.Append("  ! ").AppendLine(problem);
        }

        foreach (var e in Entries)
        {
            sb.Append(e.Ok ? "  ok  " : "  BAD ").Append(e.Title).Append(" | printed ").Append(e.PrintedPage)
              .Append(", heading on ").Append(e.HeadingPage?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?")
              .Append(", link to ").Append(e.LinkPage?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-")
              .Append(", bookmark to ").Append(e.OutlinePage?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-");
            if (e.Problem is not null)
            {
                sb.Append(" : ").Append(e.Problem);
            }

            sb.AppendLine();
        }

        return sb.ToString();
    }
}
