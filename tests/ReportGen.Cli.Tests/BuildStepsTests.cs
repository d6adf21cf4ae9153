using ReportGen.Pipeline;

namespace ReportGen.Cli.Tests;

/// <summary>The build is a list of named steps run in order, in process; an input error stops it at the step that found it.</summary>
public sealed class BuildStepsTests : IDisposable
{
    private readonly string _dir = CliRunner.TempFolder("rg-steps");

    public void Dispose() { try { Directory.Delete(_dir, true); } catch (IOException) { } }

    private static readonly string[] Expected =
        ["load", "lock output", "lint", "prepare", "build documents", "write editions", "pdf", "commit", "pack"];

    private BuildRequest Request(string data, string output) =>
        new(data, Path.Combine(CliRunner.RepoRoot, "templates"), "dana", output, ["peterborough"], WriteDocx: true, WritePdf: false);

    [Fact]
    public void The_steps_are_named_and_ordered()
    {
        var build = new AssessmentBuild(TextWriter.Null, TextWriter.Null);
        Assert.Equal(Expected, build.Steps.Select(s => s.Name));
    }

    [Fact]
    public async Task A_build_runs_every_step_in_order_and_times_each()
    {
        var output = Path.Combine(_dir, "out");
        var build = new AssessmentBuild(new StringWriter(), new StringWriter()) { OutputRoot = output };

        var code = await build.RunAsync(Request(Path.Combine(CliRunner.RepoRoot, "data"), output));

        Assert.Equal(0, code);
        Assert.Equal(Expected, build.StepTimes.Select(t => t.Step));
        Assert.Single(Directory.GetFiles(Path.Combine(output, "peterborough"), "*.docx"));
    }

    [Fact]
    public async Task An_input_error_stops_the_build_after_load_and_nothing_is_written()
    {
        var data = CliRunner.CopyOf("data", Path.Combine(_dir, "data"));
        File.WriteAllText(Path.Combine(data, "indicators.yaml"), "- id: [unclosed\n");
        var output = Path.Combine(_dir, "out");
        var errors = new StringWriter();
        var build = new AssessmentBuild(new StringWriter(), errors) { OutputRoot = output };

        var code = await build.RunAsync(Request(data, output));

        Assert.Equal(1, code);
        Assert.Equal(["load"], build.StepTimes.Select(t => t.Step));
        Assert.Contains("Nothing was written", errors.ToString());
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task A_rebuild_reuses_every_unchanged_chart_and_writes_the_same_bytes()
    {
        var output = Path.Combine(_dir, "out");
        var data = Path.Combine(CliRunner.RepoRoot, "data");
        var first = new StringWriter();
        Assert.Equal(0, await new AssessmentBuild(new StringWriter(), first) { OutputRoot = output }.RunAsync(Request(data, output)));
        var docx = Assert.Single(Directory.GetFiles(Path.Combine(output, "peterborough"), "*.docx"));
        var drawn = File.ReadAllBytes(docx);
        var images = Directory.GetFiles(Path.Combine(output, ".cache", "charts"), "*.png").Length;
        Assert.True(images > 20, $"{images} chart images cached");
        Assert.DoesNotContain("unchanged and reused", first.ToString());

        var second = new StringWriter();
        Assert.Equal(0, await new AssessmentBuild(new StringWriter(), second) { OutputRoot = output }.RunAsync(Request(data, output)));

        // Every chart came from the cache (two identical charts share one image, so there may be more charts than images).
        var reused = System.Text.RegularExpressions.Regex.Match(second.ToString().ReplaceLineEndings(" "), @"Charts: 0 drawn, (\d+) unchanged and reused");
        Assert.True(reused.Success, second.ToString());
        Assert.True(int.Parse(reused.Groups[1].Value) >= images);
        Assert.Equal(drawn, File.ReadAllBytes(docx));
    }
}
