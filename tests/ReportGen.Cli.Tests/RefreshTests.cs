using System.Diagnostics;
using System.Security.Cryptography;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Cli.Tests.TestSupport;
using ReportGen.Docx.Refresh;
using ReportGen.Pdf;
using static ReportGen.Cli.Tests.TestSupport.TrackedChanges;
using View = ReportGen.Cli.Tests.TestSupport.TrackedChanges.View;

namespace ReportGen.Cli.Tests;

/// <summary>
/// Issue 12: an analyst's edited draft is refreshed with new data as tracked changes in a copy of their own file.
/// One scenario, run in process: build Cambridgeshire (a copy of the shared build), edit the draft with OpenXML (no Word), change one printed value
/// in the data, refresh, and check the result from every side the issue names.
/// </summary>
public sealed class RefreshTests : IDisposable
{
    private const string Author = "ReportGen data update";
    private const string AddedWords = " Locally, outreach workers report the same pattern in Wisbech.";
    private const string OwnParagraph = "Analyst note: the commissioning team will revisit this section after the spring consultation.";

    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Refresh_brings_new_data_in_as_tracked_changes_and_keeps_everything_the_analyst_wrote()
    {
        var data = CliRunner.CopyOf("data", _dir.File("data"));
        var output = SharedBuilds.CambridgeshireDocx.CopyTo(_dir.File("out")); // the build of the data the copy still equals
        var draft = Directory.GetFiles(Path.Combine(output, "cambridgeshire"), "*.docx").Single();
        var (editedOriginal, _) = EditAsAnAnalyst(draft);
        var editedHash = Hash(draft);

        // With the data unchanged, a refresh has nothing to say: no tracked change at all.
        var same = InProcessCli.Run("refresh", "--area", "Cambridgeshire", "--data", data, "--out", output);
        Assert.Equal(0, same.ExitCode);
        var unchanged = same.Out.Trim().Split('\n')[0].Trim();
        Assert.Equal(0, Revisions(unchanged));
        File.Delete(unchanged);

        // New data: drug-misuse deaths 2021-23 for Cambridgeshire, 3.5 -> 9.0 per 100,000 (better than England -> worse).
        ChangeValue(Path.Combine(data, "tidy", "drug-deaths.csv"), "deaths_drug_misuse,E10000003,2021-23,,,,,", "186,2067703,9.0,7.75,10.39");
        var run = InProcessCli.Run("refresh", "--area", "Cambridgeshire", "--data", data, "--out", output);
        Assert.True(run.ExitCode == 0, run.Error);
        var refreshed = run.Out.Trim().Split('\n')[0].Trim();
        Assert.EndsWith($"(refreshed {DateTime.Now:yyyy-MM-dd}).docx", refreshed);
        Assert.Equal(Path.GetDirectoryName(draft), Path.GetDirectoryName(refreshed));

        // The edited file is byte-identical; the refreshed file is valid Word.
        Assert.Equal(editedHash, Hash(draft));
        using (var word = WordprocessingDocument.Open(refreshed, false))
        {
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5).Select(e => $"{e.Path?.XPath}: {e.Description}")));
        }

        // Insertions and deletions by ReportGen.
        var xml = DocumentXml(refreshed);
        Assert.Matches($"<w:ins [^>]*w:author=\"{Author}\"", xml);
        Assert.Matches($"<w:del [^>]*w:author=\"{Author}\"", xml);
        Assert.True(Revisions(refreshed) >= 2);

        // Accept all = a clean build on the new data, plus the analyst's words; reject all = the edited draft.
        var clean = _dir.File("clean");
        Assert.Equal(0, InProcessCli.Run("build", "--area", "Cambridgeshire", "--data", data, "--out", clean, "--format", "docx").ExitCode);
        var cleanFile = Directory.GetFiles(Path.Combine(clean, "cambridgeshire"), "*.docx").Single();
        var expected = Paragraphs(cleanFile, View.AsIs);
        var at = expected.IndexOf(editedOriginal);
        Assert.True(at >= 0, "the edited paragraph is in the clean build");
        expected[at] = editedOriginal + AddedWords;
        expected.Insert(at + 1, OwnParagraph);
        var accepted = Paragraphs(refreshed, View.AcceptAll);
        Assert.Equal(expected, accepted);
        Assert.Equal(Paragraphs(draft, View.AsIs), Paragraphs(refreshed, View.RejectAll));
        Assert.Contains(accepted, p => p.Contains("9.0 per 100,000"));

        // At least one chart changed: the accepted view shows an image the draft did not have, and the clean build has it.
        var draftImages = Images(draft, View.AsIs).ToHashSet();
        var acceptedImages = Images(refreshed, View.AcceptAll);
        Assert.Contains(acceptedImages, i => !draftImages.Contains(i));
        Assert.Equal(Images(cleanFile, View.AsIs), acceptedImages);
        Assert.Equal(Images(draft, View.AsIs), Images(refreshed, View.RejectAll));

        // The change report names the indicator and flags the flip against England (lower -> higher).
        var folder = Path.GetDirectoryName(refreshed)!;
        var csv = File.ReadAllText(Path.Combine(folder, "changes.csv"));
        Assert.Contains("Updated,", csv);
        Assert.Contains("deaths_drug_misuse", csv);
        Assert.Contains("Updated,sec-drug-deaths figure fig-drug-deaths-trend,deaths_drug_misuse,yes,", csv);
        Assert.Contains("higher", File.ReadAllText(Path.Combine(folder, "changes.md")));

        // Refreshing the refreshed file again with the same data adds no tracked change.
        var again = InProcessCli.Run("refresh", "--area", "Cambridgeshire", "--data", data, "--out", output, "--draft", refreshed);
        Assert.Equal(0, again.ExitCode);
        var second = again.Out.Trim().Split('\n')[0].Trim();
        Assert.NotEqual(refreshed, second);
        Assert.Equal(Revisions(refreshed), Revisions(second));
        Assert.Equal(Paragraphs(refreshed, View.AcceptAll), Paragraphs(second, View.AcceptAll));
        Assert.DoesNotContain("Updated,", File.ReadAllText(Path.Combine(folder, "changes.csv")));

        var soffice = LibreOfficeLocator.TryLocate();
        Assert.True(soffice is not null, "LibreOffice (soffice) was not found; ./build.sh test installs it. " + LibreOfficeLocator.InstallInstructions);
        OpensInLibreOfficeWithTrackedChanges(soffice!, refreshed);
    }

    [Fact]
    public void An_element_the_analyst_edited_is_left_alone_and_listed_for_review_and_a_deleted_one_stays_deleted()
    {
        var data = CliRunner.CopyOf("data", _dir.File("data"));
        var output = SharedBuilds.CambridgeshireDocx.CopyTo(_dir.File("out")); // the build of the data the copy still equals
        var draft = Directory.GetFiles(Path.Combine(output, "cambridgeshire"), "*.docx").Single();

        // The analyst rewrites the opening of the drug-deaths paragraph and deletes the ranking sentence.
        string rewritten, deleted;
        using (var doc = WordprocessingDocument.Open(draft, true))
        {
            var body = doc.MainDocumentPart!.Document.Body!;
            var paragraphs = body.Elements<Paragraph>().Where(ElementMarks.IsMarked).ToList();
            var target = paragraphs.First(p => p.InnerText.StartsWith("Deaths from drug misuse are reported"));
            target.Descendants<Text>().First().Text = "In our words: " + target.Descendants<Text>().First().Text;
            rewritten = target.InnerText;
            var gone = paragraphs.First(p => p.InnerText.StartsWith("Compared with similar authorities, Cambridgeshire ranks"));
            deleted = gone.InnerText;
            gone.Remove();
        }
        ChangeValue(Path.Combine(data, "tidy", "drug-deaths.csv"), "deaths_drug_misuse,E10000003,2021-23,,,,,", "186,2067703,9.0,7.75,10.39");
        var run = InProcessCli.Run("refresh", "--area", "Cambridgeshire", "--data", data, "--out", output);
        Assert.True(run.ExitCode == 0, run.Error);
        var refreshed = run.Out.Trim().Split('\n')[0].Trim();

        var accepted = Paragraphs(refreshed, View.AcceptAll);
        Assert.Contains(rewritten, accepted);
        Assert.DoesNotContain(accepted, p => p.StartsWith("Compared with similar authorities, Cambridgeshire ranks"));
        var csv = File.ReadAllLines(Path.Combine(Path.GetDirectoryName(refreshed)!, "changes.csv"));
        var review = Assert.Single(csv, l => l.StartsWith("NeedsReview,"));
        Assert.Contains("In our words", review);
        Assert.True(review.Contains("9.0 per 100,000"), review); // the new generated wording
        Assert.Contains("3.5 per 100,000", review); // the old generated wording
        Assert.Contains(csv, l => l.StartsWith("NotInDraft,") && l.Contains("ranks"));
    }

    /// <summary>
    /// LibreOffice opens the refreshed file and, saving it as Word again, keeps the tracked changes and marks. (One
    /// conversion: a saved copy proves the file opened; a PDF of it, made here before, added nothing but time.)
    /// </summary>
    private void OpensInLibreOfficeWithTrackedChanges(string soffice, string refreshed)
    {
        var work = _dir.File("lo");
        Directory.CreateDirectory(work);
        var copy = Path.Combine(work, "refreshed.docx");
        File.Copy(refreshed, copy);
        var psi = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { $"-env:UserInstallation=file://{Path.Combine(work, "profile")}", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", Path.Combine(work, "docx"), copy })
            psi.ArgumentList.Add(a);
        using (var p = Process.Start(psi)!)
        {
            p.StandardOutput.ReadToEnd();
            Assert.True(p.WaitForExit(TimeSpan.FromMinutes(5)), "LibreOffice did not finish");
        }
        var roundTrip = Path.Combine(work, "docx", "refreshed.docx");
        Assert.True(File.Exists(roundTrip) && new FileInfo(roundTrip).Length > 0, "LibreOffice did not open and save the refreshed file");
        var before = DocumentXml(refreshed);
        var after = DocumentXml(roundTrip);
        Assert.True(Count(after, "<w:del ") >= Count(before, "<w:del "), "deletions lost");
        Assert.True(Count(after, "<w:ins ") >= Count(before, "<w:ins "), "insertions lost");
        Assert.Equal(Paragraphs(refreshed, View.AcceptAll).Where(p => p.Length > 0).Count(l => l.Contains("9.0 per 100,000")),
            Paragraphs(roundTrip, View.AcceptAll).Count(l => l.Contains("9.0 per 100,000")));
        // The element marks survive the save (at most a stray empty paragraph's mark may be merged away).
        Assert.True(Count(after, "w:name=\"_RG_") >= Count(before, "w:name=\"_RG_") * 0.99, "element marks lost");
    }

    /// <summary>Adds words to the first prose paragraph with no figures in it, and a paragraph of the analyst's own after it.</summary>
    private static (string Original, string Edited) EditAsAnAnalyst(string path)
    {
        using var doc = WordprocessingDocument.Open(path, true);
        var body = doc.MainDocumentPart!.Document.Body!;
        var target = body.Elements<Paragraph>().First(p => ElementMarks.IsMarked(p) && p.InnerText.Length > 150
            && !p.InnerText.Any(char.IsDigit) && !p.Descendants<FieldChar>().Any());
        var original = target.InnerText;
        target.InsertBefore(new Run(new Text(AddedWords) { Space = SpaceProcessingModeValues.Preserve }), target.Elements<BookmarkEnd>().Last());
        target.InsertAfterSelf(new Paragraph(new Run(new Text(OwnParagraph))));
        return (original, original + AddedWords);
    }

    private static void ChangeValue(string file, string rowStart, string newTail)
    {
        var lines = File.ReadAllLines(file);
        var i = Array.FindIndex(lines, l => l.StartsWith(rowStart, StringComparison.Ordinal));
        Assert.True(i > 0, $"no row starting {rowStart}");
        var cells = lines[i].Split(',');
        var tail = newTail.Split(',');
        // count, denominator, value, lower, upper are columns 7..11.
        for (int c = 0; c < tail.Length; c++) cells[7 + c] = tail[c];
        lines[i] = string.Join(',', cells);
        File.WriteAllLines(file, lines);
    }

    private static int Revisions(string path)
    {
        var xml = DocumentXml(path);
        return Count(xml, $"w:author=\"{Author}\"");
    }

    private static string DocumentXml(string path)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }

    private static int Count(string text, string what)
    {
        int n = 0;
        for (int i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
