using System.Diagnostics;
using ReportGen.Charts;
using Xunit.Abstractions;

namespace ReportGen.Charts.Tests;

public class TimingTests(ITestOutputHelper output)
{
    [Fact]
    public void Prints_the_time_to_render_fifty_charts_on_two_cores()
    {
        var examples = ExampleCharts.All().Select(e => e.Spec).ToList();
        var specs = Enumerable.Range(0, 50).Select(i => examples[i % examples.Count]).ToList();
        var renderer = new ChartRenderer();
        renderer.RenderAll(examples, 2); // warm up JIT, fonts and Skia

        var watch = Stopwatch.StartNew();
        var charts = renderer.RenderAll(specs, maxDegreeOfParallelism: 2);
        watch.Stop();

        Assert.Equal(50, charts.Count);
        output.WriteLine($"Rendered 50 charts on 2 threads in {watch.Elapsed.TotalSeconds:0.00} s " +
                         $"({watch.Elapsed.TotalMilliseconds / 50:0} ms per chart, {Environment.ProcessorCount} cores available).");
    }
}
