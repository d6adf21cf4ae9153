using System.IO.Compression;
using System.Text.RegularExpressions;
using ReportGen.Cli.Tests.TestSupport;

namespace ReportGen.Cli.Tests;

/// <summary>
/// Issue 17: numbers read as an analyst would write them. None of the bundled reports prints a signed change
/// ("a change of +4.1%") or an unrounded rate in words ("about 13.75 in every thousand").
/// </summary>
[Collection(BundledAssessmentsCollection.Name)]
public sealed class MachinePhrasingTests(BundledAssessments bundled)
{
    private static string TextOf(string docx)
    {
        using var zip = ZipFile.OpenRead(docx);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd();
        return string.Join(" ", Regex.Matches(Regex.Replace(xml, "</w:p>", "\n"), "<w:t[^>]*>([^<]*)</w:t>|\n").Select(m => m.Value == "\n" ? "\n" : m.Groups[1].Value));
    }

    [Fact]
    public void No_report_prints_a_signed_change_or_an_unrounded_rate_in_words()
    {
        var docx = bundled.Files(".docx");
        Assert.True(docx.Count >= 4, $"{docx.Count} Word files");
        var found = new List<string>();
        foreach (var file in docx)
        {
            var text = TextOf(file);
            foreach (Match m in Regex.Matches(text, @"a change of [+\-−]|[Aa]bout \d+\.\d+ in every|in every thousand"))
                found.Add($"{Path.GetFileName(file)}: ...{text.Substring(Math.Max(0, m.Index - 60), Math.Min(120, text.Length - Math.Max(0, m.Index - 60)))}...");
            Assert.Matches("an increase of [0-9.]+%|a fall of [0-9.]+%", text); // the changes are there, in words
        }
        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
