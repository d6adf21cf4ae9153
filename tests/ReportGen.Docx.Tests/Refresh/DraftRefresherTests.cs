using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using ReportGen.Docx.Refresh;
using DocParagraph = ReportGen.Documents.Paragraph;
using DocTable = ReportGen.Documents.Table;
using TableRow = ReportGen.Documents.TableRow;
using TableCell = ReportGen.Documents.TableCell;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace ReportGen.Docx.Tests.Refresh;

/// <summary>Issue 12: the writer marks generated elements; the refresher updates an edited draft as tracked changes.</summary>
public sealed class DraftRefresherTests
{
    private static ReportDocument Report(string rate, string judgement, int chartSeed)
    {
        var blocks = new List<Block>
        {
            new Heading(1, Inlines.Text("Deaths")) { Id = "sec-deaths" },
            new DocParagraph(Inlines.Text("Deaths are counted over three years.")),
            new DocParagraph(Inlines.Text($"The rate was {rate} per 100,000, {judgement} than England.")),
            new DocParagraph(Inlines.Text($"In short, {rate} per 100,000.")),
            new Figure(Inlines.Text("Deaths over time"), new Image(TestPng.Create(60, 40, chartSeed), 60, 40, 8, 4, $"Rate {rate}")) { Id = "fig-deaths" },
            new DocTable(Inlines.Text("Rates"), [new TableRow([TableCell.Text("Area"), TableCell.Text("Rate")])],
                [new TableRow([TableCell.Text("Here"), TableCell.Text(rate)])]) { Id = "tab-deaths" },
        };
        var (numbered, _) = DocumentNumbering.Apply(new ReportDocument(new DocumentProperties { Title = "Test" }, blocks));
        return ElementKeys.Assign(numbered);
    }

    private static byte[] Write(ReportDocument document)
    {
        using var stream = new MemoryStream();
        new DocxWriter().Write(document, stream);
        return stream.ToArray();
    }

    private static (byte[] File, RefreshOutcome Outcome) Refresh(byte[] draft, ReportDocument next)
    {
        using var output = new MemoryStream();
        var keys = ElementKeys.All(next).ToDictionary(ElementMarks.KeyHash);
        var outcome = DraftRefresher.Refresh(new MemoryStream(draft), new MemoryStream(Write(next)), output,
            new RefreshOptions { Keys = keys, Date = new DateTime(2026, 12, 7, 12, 0, 0, DateTimeKind.Utc) });
        return (output.ToArray(), outcome);
    }

    private static byte[] Edit(byte[] file, Action<Body> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(file);
        using (var doc = WordprocessingDocument.Open(stream, true)) edit(doc.MainDocumentPart!.Document.Body!);
        return stream.ToArray();
    }

    private static string Accepted(byte[] file)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(file), false);
        return ElementMarks.AcceptedText(doc.MainDocumentPart!.Document.Body!);
    }

    [Fact]
    public void Every_generated_element_carries_a_hidden_mark_of_at_most_40_characters()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(Write(Report("3.5", "lower", 1))), false);
        var marks = doc.MainDocumentPart!.Document.Body!.Descendants<BookmarkStart>().Select(b => b.Name!.Value!).Where(n => n.StartsWith("_RG_")).ToList();
        // 3 paragraphs + figure (caption, picture, source spacer...) + table (caption, table, spacer): one mark per part.
        Assert.True(marks.Count >= 6);
        Assert.All(marks, m => Assert.True(m.Length <= 40, m));
        Assert.Equal(marks.Count, marks.Distinct().Count());
        var keys = ElementKeys.All(Report("3.5", "lower", 1)).Select(ElementMarks.KeyHash).ToHashSet();
        Assert.All(marks, m => Assert.True(ElementMarks.TryParse(m, out var hash, out _, out _) && keys.Contains(hash)));
    }

    [Fact]
    public void Changed_elements_become_tracked_changes_and_the_analysts_work_is_kept()
    {
        var draft = Edit(Write(Report("3.5", "lower", 1)), body =>
        {
            var first = body.Descendants<Paragraph>().First(p => p.InnerText.StartsWith("Deaths are counted"));
            first.InsertAfterSelf(new Paragraph(new Run(new Text("My own paragraph."))));
            // Typed inside a generated sentence that the new data will change.
            var summary = body.Descendants<Paragraph>().First(p => p.InnerText.StartsWith("In short"));
            var words = summary.Descendants<Text>().First();
            words.Text = words.Text.Replace("In short, ", "To sum up, ");
        });
        var (refreshed, outcome) = Refresh(draft, Report("4.4", "higher", 2));

        using (var doc = WordprocessingDocument.Open(new MemoryStream(refreshed), false))
        {
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc));
            var body = doc.MainDocumentPart!.Document.Body!;
            Assert.NotEmpty(body.Descendants<InsertedRun>().Where(i => i.Author == "ReportGen data update"));
            Assert.NotEmpty(body.Descendants<DeletedRun>().Where(d => d.Author == "ReportGen data update"));
            Assert.Contains(body.Descendants<DeletedText>(), t => t.Text.Contains("3.5 per 100,000, lower"));
        }
        var text = Accepted(refreshed);
        Assert.Contains("The rate was 4.4 per 100,000, higher than England.", text);
        Assert.Contains("My own paragraph.", text);
        Assert.Contains("To sum up, 3.5 per 100,000.", text); // the analyst's sentence is not overwritten
        Assert.DoesNotContain("The rate was 3.5", text);

        var byOutcome = outcome.Changes.ToLookup(c => c.Outcome);
        var review = Assert.Single(byOutcome[ElementOutcome.NeedsReview]);
        Assert.Equal("sec-deaths #3", review.Key);
        Assert.Contains("4.4", review.NewText);
        Assert.Contains(byOutcome[ElementOutcome.Updated], c => c.Key == "sec-deaths figure fig-deaths" && c.ImageChanged);
        Assert.Contains(byOutcome[ElementOutcome.Updated], c => c.Key == "sec-deaths table tab-deaths");
        Assert.DoesNotContain(outcome.Changes, c => c.Key == "sec-deaths #1");

        // A second refresh with the same data adds nothing.
        var (again, second) = Refresh(refreshed, Report("4.4", "higher", 2));
        Assert.Equal(0, second.Updated);
        Assert.Equal(text, Accepted(again));
    }

    [Fact]
    public void A_deleted_element_stays_deleted_and_is_reported()
    {
        var draft = Edit(Write(Report("3.5", "lower", 1)), body =>
            body.Descendants<Paragraph>().First(p => p.InnerText.StartsWith("The rate was")).Remove());
        var (refreshed, outcome) = Refresh(draft, Report("4.4", "higher", 1));
        Assert.DoesNotContain("The rate was", Accepted(refreshed));
        Assert.Contains(outcome.Changes, c => c.Outcome == ElementOutcome.NotInDraft && c.Key == "sec-deaths #2");
    }
}
