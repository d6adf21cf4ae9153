using ReportGen.Pdf.Tests.Support;
using Xunit.Abstractions;

namespace ReportGen.Pdf.Tests;

public class ScratchTests(ITestOutputHelper output)
{
    [LibreOfficeFact]
    public async Task Scratch()
    {
        var dir = "/tmp/rgpdf-scratch";
        Directory.CreateDirectory(dir);
        SampleDocx.Write(Path.Combine(dir, "good.docx"));
        SampleDocx.Write(Path.Combine(dir, "wrong.docx"), staticWrongNumbers: true);
        SampleDocx.WriteBrokenBody(Path.Combine(dir, "broken.docx"));
        File.WriteAllText(Path.Combine(dir, "text.docx"), "not a docx");
        await using var converter = new PdfConverter();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var results = await converter.ConvertAsync(new[] { "good", "wrong", "broken", "text" }.Select(n => new PdfConversionRequest(Path.Combine(dir, n + ".docx"), Path.Combine(dir, n + ".pdf"))));
        output.WriteLine($"total {sw.Elapsed}");
        foreach (var r in results) output.WriteLine($"{r.Request.DocxPath}: {r.Success} {r.Elapsed} attempts={r.Attempts} {r.Error}");
        var facts = PdfInspector.Inspect(Path.Combine(dir, "good.pdf"));
        output.WriteLine($"tagged={facts.Tagged} title={facts.Title} lang={facts.Language} pages={facts.PageCount} fontsEmb={facts.AllFontsEmbedded} ua={facts.PdfUaPart} ddt={facts.DisplayDocTitle}");
        foreach (var o in facts.Outline) output.WriteLine($"outline {o}");
        foreach (var l in facts.Links) output.WriteLine($"link {l}");
        foreach (var f in facts.Fonts) output.WriteLine($"font {f}");
        foreach (var line in facts.PageLines[0]) output.WriteLine($"p1 line: {line.Text} [{line.Left:0},{line.Top:0},{line.Right:0},{line.Bottom:0}]");
        output.WriteLine(ContentsCheck.Verify(facts).Describe());
        output.WriteLine(ContentsCheck.Verify(Path.Combine(dir, "wrong.pdf")).Describe());
    }
}
