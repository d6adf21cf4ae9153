using ReportGen.Cli.Tests.TestSupport;
using ReportGen.Pipeline;

namespace ReportGen.Cli.Tests;

/// <summary>Output formats come from one registration table: --format accepts and lists exactly what is registered.</summary>
public sealed class EditionRegistryTests
{
    [Fact]
    public void The_registered_editions_and_post_steps_are_the_formats()
    {
        Assert.Equal(["docx", "html", "pdf"], Editions.Formats);
        Assert.IsType<DocxEdition>(Editions.Find("DOCX"));
        Assert.Null(Editions.Find("pdf")); // a post-step, not an edition
    }

    [Fact]
    public void An_unknown_format_is_refused_and_the_registered_ones_are_listed()
    {
        var run = InProcessCli.Run("build", "--format", "docx,odt", "--out", Path.Combine(Path.GetTempPath(), "rg-never-" + Guid.NewGuid().ToString("N")));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown format 'odt'", run.Error);
        Assert.Contains("docx, html, pdf", run.Error);
    }
}
