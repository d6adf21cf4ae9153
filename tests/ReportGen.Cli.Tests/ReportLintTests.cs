using ReportGen.Pipeline;
using ReportGen.Templates.Definitions;
using ReportGen.Templates.Lint;

namespace ReportGen.Cli.Tests;

/// <summary>Issue 17: the lint that checks each sentence's claims against the data, run in process.</summary>
public sealed class ReportLintTests : IDisposable
{
    private static readonly Lazy<Data.DataSet> Data = new(() => MissingValueCalculator.Load(Path.Combine(CliRunner.RepoRoot, "data")));
    private readonly string _dir = CliRunner.TempFolder("rg-lint");

    public void Dispose() { try { Directory.Delete(_dir, true); } catch (IOException) { } }

    private static IReadOnlyList<LintFinding> Lint(string templates, string report)
    {
        var diagnostics = new Data.Diagnostics.DiagnosticBag();
        var project = ReportProject.Load(Path.Combine(templates, report), diagnostics);
        Assert.NotNull(project);
        return new ReportLint(Data.Value).Check(project);
    }

    [Fact]
    public void The_bundled_reports_pass_for_all_four_areas()
    {
        var templates = Path.Combine(CliRunner.RepoRoot, "templates");
        var findings = Lint(templates, "dana").Concat(Lint(templates, "summary")).ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void A_planted_contradiction_fails_with_its_file_and_line()
    {
        var templates = CliRunner.CopyOf("templates", Path.Combine(_dir, "templates"));
        // The alcohol treatment gap in North Northamptonshire has fallen (modelled estimates); say it has hardly changed.
        var file = Path.Combine(templates, "dana", "areas", "north-northamptonshire", "exec-challenges.md");
        File.AppendAllText(file, "\n- **Planted**\n  - {{ area.ind.dependent_drinkers_not_in_treatment.value | sentence }} of dependent drinkers are not in treatment, a gap that has hardly changed.\n");
        var findings = Lint(templates, "dana");
        var finding = Assert.Single(findings);
        Assert.Equal("claim", finding.Rule);
        Assert.Equal("North Northamptonshire", finding.Area);
        Assert.EndsWith("exec-challenges.md", finding.File);
        Assert.Equal(File.ReadAllLines(file).Length, finding.Line);
        Assert.Contains("has fallen in recent estimates", finding.Message);
    }

    [Fact]
    public void Unguarded_patterns_insights_without_evidence_and_other_areas_facts_are_found()
    {
        var templates = CliRunner.CopyOf("templates", Path.Combine(_dir, "templates"));
        var chapter = Path.Combine(templates, "dana", "chapters", "05c-alcohol-use.md");
        File.AppendAllText(chapter, "\n{{ area.ind.dependent_drinkers_not_in_treatment.value }} of dependent drinkers are untreated, and England shows the same gradient.\n");
        var west = Path.Combine(templates, "dana", "areas", "west-northamptonshire", "exec-strengths.md");
        File.AppendAllText(west, "\n- Peer support at The Edge Café is valued.\n");
        var findings = Lint(templates, "dana");
        Assert.Contains(findings, f => f.Rule == "pattern" && f.File.EndsWith("05c-alcohol-use.md"));
        Assert.Contains(findings, f => f.Rule == "other-area" && f.File.EndsWith("exec-strengths.md") && f.Message.Contains("The Edge Café"));
        // The same sentence inside a guard on the data is accepted.
        File.WriteAllText(chapter, File.ReadAllText(chapter).Replace("and England shows the same gradient.",
            "{% if england.ind.dependent_drinkers_not_in_treatment.age_gradient == area.ind.dependent_drinkers_not_in_treatment.age_gradient %}and England shows the same gradient.{% endif %}"));
        Assert.DoesNotContain(Lint(templates, "dana"), f => f.Rule == "pattern");
    }

    [Fact]
    public void Key_insights_may_cite_only_indicators_their_section_shows()
    {
        var templates = CliRunner.CopyOf("templates", Path.Combine(_dir, "templates"));
        var yaml = Path.Combine(templates, "dana", "areas", "cambridgeshire", "area.yaml");
        var text = File.ReadAllText(yaml);
        var at = text.IndexOf("  drug_use:\n    insights:\n      - theme:", StringComparison.Ordinal);
        Assert.True(at >= 0);
        var pointsAt = text.IndexOf("        points:\n", at, StringComparison.Ordinal) + "        points:\n".Length;
        text = text.Insert(pointsAt, "          - \"Liver deaths were {{ area.ind.mortality_chronic_liver_disease.value }}.\"\n");
        File.WriteAllText(yaml, text);
        var finding = Assert.Single(Lint(templates, "dana"), f => f.Rule == "insight-evidence");
        Assert.Contains("mortality_chronic_liver_disease", finding.Message);
    }
}
