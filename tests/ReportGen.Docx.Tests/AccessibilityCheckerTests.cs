using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Accessibility;
using ReportGen.Documents;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Hyperlink = ReportGen.Documents.Hyperlink;
using Paragraph = ReportGen.Documents.Paragraph;
using Table = ReportGen.Documents.Table;
using TableCell = ReportGen.Documents.TableCell;
using TableRow = ReportGen.Documents.TableRow;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace ReportGen.Docx.Tests;

/// <summary>
/// The accessibility checker: the sample report is clean, and a small report broken in one way at a time
/// (edited after writing, as a person might in Word) gives the matching finding.
/// </summary>
public sealed class AccessibilityCheckerTests
{
    /// <summary>A short, clean report with one of everything the rules look at.</summary>
    private static ReportDocument Small(string title = "Small report", string? linkText = "OHID Fingertips profiles", string language = "en-GB") =>
        new(new DocumentProperties { Title = title, Language = language },
        [
            new Heading(1, Inlines.Text("Drug use")) { Number = "1", Id = "sec-drugs" },
            new Paragraph([new TextRun("Rates are published on "),
                new Hyperlink("https://fingertips.phe.org.uk/", linkText is null ? [] : Inlines.Text(linkText)), new TextRun(" every year.")]),
            new Heading(2, Inlines.Text("Prevalence")) { Number = "1.1" },
            new Figure(Inlines.Text("OCU prevalence"), new Image(TestPng.Create(120, 80, 3), 120, 80, 8, 5.3,
                "Bar chart: prevalence in the area was lower than England in both years.")) { Number = "1.1a" },
            new Table(Inlines.Text("Adults in treatment"),
                [new TableRow([TableCell.Text("Group"), TableCell.Text("Number")])],
                [new TableRow([TableCell.Text("Opiates"), TableCell.Text("412")]),
                 new TableRow([TableCell.Text("Total"), TableCell.Text("412")]) { Emphasis = true }])
            { Number = "1.1a", Description = "Adults in treatment by substance group." },
            new Heading(3, Inlines.Text("Adults")) { Number = "1.1.1" },
            new Callout(CalloutKind.KeyInsights, Inlines.Text("Key insights"), [new Paragraph(Inlines.Text("Half of people who need treatment are not in it."))]),
        ]);

    private static byte[] Write(ReportDocument doc, DocxStyle? style = null)
    {
        using var ms = new MemoryStream();
        new DocxWriter(style).Write(doc, ms);
        return ms.ToArray();
    }

    private static AccessibilityReport Check(byte[] docx, AccessibilityCheckOptions? options = null) =>
        DocxAccessibilityChecker.Check(new MemoryStream(docx), "test.docx", options);

    /// <summary>Writes the small report, lets the test edit the package, and checks the result.</summary>
    private static AccessibilityReport Tampered(Action<WordprocessingDocument> edit, ReportDocument? doc = null, AccessibilityCheckOptions? options = null)
    {
        var ms = new MemoryStream();
        ms.Write(Write(doc ?? Small()));
        using (var word = WordprocessingDocument.Open(ms, true))
        {
            edit(word);
            word.MainDocumentPart!.Document.Save();
        }
        return Check(ms.ToArray(), options);
    }

    private static Body BodyOf(WordprocessingDocument word) => word.MainDocumentPart!.Document.Body!;

