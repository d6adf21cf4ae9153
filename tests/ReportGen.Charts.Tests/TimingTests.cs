using ReportGen.ChartKinds;
using System.Diagnostics;
using ReportGen.Charts;
using Xunit.Abstractions;

namespace ReportGen.Charts.Tests;

[Collection(nameof(TimingTests))]
public class TimingTests(ITestOutputHelper output)
{
    [Fact]
    public void Prints_the_time_to_render_fifty_charts_on_two_cores()
    {
        var examples = ExampleCharts.All().Select(e => e.Spec).ToList();
        var specs = Enumerable.Range(0, 50).Select(i => examples[i % examples.Count]).ToList();
        var renderer = TestRenderer.Create();
        renderer.RenderAll(examples, 2); // warm up JIT, fonts and Skia

        // Wall time depends on what else the machine is doing; CPU time shows the work itself.
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var charts = renderer.RenderAll(specs, maxDegreeOfParallelism: 2);
        watch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;

        Assert.Equal(50, charts.Count);
        output.WriteLine($"Rendered 50 charts on 2 threads in {watch.Elapsed.TotalSeconds:0.00} s wall, " +
                         $"{cpu.TotalSeconds:0.00} s CPU ({Environment.ProcessorCount} cores, load average {LoadAverage()}).");
    }

    private static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "n/a"; }
        catch (UnauthorizedAccessException) { return "n/a"; }
    }
}
