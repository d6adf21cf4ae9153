namespace ReportGen.Docx.Tests;

/// <summary>
/// Writes the sample and large reports to REPORTGEN_DOCX_SAMPLE_DIR when that variable is set, for converting
/// with LibreOffice and looking at by hand. Does nothing otherwise.
/// </summary>
public sealed class SampleOutputTests
{
    [Fact]
    public void Writes_sample_files_when_asked()
    {
        var dir = Environment.GetEnvironmentVariable("REPORTGEN_DOCX_SAMPLE_DIR");
        if (string.IsNullOrWhiteSpace(dir)) return;
        var writer = new DocxWriter();
        writer.Write(SampleReport.Build(), Path.Combine(dir, "sample.docx"));
        writer.Write(LargeReport.Build(), Path.Combine(dir, "large.docx"));
        Assert.True(File.Exists(Path.Combine(dir, "sample.docx")));
    }
}
