using ReportGen.Charts;
using ReportGen.ChartKinds;
using ReportGen.Data.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.Templates;
using ReportGen.Templates.Definitions;

namespace ReportGen.Cli.Tests;

/// <summary>
/// With several cores a report's charts start drawing while later chapters are still being written; the figures
/// (their order, images, sizes, alt text and data) must be exactly those of drawing them one by one at the end.
/// </summary>
public sealed class ChartsDrawnAheadTests
{
    [Fact]
    public void Drawing_charts_ahead_gives_the_figures_of_drawing_them_one_by_one()
    {
        var data = MissingValueCalculator.Load(Path.Combine(CliRunner.RepoRoot, "data"));
        var diagnostics = new DiagnosticBag();
        var project = ReportProject.Load(Path.Combine(CliRunner.RepoRoot, "templates", "dana"), diagnostics);
        Assert.NotNull(project);
        var area = project.Areas.Single(a => a.Folder == "peterborough");

        BuildResult Build(int parallelism) =>
            new ReportBuilder(ChartStyle.Default, ChartKindCatalog.All) { ChartParallelism = parallelism }.Build(project, area, data);
        var serial = Build(1);
        var ahead = Build(3);

        Assert.True(serial.Succeeded, string.Join("\n", serial.Diagnostics.Errors));
        Assert.True(ahead.Succeeded, string.Join("\n", ahead.Diagnostics.Errors));
        Assert.True(serial.Figures.Count > 50, $"only {serial.Figures.Count} figures");
        Assert.Equal(serial.Figures.Select(f => f.Number), ahead.Figures.Select(f => f.Number));
        foreach (var (a, b) in serial.Figures.Zip(ahead.Figures))
        {
            Assert.Equal(a.Chart.Png, b.Chart.Png);
            Assert.Equal((a.Chart.WidthCm, a.Chart.HeightCm), (b.Chart.WidthCm, b.Chart.HeightCm));
            Assert.Equal(a.Chart.AltText, b.Chart.AltText);
            Assert.Equal(a.Chart.Data.Rows.SelectMany(r => r), b.Chart.Data.Rows.SelectMany(r => r));
        }
    }
}
