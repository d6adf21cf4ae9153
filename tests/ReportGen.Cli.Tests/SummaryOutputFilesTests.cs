using ReportGen.Cli.Tests.TestSupport;

namespace ReportGen.Cli.Tests;

/// <summary>Issue 17: the summary report shares the full report's folder but writes only its own files.</summary>
public sealed class SummaryOutputFilesTests : IDisposable
{
    private readonly string _dir = CliRunner.TempFolder("rg-summary-files");

    public void Dispose() { try { Directory.Delete(_dir, true); } catch (IOException) { } }

    [Fact]
    public void Building_the_summary_leaves_the_full_reports_files_byte_identical()
    {
        // The full report's files (Word, PDF, web page, manifest, accessibility report): Peterborough's from the shared build.
        var full = SharedBuilds.AllAreas;
        Assert.True(full.Run.ExitCode == 0, full.Run.All);
        var folder = CliRunner.CopyOf(full.Area("peterborough"), Path.Combine(_dir, "peterborough"));
        var before = Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        Assert.Contains("manifest.json", before.Keys);
        Assert.Contains("accessibility.md", before.Keys);

        // Twice, so that the second build also writes the summary's change report.
        for (var i = 0; i < 2; i++)
        {
            var summary = InProcessCli.Run("build", "--report", "summary", "--area", "Peterborough", "--out", _dir, "--format", "docx");
            Assert.True(summary.ExitCode == 0, summary.All);
        }
        foreach (var (name, bytes) in before)
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(folder, name))), $"{name} was changed by the summary build");
        foreach (var own in new[] { "summary-manifest.json", "summary-accessibility.md", "summary-accessibility.json", "summary-changes.md", "summary-changes.csv" })
            Assert.True(File.Exists(Path.Combine(folder, own)), own + " was not written");
        Assert.False(File.Exists(Path.Combine(folder, "changes.md")), "the summary wrote the full report's change report");
    }
}
