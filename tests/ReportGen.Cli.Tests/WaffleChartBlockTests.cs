using ReportGen.Charts;
using ReportGen.ChartKinds;
using ReportGen.Cli.Tests.TestSupport;
using ReportGen.Data.Diagnostics;
using ReportGen.Documents;
using ReportGen.Pipeline;
using ReportGen.Templates;
using ReportGen.Templates.Definitions;

namespace ReportGen.Cli.Tests;

/// <summary>A chart kind added by registration alone (the waffle chart) is usable from a template like any other.</summary>
public sealed class WaffleChartBlockTests
{
    private static BuildResult Build(string chapter)
    {
        using var temp = new TempFolder();
        var areas = Path.Combine(CliRunner.RepoRoot, "templates", "dana", "areas").Replace("\\", "/");
        temp.Write("waffle/report.yaml", $"""
            title: Waffle test
            edition: "2024-25"
            areas_from: "{areas}"
            areas: [cambridgeshire]
            front_matter:
              title_page: false
              contents: false
              list_of_figures: false
              list_of_tables: false
            chapters:
              - file: chapters/01-need.md
            """);
        temp.Write("waffle/chapters/01-need.md", chapter);
        var data = MissingValueCalculator.Load(Path.Combine(CliRunner.RepoRoot, "data"));
        var diagnostics = new DiagnosticBag();
        var project = ReportProject.Load(Path.Combine(temp.Path, "waffle"), diagnostics);
        Assert.True(project is not null, string.Join("\n", diagnostics.Items));
        return new ReportBuilder(ChartStyle.Default, ChartKindCatalog.All).Build(project!, project!.DefaultAreas[0], data);
    }

    [Fact]
    public void A_waffle_block_builds_a_numbered_figure_with_the_areas_value()
    {
        var result = Build("""
            # Unmet need {#need}

            ```chart
            id: fig-waffle
            type: waffle
            indicator: dependent_drinkers_not_in_treatment
            caption: "Dependent drinkers not in treatment, {{ area.name }}"
            ```
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Errors));
        var figure = Assert.Single(DocumentWalk.Walk(result.Document!).OfType<Figure>());
        Assert.NotNull(figure.Number);
        Assert.StartsWith("Waffle chart of ", figure.Image.AltText);
        Assert.Equal("Cambridgeshire", figure.Data!.Rows[0][0]);
        Assert.IsType<WaffleChartSpec>(Assert.Single(result.Figures).Spec);
    }

    [Fact]
    public void A_waffle_of_a_rate_is_an_error_at_the_block_that_names_the_fix()
    {
        var result = Build("""
            # Deaths {#deaths}

            ```chart
            type: waffle
            indicator: deaths_drug_misuse
            ```
            """);

        var error = Assert.Single(result.Diagnostics.Errors, e => e.Message.Contains("waffle", StringComparison.OrdinalIgnoreCase));
        Assert.EndsWith("01-need.md", error.File);
        Assert.Contains("percentage", error.Message);
        Assert.NotNull(error.Fix);
    }
}
