using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Cli.Tests.TestSupport;

namespace ReportGen.Cli.Tests;

/// <summary>Issues 4 and 6: the house style comes from a swappable Word file; the gallery draws every chart type.</summary>
public sealed class HouseStyleAndGalleryTests : IDisposable
{
    private readonly string _dir = CliRunner.TempFolder("rg-style");

    public void Dispose() { try { Directory.Delete(_dir, true); } catch (IOException) { } }

    [Fact]
    public void Swapping_the_reference_document_changes_the_fonts_and_colours_of_the_output_without_code_changes()
    {
        var reference = Path.Combine(_dir, "our-council.docx");
        File.Copy(Path.Combine(CliRunner.RepoRoot, "templates", "house-style", "reference.docx"), reference);
        using (var doc = WordprocessingDocument.Open(reference, true))
        {
            var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
            foreach (var fonts in styles.Descendants<RunFonts>())
            {
                fonts.Ascii = "Verdana"; fonts.HighAnsi = "Verdana"; fonts.ComplexScript = "Verdana"; fonts.EastAsia = "Verdana";
                fonts.AsciiTheme = null; fonts.HighAnsiTheme = null;
            }
            var heading = styles.Elements<Style>().Single(s => s.StyleId == "Heading1");
            heading.StyleRunProperties!.Color = new Color { Val = "7A1F5C" };
            styles.Save();
        }
        var output = Path.Combine(_dir, "out");
        var result = InProcessCli.Run("build", "--area", "Peterborough", "--out", output, "--format", "docx", "--house-style", reference);
        Assert.True(result.ExitCode == 0, result.All);
        var docx = Directory.GetFiles(output, "*.docx", SearchOption.AllDirectories).Single();
        using var written = WordprocessingDocument.Open(docx, false);
        var xml = written.MainDocumentPart!.StyleDefinitionsPart!.Styles!.OuterXml;
        Assert.Contains("Verdana", xml);
        Assert.DoesNotContain("\"Arial\"", xml);
        Assert.Contains("7A1F5C", xml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_gallery_draws_every_chart_type_from_the_Cambridgeshire_assessment()
    {
        var result = InProcessCli.Run("gallery", "--area", "Cambridgeshire", "--out", _dir);
        Assert.True(result.ExitCode == 0, result.All);
        var names = Directory.GetFiles(_dir, "*.png").Select(Path.GetFileName).ToList();
        foreach (var type in new[] { "TrendChart", "AreaComparisonChart", "PopulationPyramid", "BarChart", "SpineChart" })
            Assert.Contains(names, n => n!.StartsWith(type + "-"));
        Assert.All(Directory.GetFiles(_dir, "*.txt"), f => Assert.Contains("Alt text", File.ReadAllText(f), StringComparison.OrdinalIgnoreCase));
    }
}
