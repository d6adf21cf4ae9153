using System.Text.RegularExpressions;
using ReportGen.Data.Diagnostics;
using ReportGen.Templates.References;

namespace ReportGen.Templates.Tests;

/// <summary>
/// Issue 16, references as data: every source line a bundled chapter or area text writes under a figure or table cites
/// the bibliography by key, so the printed note is dated and linked from references.yaml (or says the data are
/// unpublished). Read from the templates as written, so blocks that only some areas print are checked too.
/// </summary>
public sealed partial class BundledSourceLineTests
{
    private static readonly string Report = Path.Combine(RepoRoot(), "templates", "dana");

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("no repository root");
    }

    /// <summary>Every block's <c>source:</c> line in the chapters, partials and area texts, with its file and line.</summary>
    private static List<(string Where, string Value)> SourceLines()
    {
        var found = new List<(string, string)>();
        foreach (var file in Directory.EnumerateFiles(Report, "*.md", SearchOption.AllDirectories).Order())
        {
            var inFence = false;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal)) { inFence = !inFence; continue; }
                if (inFence && SourceField().Match(lines[i]) is { Success: true } m)
                    found.Add(($"{Path.GetRelativePath(Report, file)}:{i + 1}", m.Groups[1].Value.Trim().Trim('"', '\'')));
            }
        }
        return found;
    }

    [Fact]
    public void Every_source_line_cites_the_bibliography_by_a_key_it_holds()
    {
        var diagnostics = new DiagnosticBag();
        var bibliography = Bibliography.Load(Report, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Errors));
        var lines = SourceLines();
        Assert.True(lines.Count > 50, $"only {lines.Count} source lines found");

        // An empty source ("") prints no note at all (the acronyms table); anything else names its reference.
        var uncited = lines.Where(l => l.Value.Length > 0 && !l.Value.Contains("[@", StringComparison.Ordinal)).Select(l => $"{l.Where}: {l.Value}").ToList();
        Assert.True(uncited.Count == 0, "source lines that cite no reference:\n" + string.Join("\n", uncited));

        var unknown = lines.SelectMany(l => Key().Matches(l.Value).Select(m => (l.Where, Key: m.Groups[1].Value)))
            .Where(k => !k.Key.Contains("{{", StringComparison.Ordinal) && bibliography.Find(k.Key) is null)
            .Select(k => $"{k.Where}: [@{k.Key}]").ToList();
        Assert.True(unknown.Count == 0, "keys not in references.yaml:\n" + string.Join("\n", unknown));
    }

    [Fact]
    public void A_block_without_a_source_line_names_only_indicators_whose_source_has_an_address()
    {
        // Such a block prints each indicator's own source, linked to its source_url (IndicatorSelector.SourceLine);
        // an indicator without one (local service data) needs a source line citing its reference instead.
        var diagnostics = new DiagnosticBag();
        var catalogue = ReportGen.Data.IndicatorCatalogue.Load(Path.Combine(RepoRoot(), "data", "indicators.yaml"), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Errors));
        var withoutAddress = catalogue.All.Where(i => i.SourceUrl is not { Length: > 0 }).Select(i => i.Id).ToHashSet();
        Assert.NotEmpty(withoutAddress);

        var unlinked = new List<string>();
        var blocks = 0;
        foreach (var file in Directory.EnumerateFiles(Report, "*.md", SearchOption.AllDirectories).Order())
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim() is not ("```chart" or "```table")) continue;
                var end = Array.FindIndex(lines, i + 1, l => l.TrimStart().StartsWith("```", StringComparison.Ordinal));
                var body = lines[(i + 1)..(end < 0 ? lines.Length : end)];
                blocks++;
                if (body.Any(l => SourceField().IsMatch(l))) continue;
                var named = body.Select(l => IndicatorField().Match(l)).Where(m => m.Success)
                    .SelectMany(m => m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                unlinked.AddRange(named.Where(withoutAddress.Contains).Select(id => $"{Path.GetRelativePath(Report, file)}:{i + 1}: {id}"));
            }
        }
        Assert.True(blocks > 100, $"only {blocks} chart and table blocks found");
        Assert.True(unlinked.Count == 0, "blocks whose source note would print without a link:\n" + string.Join("\n", unlinked));
    }

    [Fact]
    public void The_keys_an_area_gives_for_its_own_sources_are_in_the_bibliography()
    {
        var bibliography = Bibliography.Load(Report, new DiagnosticBag());
        var given = Directory.EnumerateFiles(Path.Combine(Report, "areas"), "area.yaml", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadAllLines(f).Select(l => AreaReference().Match(l)).Where(m => m.Success)
                .Select(m => (Area: Path.GetFileName(Path.GetDirectoryName(f)!), Key: m.Groups[1].Value)))
            .ToList();
        // Cambridgeshire and Peterborough each cite their own schools survey.
        Assert.Contains(given, g => g.Area == "cambridgeshire" && g.Key == "hrbs-cambridgeshire");
        Assert.Contains(given, g => g.Area == "peterborough" && g.Key == "hrbs-peterborough");
        Assert.All(given, g => Assert.True(bibliography.Find(g.Key) is not null, $"{g.Area}/area.yaml names '{g.Key}', which is not in references.yaml"));
    }

    [GeneratedRegex(@"^\s*source:\s*(.*)$")]
    private static partial Regex SourceField();

    [GeneratedRegex(@"^\s*indicators?:\s*\[?([^\]#]*)\]?")]
    private static partial Regex IndicatorField();

    [GeneratedRegex(@"\[@([^\]]+)\]")]
    private static partial Regex Key();

    [GeneratedRegex(@"^\s+\w+_reference:\s*([A-Za-z0-9][A-Za-z0-9_.:-]*)")]
    private static partial Regex AreaReference();
}
