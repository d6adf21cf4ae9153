using ReportGen.ChartKinds;
using ReportGen.Cli.Tests.TestSupport;
using ReportGen.Documents;
using ReportGen.Templates;

namespace ReportGen.Cli.Tests;

/// <summary>A chart kind added by registration alone (the waffle chart) is usable from a template like any other.</summary>
public sealed class WaffleChartBlockTests
{
    private static BuildResult Build(string chapter) => OneChapterReport.Build("cambridgeshire", chapter);

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
        Assert.EndsWith("01-chapter.md", error.File);
        Assert.Contains("percentage", error.Message);
        Assert.NotNull(error.Fix);
    }
}
