using ReportGen.Charts;
using ReportGen.ChartKinds;
using ReportGen.Data.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.Templates;
using ReportGen.Templates.Definitions;

namespace ReportGen.Cli.Tests.TestSupport;

/// <summary>A report of one chapter, written for a test, built in process for one bundled area from the bundled data.</summary>
public static class OneChapterReport
{
    public static BuildResult Build(string area, string chapter)
    {
        using var temp = new TempFolder();
        var areas = Path.Combine(CliRunner.RepoRoot, "templates", "dana", "areas").Replace("\\", "/");
        temp.Write("one/report.yaml", $"""
            title: One-chapter test
            edition: "2024-25"
            areas_from: "{areas}"
            areas: [{area}]
            front_matter:
              title_page: false
              contents: false
              list_of_figures: false
              list_of_tables: false
            chapters:
              - file: chapters/01-chapter.md
            """);
        temp.Write("one/chapters/01-chapter.md", chapter);
        var data = MissingValueCalculator.Load(Path.Combine(CliRunner.RepoRoot, "data"));
        var diagnostics = new DiagnosticBag();
        var project = ReportProject.Load(Path.Combine(temp.Path, "one"), diagnostics);
        Assert.True(project is not null, string.Join("\n", diagnostics.Items));
        return new ReportBuilder(ChartStyle.Default, ChartKindCatalog.All).Build(project!, project!.DefaultAreas[0], data);
    }
}
