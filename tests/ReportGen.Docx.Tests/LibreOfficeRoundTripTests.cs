using System.Diagnostics;
using System.Text.RegularExpressions;
using ReportGen.Pdf;
using Xunit.Abstractions;

namespace ReportGen.Docx.Tests;

/// <summary>
/// Converts the sample report with LibreOffice (the production PDF route) and checks the printed contents
/// page numbers against the pages the headings actually land on, plus the running-header page numbers.
/// Slow (several seconds); needs soffice, which build.sh installs (CI runs it every time). The PDF is read in process
/// with <see cref="PdfInspector"/> (PdfPig); its page texts are the text lines top to bottom.
/// </summary>
public sealed partial class LibreOfficeRoundTripTests(ITestOutputHelper output)
{
    [Fact]
    public void Contents_page_numbers_match_where_headings_land_in_the_pdf()
    {
        var dir = Path.Combine(Path.GetTempPath(), "docx-lo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var docx = Path.Combine(dir, "sample.docx");
            new DocxWriter().Write(SampleReport.Build(fillerPerSection: 6), docx);
            const string filter = "pdf:writer_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"},\"PDFUACompliance\":{\"type\":\"boolean\",\"value\":\"true\"},\"ExportBookmarks\":{\"type\":\"boolean\",\"value\":\"true\"}}";
            Run("soffice", "--headless", $"-env:UserInstallation=file://{dir}/profile", "--convert-to", filter, "--outdir", dir, docx);
            var pdf = Path.Combine(dir, "sample.pdf");
            Assert.True(File.Exists(pdf), "LibreOffice produced no PDF");

            var facts = PdfInspector.Inspect(pdf);
            int pages = facts.PageCount;
            var text = facts.PageTexts;
            Assert.True(facts.Tagged, "the PDF is not tagged (/MarkInfo /Marked true)");

            // Page 1 is the cover, page 2 the contents (the lists of figures and tables follow on page 3).
            var entries = text[1].Split('\n')
                .Select(l => EntryPattern().Match(l)).Where(m => m.Success)
                .Select(m => (Title: m.Groups[1].Value.Trim(), Page: int.Parse(m.Groups[2].Value))).ToList();
            Assert.True(entries.Count >= 11, $"only {entries.Count} contents entries found");
            foreach (var (title, page) in entries)
            {
                int actual = Enumerable.Range(4, pages - 3).First(p => text[p - 1].Split('\n').Skip(1).Any(l => l.Trim() == title));
                output.WriteLine($"{title}: contents says {page}, heading is on {actual}");
                Assert.Equal(actual, page);
            }
            for (int p = 2; p <= pages; p++)
                Assert.Matches($@"Back to Contents \| {p}\s*$", text[p - 1].Split('\n')[0]);
            Assert.DoesNotContain(text, t => t.Contains("Figure 1.") || t.Contains("Table 1.")); // SEQ numbers never leak
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(180_000)) { p.Kill(entireProcessTree: true); throw new TimeoutException($"{file} timed out"); }
        return stdout.Result + stderr.Result;
    }

    // Leader dots may come out as one word or as several ("Title....... 12", "Title. . . .12").
    [GeneratedRegex(@"^\s*(.+?)(?:\.\s*){4,}(\d+)\s*$")]
    private static partial Regex EntryPattern();
}