    private static IEnumerable<WParagraph> Styled(WordprocessingDocument word, string styleId) =>
        BodyOf(word).Descendants<WParagraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == styleId);

    private static AccessibilityFinding Only(AccessibilityReport report, string rule)
    {
        var matching = report.Findings.Where(f => f.RuleId == rule).ToList();
        Assert.True(matching.Count == 1, $"expected one {rule} finding:\n{report.ToMarkdown()}");
        Assert.True(report.Findings.Count == 1, $"expected only {rule}:\n{report.ToMarkdown()}");
        return matching[0];
    }

    [Fact]
    public void Sample_report_and_small_report_are_clean()
    {
        var sample = Check(Write(SampleReport.Build()));
        Assert.True(sample.IsClean, sample.ToMarkdown());
        var small = Check(Write(Small()));
        Assert.True(small.IsClean, small.ToMarkdown());
        Assert.False(small.HasErrors);
        Assert.Contains("passed, no problems found", small.ToMarkdown());
    }

    [Fact]
    public void Image_without_alt_text_is_an_error_naming_the_image()
    {
        var report = Tampered(w => BodyOf(w).Descendants<DW.DocProperties>().Single().Description = null);
        var f = Only(report, AccessibilityRules.ImageAltMissing);
        Assert.Equal(FindingSeverity.Error, f.Severity);
        Assert.Contains("Figure 1.1a", f.Location);
        Assert.Matches(@"\.png", f.Location);
        Assert.True(report.HasErrors);
    }

    [Fact]
    public void Decorative_image_needs_no_alt_text()
    {
        var report = Tampered(w =>
        {
            var docPr = BodyOf(w).Descendants<DW.DocProperties>().Single();
            docPr.Description = null;
            // Word's "Mark as decorative": adec:decorative val="1" in the docPr extension list.
            var decorative = new OpenXmlUnknownElement("adec", "decorative", "http://schemas.microsoft.com/office/drawing/2017/decorative");
            decorative.SetAttribute(new OpenXmlAttribute("val", "", "1"));
            docPr.Append(new DocumentFormat.OpenXml.Drawing.NonVisualDrawingPropertiesExtensionList(
                new DocumentFormat.OpenXml.Drawing.NonVisualDrawingPropertiesExtension(decorative) { Uri = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}" }));
        });
        Assert.True(report.IsClean, report.ToMarkdown());
    }

    [Theory]
    [InlineData("chart_5-2a.png")]
    [InlineData("C:\\Users\\me\\Pictures\\chart.PNG")]
    [InlineData("Picture 3")]
    [InlineData("Figure 1.1a")] // the object's own name
    public void Alt_text_that_is_a_file_or_object_name_is_an_error(string alt)
    {
        var report = Tampered(w => BodyOf(w).Descendants<DW.DocProperties>().Single().Description = alt);
        Assert.Equal(FindingSeverity.Error, Only(report, AccessibilityRules.ImageAltFileName).Severity);
    }

    [Fact]
    public void Very_short_alt_text_is_a_warning()
    {
        var report = Tampered(w => BodyOf(w).Descendants<DW.DocProperties>().Single().Description = "A chart");
        var f = Only(report, AccessibilityRules.ImageAltTooShort);
        Assert.Equal(FindingSeverity.Warning, f.Severity);
        Assert.False(report.HasErrors);
        var lenient = Tampered(w => BodyOf(w).Descendants<DW.DocProperties>().Single().Description = "A chart",
            options: new AccessibilityCheckOptions { MinimumAltTextLength = 5 });
        Assert.True(lenient.IsClean);
    }

    [Fact]
    public void Table_without_header_row_is_an_error()
    {
        var report = Tampered(w =>
        {
            foreach (var header in BodyOf(w).Descendants<TableHeader>().ToList()) header.Remove();
        });
        var f = Only(report, AccessibilityRules.TableHeaderMissing);
        Assert.Contains("Adults in treatment", f.Location);
        Assert.Equal(DocxStyleIds.ReportTable, f.Style);
    }

    [Fact]
    public void Table_without_alt_text_is_an_error_and_half_alt_text_a_warning()
    {
        var none = Tampered(w =>
        {
            var tblPr = BodyOf(w).Descendants<WTable>().Single().GetFirstChild<TableProperties>()!;
            tblPr.TableCaption = null;
            tblPr.TableDescription = null;
        });
        var f = Only(none, AccessibilityRules.TableAltMissing);
        Assert.Contains("Table 1.1a", f.Location); // falls back on the caption paragraph above

        var half = Tampered(w => BodyOf(w).Descendants<WTable>().Single().GetFirstChild<TableProperties>()!.TableDescription = null);
        Assert.Equal(FindingSeverity.Warning, Only(half, AccessibilityRules.TableAltIncomplete).Severity);
    }

    [Fact]
    public void Skipped_heading_level_is_an_error()
    {
        var report = Tampered(w => Styled(w, "Heading2").Single().ParagraphProperties!.ParagraphStyleId!.Val = "Heading3");
        var f = Only(report, AccessibilityRules.HeadingLevelSkipped);
        Assert.Contains("Heading 3 follows Heading 1", f.Message);
        Assert.Contains("Prevalence", f.Location);
    }

    [Fact]
    public void Direct_outline_level_counts_as_a_heading()
    {
        var report = Tampered(w =>
        {
            var p = BodyOf(w).Descendants<WParagraph>().First(x => x.InnerText.StartsWith("Rates are published"));
            p.ParagraphProperties!.Append(new OutlineLevel { Val = 3 }); // looks like Heading 4 after Heading 1
        });
        Assert.Contains("Heading 4 follows Heading 1", Only(report, AccessibilityRules.HeadingLevelSkipped).Message);
    }

    [Fact]
    public void Empty_heading_is_an_error()
    {
        var report = Tampered(w =>
        {
            foreach (var text in Styled(w, "Heading3").Single().Descendants<Text>()) text.Text = "";
        });
        var f = Only(report, AccessibilityRules.HeadingEmpty);
        Assert.Equal("Heading3", f.Style);
        Assert.Contains("Prevalence", f.Location);
    }

    [Fact]
    public void Document_without_headings_is_an_error()
    {
        var doc = new ReportDocument(new DocumentProperties { Title = "No headings" }, [new Paragraph(Inlines.Text("Just text."))]);
        Only(Check(Write(doc)), AccessibilityRules.HeadingsMissing);
    }

    [Fact]
    public void Missing_title_is_an_error()
    {
        Only(Check(Write(Small(title: ""))), AccessibilityRules.DocumentTitleMissing);
    }

    [Fact]
    public void Missing_language_is_an_error_and_missing_language_property_a_warning()
    {
        var report = Tampered(w =>
        {
            var styles = w.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
            styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages = null;
            styles.Save();
        });
        Assert.Equal(FindingSeverity.Error, Only(report, AccessibilityRules.DocumentLanguageMissing).Severity);

        var property = Check(Write(Small(language: "")));
        Assert.Equal(FindingSeverity.Warning, Only(property, AccessibilityRules.DocumentLanguagePropertyMissing).Severity);
    }

    [Theory]
    [InlineData("https://fingertips.phe.org.uk/", AccessibilityRules.LinkTextIsUrl)]
    [InlineData("www.gov.uk/alcohol", AccessibilityRules.LinkTextIsUrl)]
    [InlineData("click here", AccessibilityRules.LinkTextVague)]
    [InlineData("Here.", AccessibilityRules.LinkTextVague)]
    [InlineData("read more", AccessibilityRules.LinkTextVague)]
    public void Link_text_that_does_not_say_where_it_goes_is_reported(string text, string rule)
    {
        var report = Check(Write(Small(linkText: text)));
        var f = Only(report, rule);
        Assert.Equal(FindingSeverity.Warning, f.Severity);
        Assert.Contains("fingertips.phe.org.uk", f.Location);
    }

    [Fact]
    public void Link_with_no_text_is_an_error()
    {
        var report = Tampered(w =>
        {
            foreach (var text in BodyOf(w).Descendants<DocumentFormat.OpenXml.Wordprocessing.Hyperlink>().Single().Descendants<Text>()) text.Text = "";
        });
        Only(report, AccessibilityRules.LinkTextEmpty);
    }

    [Fact]
    public void Link_without_underline_is_a_colour_only_signal()
    {
        var report = Tampered(w =>
        {
            var styles = w.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
            styles.Elements<Style>().Single(s => s.StyleId == DocxStyleIds.Hyperlink).StyleRunProperties!.Underline = null;
            styles.Save();
        });
        var f = Only(report, AccessibilityRules.LinkColourOnly);
        Assert.Equal(DocxStyleIds.Hyperlink, f.Style);
        Assert.Contains("OHID Fingertips profiles", f.Location);
    }

    [Fact]
    public void Words_marked_out_only_by_colour_are_reported()
    {
        var report = Tampered(w =>
        {
            var p = BodyOf(w).Descendants<WParagraph>().First(x => x.InnerText.StartsWith("Rates are published"));
            var run = p.Elements<Run>().Last();
            run.RunProperties = new RunProperties(new Color { Val = "B00020" });
        });
        var f = Only(report, AccessibilityRules.ColourOnlyEmphasis);
        Assert.Contains("every year", f.Location);
        Assert.Contains("B00020", f.Message);

        // The same colour with bold as well is not colour alone.
        var bold = Tampered(w =>
        {
            var p = BodyOf(w).Descendants<WParagraph>().First(x => x.InnerText.StartsWith("Rates are published"));
            p.Elements<Run>().Last().RunProperties = new RunProperties(new Bold(), new Color { Val = "B00020" });
        });
        Assert.True(bold.IsClean, bold.ToMarkdown());
    }

    [Fact]
    public void Shaded_empty_cell_is_a_colour_only_signal()
    {
        var report = Tampered(w =>
        {
            var cell = BodyOf(w).Descendants<WTable>().Single().Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ElementAt(1)
                .Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Last();
            foreach (var text in cell.Descendants<Text>()) text.Text = "";
            cell.TableCellProperties!.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D7301F" });
        });
        var f = Only(report, AccessibilityRules.ColourOnlyCell);
        Assert.Contains("D7301F", f.Message);
    }

    [Fact]
    public void Low_contrast_run_colour_is_an_error_with_a_passing_suggestion()
    {
        var report = Tampered(w =>
        {
            var p = BodyOf(w).Descendants<WParagraph>().First(x => x.InnerText.StartsWith("Rates are published"));
            foreach (var run in p.Elements<Run>()) run.RunProperties = new RunProperties(new Color { Val = "AAAAAA" });
        });
        var f = Only(report, AccessibilityRules.TextContrast);
        Assert.Equal(FindingSeverity.Error, f.Severity);
        Assert.Contains("#AAAAAA on #FFFFFF", f.Message);
        Assert.Contains("direct colour", f.Location);
        Assert.Equal(2, f.Occurrences); // the two runs outside the link are one finding
        var suggested = System.Text.RegularExpressions.Regex.Match(f.Fix, "#([0-9A-F]{6})").Groups[1].Value;
        Assert.True(DocxStyle.ContrastRatio(suggested, "FFFFFF") >= 4.5, f.Fix);
    }

    [Fact]
    public void Low_contrast_on_box_and_table_header_shading_is_an_error()
    {
        var style = DocxStyle.Default with { Palette = HousePalette.Default with { KeyInsightsFill = "5C5C5C", TableHeaderFill = "C8D8E8" } };
        var report = Check(Write(Small(), style));
        Assert.Contains(report.Findings, f => f.RuleId == AccessibilityRules.TextContrast && f.Style == DocxStyleIds.KeyInsightsBox && f.Message.Contains("on #5C5C5C"));
        Assert.Contains(report.Findings, f => f.RuleId == AccessibilityRules.TextContrast && f.Style == DocxStyleIds.KeyInsightsTitle);
        var header = Assert.Single(report.Findings, f => f.Style == DocxStyleIds.TableHeading);
        Assert.Contains("#FFFFFF on #C8D8E8", header.Message);
        Assert.Contains("Group", header.Location);
        Assert.True(report.Findings.All(f => f.RuleId == AccessibilityRules.TextContrast), report.ToMarkdown());
    }

    [Fact]
    public void Large_text_threshold_can_follow_wcag()
    {
        var style = DocxStyle.Default with { Palette = HousePalette.Default with { PrimaryColor = "6F7F99" } }; // about 4.1:1 on white: fine for 20pt headings under WCAG
        var strict = Check(Write(Small(), style));
        Assert.Contains(strict.Findings, f => f.Style == "Heading1");
        var wcag = Check(Write(Small(), style), new AccessibilityCheckOptions { MinimumLargeTextContrast = 3 });
        Assert.DoesNotContain(wcag.Findings, f => f.Style == "Heading1");
        Assert.Contains(wcag.Findings, f => f.Style == "Heading3"); // 13pt bold is not large
    }

    [Fact]
    public void Low_contrast_chart_colours_from_the_caller_are_errors()
    {
        var options = new AccessibilityCheckOptions
        {
            ChartColours = [new ChartColourContrast("FocusColor", 7.2, 4.5), new ChartColourContrast("SimilarColor", 1.6, 4.5), new ChartColourContrast("AxisColor", 2.5, 3)],
        };
        var report = Check(Write(Small()), options);
        Assert.Equal(["SimilarColor", "AxisColor"], report.Findings.Select(f => f.Style));
        Assert.All(report.Findings, f => Assert.Equal(AccessibilityRules.ChartColourContrast, f.RuleId));
        Assert.Contains("1.60:1", report.Findings[0].Message);
    }

    [Fact]
    public void Disabled_rules_are_not_reported()
    {
        var report = Check(Write(Small(title: "", linkText: "here")),
            new AccessibilityCheckOptions { DisabledRules = [AccessibilityRules.DocumentTitleMissing] });
        Only(report, AccessibilityRules.LinkTextVague);
    }

    [Fact]
    public void Report_is_written_as_markdown_and_json_errors_first()
    {
        var report = Check(Write(Small(title: "", linkText: "click here")));
        Assert.Equal(2, report.Findings.Count);
        Assert.Equal(FindingSeverity.Error, report.Findings[0].Severity);

        var md = report.ToMarkdown();
        Assert.StartsWith("# Accessibility report: test.docx", md);
        Assert.Contains("**Result:** failed, 1 error, 1 warning.", md);
        Assert.Contains("| 1 | Error | `document-title-missing` |", md);
        Assert.Contains("| 2 | Warning | `link-text-vague` |", md);

        using var json = JsonDocument.Parse(report.ToJson());
        var root = json.RootElement;
        Assert.Equal("test.docx", root.GetProperty("document").GetString());
        Assert.False(root.GetProperty("passed").GetBoolean());
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        Assert.Equal(1, root.GetProperty("warnings").GetInt32());
        var first = root.GetProperty("findings")[0];
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("document-title-missing", first.GetProperty("rule").GetString());
        foreach (var name in new[] { "message", "location", "fix", "occurrences" })
            Assert.True(first.TryGetProperty(name, out _), name);
    }

    [Fact]
    public void Markdown_table_survives_pipes_and_line_breaks_and_counts_repeats()
    {
        var report = new AccessibilityReport("a|b.docx",
            [new AccessibilityFinding(FindingSeverity.Warning, "some-rule", "x | y", "line one\nline two", "fix") { Occurrences = 3 }]);
        var md = report.ToMarkdown();
        Assert.Contains("a\\|b.docx", md);
        Assert.Contains("| x \\| y |", md);
        Assert.Contains("line one line two (and 2 more)", md);
        Assert.Contains("passed with warnings, 0 errors, 1 warning", md);
        Assert.False(report.HasErrors);
        Assert.Contains("\"occurrences\": 3", report.ToJson());
    }

    [Fact]
    public void Checks_a_file_on_disk_and_rejects_what_is_not_a_document()
    {
        var dir = Path.Combine(Path.GetTempPath(), "docx-a11y-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var path = Path.Combine(dir, "report.docx");
            new DocxWriter().Write(Small(), path);
            var report = DocxAccessibilityChecker.Check(path);
            Assert.Equal("report.docx", report.Document);
            Assert.True(report.IsClean);

            var junk = Path.Combine(dir, "junk.docx");
            File.WriteAllText(junk, "plain text");
            Assert.Throws<InvalidDataException>(() => DocxAccessibilityChecker.Check(junk));
            Assert.Throws<FileNotFoundException>(() => DocxAccessibilityChecker.Check(Path.Combine(dir, "missing.docx")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Checking_the_package_as_it_is_written_finds_what_checking_the_written_file_finds()
    {
        // The build checks the Word file on the package it has just built instead of reading the file back.
        var documents = new[]
        {
            Small(),
            Small(title: ""),
            Small(language: ""),
            Small(title: "", linkText: "click here"),
            Small(linkText: null),
        };
        var options = new AccessibilityCheckOptions { ChartColours = [new ChartColourContrast("FocusColor", 7.2, 4.5), new ChartColourContrast("SimilarColor", 1.6, 4.5)] };
        var withFindings = 0;
        foreach (var doc in documents)
        {
            using var file = new MemoryStream();
            var asBuilt = new DocxWriter().Write(doc, file, options, "test.docx");
            Assert.NotNull(asBuilt);
            var fromFile = DocxAccessibilityChecker.Check(new MemoryStream(file.ToArray()), "test.docx", options);
            Assert.Equal(fromFile.ToJson(), asBuilt.ToJson());
            Assert.Equal(fromFile.ToMarkdown(), asBuilt.ToMarkdown());
            if (!fromFile.IsClean) withFindings++;
        }
        // Every document has at least the chart colour finding; four have findings of their own as well.
        Assert.Equal(documents.Length, withFindings);
    }
}
