using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Pdf;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ReportGen.Cli.Tests;

/// <summary>Issue 2 acceptance, end to end: the bundled data and templates give valid, accessible Word and PDF files.</summary>
[Collection(BundledAssessmentsCollection.Name)]
public sealed class AssessmentEndToEndTests(BundledAssessments built)
{
    [Fact]
    public void Build_writes_a_docx_and_a_pdf_for_every_bundled_area()
    {
        Assert.True(built.Build.ExitCode == 0, built.Build.All);
        var docx = built.Files(".docx");
        Assert.Contains(docx, f => f.Contains("cambridgeshire"));
        Assert.Contains(docx, f => f.Contains("peterborough"));
        Assert.Equal(docx.Count, built.Files(".pdf").Count);
        foreach (var f in docx) Assert.Contains(f, built.Build.Out); // each path written is printed
    }

    [Fact]
    public void Every_docx_is_valid_Open_XML_with_no_errors()
    {
        foreach (var file in built.Files(".docx"))
        {
            using var doc = WordprocessingDocument.Open(file, false);
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
            Assert.True(errors.Count == 0, $"{Path.GetFileName(file)}: " + string.Join("\n", errors.Take(10).Select(e => $"{e.Path?.XPath}: {e.Description}")));
        }
    }

    [Fact]
    public void Every_docx_has_alt_text_footnotes_captions_tables_an_insights_box_and_a_running_header()
    {
        foreach (var file in built.Files(".docx"))
        {
            using var doc = WordprocessingDocument.Open(file, false);
            var body = doc.MainDocumentPart!.Document!.Body!;
            var name = Path.GetFileName(file);

            var pictures = body.Descendants<Wp.DocProperties>().ToList();
            Assert.NotEmpty(pictures);
            Assert.All(pictures, p => Assert.False(string.IsNullOrWhiteSpace(p.Description?.Value), $"{name}: image '{p.Name}' has no alt text"));

            var footnotes = doc.MainDocumentPart.FootnotesPart?.Footnotes?.Elements<Footnote>().Where(f => f.Id?.Value > 0).ToList() ?? [];
            Assert.NotEmpty(footnotes);
            Assert.NotEmpty(body.Descendants<FootnoteReference>());

            var captions = body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Caption").Select(p => p.InnerText).ToList();
            Assert.Contains(captions, c => c.StartsWith("Figure "));
            Assert.Contains(captions, c => c.StartsWith("Table "));
            Assert.DoesNotContain(body.Descendants<FieldCode>(), f => f.Text.Contains("SEQ "));

            var tables = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>().ToList();
            Assert.Contains(tables, t => t.Descendants<TableHeader>().Any() && t.Descendants<TableCaption>().Any());

            // Peterborough closes its sections with numbered Recommendations (its own model); the others with Key Insights and Priorities.
            var ownModel = name.StartsWith("peterborough", StringComparison.Ordinal);
            Assert.Contains(body.Descendants<Paragraph>(), p => ownModel ? p.InnerText.EndsWith("Recommendations") : p.InnerText.Contains("Key Insights and Priorities"));
            Assert.Contains(body.Descendants<Paragraph>(), p => p.InnerText.StartsWith(ownModel ? "Recommendation 1" : "Priority 1"));

            var headers = doc.MainDocumentPart.HeaderParts.ToList();
            Assert.NotEmpty(headers);
            Assert.Contains(headers, h => h.Header!.InnerText.Contains("Back to Contents") && h.Header.Descendants<FieldCode>().Any(f => f.Text.Contains("PAGE")));

            Assert.False(string.IsNullOrWhiteSpace(doc.PackageProperties.Title));
            Assert.Equal("en-GB", doc.PackageProperties.Language);
        }
    }

    [Fact]
    public void Every_contents_entry_links_to_a_heading_bookmark_with_a_page_reference()
    {
        foreach (var file in built.Files(".docx"))
        {
            using var doc = WordprocessingDocument.Open(file, false);
            var body = doc.MainDocumentPart!.Document!.Body!;
            var bookmarks = body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();
            var toc = body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "TOC1" or "TOC2" or "TOC3").ToList();
            Assert.NotEmpty(toc);
            foreach (var entry in toc)
            {
                var anchor = entry.Descendants<Hyperlink>().Single().Anchor!.Value!;
                Assert.Contains(anchor, bookmarks);
                Assert.Contains(entry.Descendants<FieldCode>(), f => f.Text.Contains("PAGEREF " + anchor));
            }
        }
    }

    [Fact]
    public void Every_pdf_is_tagged_titled_in_english_with_bookmarks_embedded_fonts_and_true_contents_page_numbers()
    {
        var pdfs = built.Files(".pdf");
        Assert.NotEmpty(pdfs);
        foreach (var pdf in pdfs)
        {
            var facts = PdfInspector.Inspect(pdf);
            var name = Path.GetFileName(pdf);
            Assert.True(facts.Tagged, $"{name} is not tagged");
            Assert.Equal("en-GB", facts.Language);
            Assert.False(string.IsNullOrWhiteSpace(facts.Title));
            Assert.True(facts.AllFontsEmbedded, $"{name}: fonts not embedded: {string.Join(", ", facts.Fonts.Where(f => !f.Embedded).Select(f => f.Name))}");
            Assert.Contains(facts.Outline, o => o.Level == 1);
            Assert.Contains(facts.Outline, o => o.Level == 3);
            var contents = ContentsCheck.Verify(facts);
            Assert.True(contents.Passed, $"{name}: {contents.Describe()}");
        }
    }

    [Fact]
    public void Every_area_has_a_clean_accessibility_report_beside_its_documents()
    {
        foreach (var docx in built.Files(".docx"))
        {
            var report = Path.Combine(Path.GetDirectoryName(docx)!, "accessibility.md");
            Assert.True(File.Exists(report), report);
            Assert.Contains("passed, no problems found", File.ReadAllText(report));
            Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(docx)!, "accessibility.json")));
        }
    }
}
