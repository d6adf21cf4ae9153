using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Hyperlink = DocumentFormat.OpenXml.Wordprocessing.Hyperlink;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using FootnoteReference = DocumentFormat.OpenXml.Wordprocessing.FootnoteReference;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;

namespace ReportGen.Docx.Tests;

/// <summary>Writes the sample report once and checks the Word structure it produces.</summary>
public sealed class DocxWriterTests : IDisposable
{
    private readonly MemoryStream _bytes = new();
    private readonly WordprocessingDocument _doc;
    private readonly Body _body;

    public DocxWriterTests()
    {
        new DocxWriter().Write(SampleReport.Build(), _bytes);
        _bytes.Position = 0;
        _doc = WordprocessingDocument.Open(_bytes, false);
        _body = _doc.MainDocumentPart!.Document.Body!;
    }

    public void Dispose()
    {
        _doc.Dispose();
        _bytes.Dispose();
    }

    private static string StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";

    private IEnumerable<Paragraph> Paragraphs(string style) => _body.Descendants<Paragraph>().Where(p => StyleOf(p) == style);

    private HashSet<string> BookmarkNames() =>
        _doc.MainDocumentPart!.Document.Descendants<BookmarkStart>().Select(b => b.Name!.Value!).ToHashSet();

    /// <summary>The text a reader sees: w:t content outside hidden runs, without field codes.</summary>
    private static string Visible(OpenXmlElement e) => string.Concat(e.Descendants<Text>()
        .Where(t => t.Ancestors<Run>().FirstOrDefault()?.RunProperties?.Vanish is null)
        .Select(t => t.Text));

    private static string FieldCode(OpenXmlElement e) => string.Concat(e.Descendants<FieldCode>().Select(f => f.Text)).Trim();

    [Fact]
    public void Validates_against_Office2019_schema()
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(_doc).ToList();
        Assert.True(errors.Count == 0, "Open XML validation errors:\n" + string.Join("\n",
            errors.Take(30).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void Uses_builtin_heading_styles_with_outline_levels_and_keep_with_next()
    {
        foreach (var id in new[] { "Heading1", "Heading2", "Heading3" })
            Assert.NotEmpty(Paragraphs(id));

        var styles = _doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        for (int level = 1; level <= 3; level++)
        {
            var h = styles["Heading" + level];
            Assert.Equal($"heading {level}", h.StyleName!.Val!.Value);
            Assert.Equal(level - 1, h.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
            Assert.NotNull(h.StyleParagraphProperties.KeepNext);
        }
        foreach (var id in new[] { "Title", "Normal", "Caption", "TOC1", "TOC2", "TOC3", "TOCHeading", "FootnoteText", "FootnoteReference",
                     "Hyperlink", "ListParagraph", "SourceNote", "Lead", "KeyInsightsBox", "KeyInsightsTitle", "TableText", "TableHeading" })
            Assert.True(styles.ContainsKey(id), $"style {id} missing");

        var lang = _doc.MainDocumentPart.StyleDefinitionsPart.Styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!;
        Assert.Equal("en-GB", lang.Val!.Value);
    }

    [Fact]
    public void Heading_text_carries_the_resolved_number()
    {
        var texts = Paragraphs("Heading3").Select(p => p.InnerText).ToList();
        Assert.Contains("2.1.1 Adults", texts);
        Assert.Contains("Acronym Table", Paragraphs("Heading2").Select(p => p.InnerText)); // unnumbered
    }

    [Fact]
    public void Contents_entries_link_to_heading_bookmarks_with_pageref_fields()
    {
        var bookmarks = BookmarkNames();
        Assert.Contains("_Contents", bookmarks);
        var contentsTitle = _body.Descendants<BookmarkStart>().Single(b => b.Name == "_Contents").Parent as Paragraph;
        Assert.Equal("TOCHeading", StyleOf(contentsTitle!));

        var entries = Paragraphs("TOC1").Concat(Paragraphs("TOC2")).Concat(Paragraphs("TOC3")).ToList();
        // Headings of levels 1-3 that are in the contents: 3 + 5 + 3 (the level-4 one is left out).
        Assert.Equal(11, entries.Count);
        Assert.Contains(entries, e => Visible(e) == "2.1.1 Adults1");
        foreach (var entry in entries)
        {
            var link = Assert.Single(entry.Elements<Hyperlink>());
            var anchor = link.Anchor!.Value!;
            Assert.Contains(anchor, bookmarks);
            Assert.Equal($"PAGEREF {anchor} \\h", FieldCode(link));
            Assert.Equal(3, link.Descendants<FieldChar>().Count());
            Assert.NotEmpty(link.Descendants<TabChar>());
            Assert.True(anchor.Length <= 40);
        }
        var toc1 = _doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "TOC1");
        var tab = toc1.StyleParagraphProperties!.Tabs!.Elements<TabStop>().Single();
        Assert.Equal(TabStopValues.Right, tab.Val!.Value);
        Assert.Equal(TabStopLeaderCharValues.Dot, tab.Leader!.Value);
    }

    [Fact]
    public void Every_heading_has_a_unique_legal_bookmark()
    {
        var names = _body.Descendants<BookmarkStart>().Select(b => b.Name!.Value!).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.Matches("^_[A-Za-z0-9_]{1,39}$", n));
        foreach (var h in _body.Descendants<Paragraph>().Where(p => StyleOf(p).StartsWith("Heading")))
            Assert.Single(h.Elements<BookmarkStart>());
        Assert.Contains("_Toc_sec_drugs", names);
        var ids = _body.Descendants<BookmarkStart>().Select(b => b.Id!.Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Lists_of_figures_and_tables_link_to_caption_bookmarks()
    {
        var bookmarks = BookmarkNames();
        var entries = Paragraphs("TableofFigures").ToList();
        Assert.Equal(4, entries.Count); // 2 figures + 2 numbered tables; the acronym table is unnumbered
        Assert.StartsWith("Figure 5.2a. Estimated rate of opiate", Visible(entries[0]));
        Assert.StartsWith("Table 5.4b. Key indicators", Visible(entries[3]));
        foreach (var e in entries)
        {
            var anchor = e.Elements<Hyperlink>().Single().Anchor!.Value!;
            Assert.Contains(anchor, bookmarks);
            Assert.StartsWith("PAGEREF " + anchor, FieldCode(e));
            var target = _body.Descendants<BookmarkStart>().Single(b => b.Name == anchor).Parent as Paragraph;
            Assert.Equal("Caption", StyleOf(target!));
        }
    }

    [Fact]
    public void Running_headers_show_section_title_back_to_contents_link_and_page_field()
    {
        var headers = _doc.MainDocumentPart!.HeaderParts.ToList();
        Assert.NotEmpty(headers);
        foreach (var part in headers)
        {
            var link = part.Header.Descendants<Hyperlink>().Single();
            Assert.Equal("_Contents", link.Anchor!.Value);
            Assert.Equal("Back to Contents", link.InnerText);
            Assert.Equal("PAGE", FieldCode(part.Header));
            Assert.Contains(" | ", part.Header.InnerText);
        }
        var titles = headers.Select(h => h.Header.Descendants<Run>().FirstOrDefault()?.InnerText).ToList();
        Assert.Contains("Drug Use in Cambridgeshire", titles);
        Assert.Contains("Executive Summary", titles);
    }

    [Fact]
    public void Sections_follow_chapters_and_landscape_tables_and_title_page_has_no_header()
    {
        var sections = _body.Descendants<SectionProperties>().ToList();
        // title page + front matter + one per chapter + (landscape + back to portrait) per landscape table
        Assert.Equal(2 + SampleReport.Chapters + 2 * SampleReport.LandscapeTables, sections.Count);
        Assert.Empty(sections[0].Elements<HeaderReference>());
        Assert.All(sections.Skip(1), s => Assert.Single(s.Elements<HeaderReference>()));
        Assert.All(sections, s => Assert.Equal(SectionMarkValues.NextPage, s.GetFirstChild<SectionType>()!.Val!.Value));
        Assert.All(sections, s => Assert.Null(s.GetFirstChild<PageNumberType>()?.Start)); // numbering continues

        var landscape = sections.Where(s => s.GetFirstChild<PageSize>()!.Orient?.Value == PageOrientationValues.Landscape).ToArray();
        Assert.Single(landscape); // SampleReport.LandscapeTables
        var size = landscape[0].GetFirstChild<PageSize>()!;
        Assert.True(size.Width!.Value > size.Height!.Value);
        var portrait = sections[0].GetFirstChild<PageSize>()!;
        Assert.Equal(11906u, portrait.Width!.Value); // A4
        Assert.Equal(16838u, portrait.Height!.Value);

        // Each level-1 heading begins a section: the paragraph before it closes the previous one.
        foreach (var h1 in Paragraphs("Heading1"))
        {
            var previous = h1.PreviousSibling<Paragraph>();
            Assert.NotNull(previous?.ParagraphProperties?.SectionProperties);
        }
    }

    [Fact]
    public void Landscape_section_holds_the_wide_table_only()
    {
        var landscapeEnd = _body.Descendants<SectionProperties>()
            .Single(s => s.GetFirstChild<PageSize>()!.Orient?.Value == PageOrientationValues.Landscape);
        var endParagraph = (Paragraph)landscapeEnd.Parent!.Parent!;
        // walk back to the previous section break: the landscape section's content
        var content = new List<OpenXmlElement>();
        for (var e = endParagraph.PreviousSibling(); e is not null && e.Descendants<SectionProperties>().FirstOrDefault() is null
             && (e as Paragraph)?.ParagraphProperties?.SectionProperties is null; e = e.PreviousSibling())
            content.Insert(0, e);
        var table = Assert.Single(content.OfType<Table>());
        Assert.Contains("Key indicators by district", table.GetFirstChild<TableProperties>()!.TableCaption!.Val!.Value);
        var width = int.Parse(table.GetFirstChild<TableProperties>()!.TableWidth!.Width!.Value!);
        Assert.True(width > 13000, $"landscape table width {width}");
    }

    [Fact]
    public void Footnotes_are_real_with_separators()
    {
        var footnotes = _doc.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<Footnote>().ToList();
        Assert.Equal(FootnoteEndnoteValues.Separator, footnotes.Single(f => f.Id!.Value == -1).Type!.Value);
        Assert.Equal(FootnoteEndnoteValues.ContinuationSeparator, footnotes.Single(f => f.Id!.Value == 0).Type!.Value);
        var notes = footnotes.Where(f => f.Id!.Value > 0).ToList();
        Assert.Equal(4, notes.Count);
        Assert.Equal([1L, 2L, 3L, 4L], notes.Select(n => n.Id!.Value));

        var refs = _body.Descendants<FootnoteReference>().ToList();
        Assert.Equal(notes.Select(n => n.Id!.Value), refs.Select(r => r.Id!.Value));
        Assert.All(refs, r => Assert.Equal("FootnoteReference", ((Run)r.Parent!).RunProperties!.RunStyle!.Val!.Value));
        Assert.All(notes, n => Assert.Equal("FootnoteText", StyleOf(n.GetFirstChild<Paragraph>()!)));

        // A link inside a footnote has its relationship on the footnotes part.
        var link = _doc.MainDocumentPart.FootnotesPart.Footnotes.Descendants<Hyperlink>().Single();
        var rel = _doc.MainDocumentPart.FootnotesPart.HyperlinkRelationships.Single(r => r.Id == link.Id);
        Assert.StartsWith("https://www.gov.uk/", rel.Uri.ToString());
    }

    [Fact]
    public void Figure_caption_holds_its_number_once_with_a_bookmark_and_precedes_the_drawing()
    {
        var drawings = _body.Descendants<Drawing>().ToList();
        Assert.Equal(2, drawings.Count);
        foreach (var drawing in drawings)
        {
            var imageParagraph = drawing.Ancestors<Paragraph>().First();
            var caption = imageParagraph.PreviousSibling<Paragraph>()!;
            Assert.Equal("Caption", StyleOf(caption));
            Assert.StartsWith("Figure 5.2", Visible(caption));
            Assert.Single(caption.Elements<BookmarkStart>());
            // The number is plain text, held once: no SEQ field whose result text tools would read a second time.
            Assert.Empty(caption.Descendants<FieldCode>());
            var number = Visible(caption).Substring(7, 4);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(caption.InnerText, System.Text.RegularExpressions.Regex.Escape(number)));
            Assert.Equal("SourceNote", StyleOf(imageParagraph.NextSibling<Paragraph>()!));
            Assert.StartsWith("Source: NDTMS", imageParagraph.NextSibling<Paragraph>()!.InnerText);
        }
        Assert.Equal("Figure 5.2a. Estimated rate of opiate and crack cocaine use per 1,000 people, Cambridgeshire against England, 2016-17 to 2019-20",
            Visible(drawings[0].Ancestors<Paragraph>().First().PreviousSibling<Paragraph>()!));
    }

    [Fact]
    public void Every_picture_has_alt_text_unique_id_and_correct_size()
    {
        var docPrs = _body.Descendants<DW.DocProperties>().ToList();
        Assert.All(docPrs, d => Assert.False(string.IsNullOrWhiteSpace(d.Description?.Value)));
        Assert.All(docPrs, d => Assert.False(string.IsNullOrWhiteSpace(d.Name?.Value)));
        Assert.Equal(docPrs.Count, docPrs.Select(d => d.Id!.Value).Distinct().Count());
        Assert.StartsWith("Bar chart: OCU prevalence", docPrs[0].Description!.Value);
        Assert.StartsWith("Chart: Figure 5.2b.", docPrs[1].Description!.Value); // empty alt text falls back to the caption

        var extent = _body.Descendants<DW.Extent>().First();
        Assert.Equal(15 * 360000L, extent.Cx!.Value);
        Assert.Equal((long)Math.Round(9.4 * 360000), extent.Cy!.Value);
        Assert.Equal(2, _doc.MainDocumentPart!.ImageParts.Count());
    }

    [Fact]
    public void Figure_data_table_follows_the_source_line_when_requested()
    {
        var dataTable = _body.Elements<Table>().First(t => t.GetFirstChild<TableProperties>()!.TableCaption!.Val!.Value == "Data for Figure 5.2a");
        var rows = dataTable.Elements<TableRow>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(JustificationValues.Right, rows[1].Elements<TableCell>().ElementAt(1).Descendants<Justification>().Single().Val!.Value); // numbers right-aligned
        Assert.Null(rows[1].Elements<TableCell>().First().Descendants<Justification>().FirstOrDefault());
    }

    [Fact]
    public void Tables_have_repeating_headers_alt_text_spans_and_emphasis()
    {
        var tables = _body.Elements<Table>().ToList();
        Assert.All(tables, t =>
        {
            var tblPr = t.GetFirstChild<TableProperties>()!;
            Assert.False(string.IsNullOrWhiteSpace(tblPr.TableCaption?.Val?.Value));
            Assert.False(string.IsNullOrWhiteSpace(tblPr.TableDescription?.Val?.Value));
            Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>());
            Assert.All(t.Elements<TableRow>(), r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        });

        var treatment = tables.Single(t => t.GetFirstChild<TableProperties>()!.TableCaption!.Val!.Value!.StartsWith("Table 5.4a"));
        var rows = treatment.Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.NotNull(rows[1].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Null(rows[2].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(2, rows[0].Descendants<GridSpan>().First().Val!.Value);
        Assert.Equal(5, treatment.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        Assert.All(rows[0].Elements<TableCell>(), c => Assert.NotNull(c.TableCellProperties!.Shading));
        Assert.Equal("TableHeading", StyleOf(rows[0].Descendants<Paragraph>().First()));
        Assert.All(rows[^1].Descendants<Run>(), r => Assert.NotNull(r.RunProperties?.Bold)); // total row
        Assert.Equal(JustificationValues.Right, rows[2].Elements<TableCell>().ElementAt(1).Descendants<Justification>().Single().Val!.Value);
        Assert.StartsWith("Numbers and proportions", treatment.GetFirstChild<TableProperties>()!.TableDescription!.Val!.Value);

        // Caption above the table, its number held once as text; source below.
        var caption = treatment.PreviousSibling<Paragraph>()!;
        Assert.Equal("Caption", StyleOf(caption));
        Assert.Empty(caption.Descendants<FieldCode>());
        Assert.StartsWith("Table 5.4a. Adults in treatment", Visible(caption));
        Assert.StartsWith("Source: NDTMS data.", treatment.NextSibling<Paragraph>()!.InnerText);

        // The unnumbered acronym table has no caption paragraph but keeps its bookmark.
        var acronyms = tables.Single(t => t.GetFirstChild<TableProperties>()!.TableDescription!.Val!.Value!.StartsWith("Acronyms"));
        Assert.Empty(acronyms.PreviousSibling<Paragraph>()!.Descendants<FieldCode>());
        Assert.Contains(acronyms.Descendants<BookmarkStart>(), b => b.Name == "_Tab_tab_acronyms");
    }

    [Fact]
    public void Key_insights_box_is_shaded_paragraphs_not_a_table()
    {
        var title = Paragraphs("KeyInsightsTitle").Single();
        Assert.Equal("Key Insight Summary: Disproportionate Unmet Need", title.InnerText);
        Assert.Null(title.Ancestors<Table>().FirstOrDefault());

        var box = new List<Paragraph>();
        for (var p = title.NextSibling<Paragraph>(); p is not null && StyleOf(p) == "KeyInsightsBox"; p = p.NextSibling<Paragraph>())
            box.Add(p);
        Assert.Equal(8, box.Count); // 3 paragraphs, 4 list items (two nested), the "See also" line
        Assert.Equal(4, box.Count(p => p.ParagraphProperties?.NumberingProperties is not null));
        Assert.Contains(box, p => p.ParagraphProperties!.NumberingProperties?.NumberingLevelReference?.Val?.Value == 1);

        var style = _doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "KeyInsightsBox");
        Assert.NotNull(style.StyleParagraphProperties!.ParagraphBorders!.LeftBorder);
        Assert.NotNull(style.StyleParagraphProperties.Shading?.Fill);
    }

    [Fact]
    public void Lists_use_numbering_definitions_not_typed_bullets()
    {
        var numbering = _doc.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var bulletAbstract = numbering.Elements<AbstractNum>().First();
        Assert.Equal(NumberFormatValues.Bullet, bulletAbstract.Elements<Level>().First().NumberingFormat!.Val!.Value);
        Assert.True(bulletAbstract.Elements<Level>().Count() >= 2);

        var items = Paragraphs("ListParagraph").ToList();
        Assert.All(items, p => Assert.NotNull(p.ParagraphProperties!.NumberingProperties));
        Assert.DoesNotContain(items, p => p.InnerText.StartsWith("•") || p.InnerText.StartsWith("·"));
        Assert.Contains(items, p => p.ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value == 1);

        // Two ordered lists: two w:num instances that restart at 1.
        var orderedNums = items.Where(p => p.InnerText is "Strengthen outreach." or "A second ordered list restarts at one.")
            .Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value).Distinct().ToList();
        Assert.Equal(2, orderedNums.Count);
        Assert.All(orderedNums, id => Assert.NotNull(numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == id)
            .Descendants<StartOverrideNumberingValue>().FirstOrDefault()));
    }

    [Fact]
    public void Cross_references_and_links_point_where_they_should()
    {
        var bookmarks = BookmarkNames();
        var internalLinks = _body.Descendants<Hyperlink>().Where(h => h.Anchor is not null && StyleOf(h.Ancestors<Paragraph>().First()) is not ("TOC1" or "TOC2" or "TOC3" or "TableofFigures")).ToList();
        Assert.Contains(internalLinks, l => l.InnerText == "Figure 5.2a" && l.Anchor == "_Fig_fig_ocu_prevalence");
        Assert.Contains(internalLinks, l => l.InnerText == "section 2.2.1" && l.Anchor == "_Toc_sec_mortality");
        Assert.Contains(internalLinks, l => l.InnerText == "the prevalence section" && l.Anchor == "_Toc_sec_prevalence"); // custom text
        Assert.All(internalLinks, l => Assert.Contains(l.Anchor!.Value!, bookmarks));
        // An unknown target is plain text, not a broken link.
        Assert.DoesNotContain(internalLinks, l => l.InnerText == "an unknown target");
        Assert.Contains(_body.Descendants<Paragraph>(), p => p.InnerText.Contains("and an unknown target."));

        var external = _body.Descendants<Hyperlink>().Single(h => h.Id is not null);
        Assert.Equal("on Cambridgeshire Insight", external.InnerText);
        Assert.Equal("Hyperlink", external.Descendants<RunStyle>().First().Val!.Value);
        var rel = _doc.MainDocumentPart!.HyperlinkRelationships.Single(r => r.Id == external.Id);
        Assert.True(rel.IsExternal);
        Assert.Equal("https://www.cambridgeshireinsight.org.uk/health/", rel.Uri.ToString());
    }

    [Fact]
    public void Text_formats_and_line_breaks_are_kept()
    {
        var p = _body.Descendants<Paragraph>().First(x => x.InnerText.StartsWith("Rates were"));
        Assert.NotEmpty(p.Descendants<Break>());
        Assert.Contains(p.Descendants<Run>(), r => r.RunProperties?.VerticalTextAlignment?.Val?.Value == VerticalPositionValues.Superscript);
        Assert.Contains(_body.Descendants<Run>(), r => r.InnerText == "OCU" && r.RunProperties?.Italic is not null);
        Assert.Single(Paragraphs("Lead"));
    }

    [Fact]
    public void Title_page_comes_first_in_its_own_section()
    {
        var first = _body.Elements<Paragraph>().First();
        Assert.Equal("Title", StyleOf(first));
        Assert.Equal("Drug and Alcohol Needs Assessment", first.InnerText);
        var titleSectionEnd = _body.Elements<Paragraph>().First(p => p.ParagraphProperties?.SectionProperties is not null);
        Assert.Equal("Cambridgeshire County Council", titleSectionEnd.InnerText);
    }

    [Fact]
    public void Redundant_page_breaks_are_dropped()
    {
        // The sample has one manual break (after the contents), which is kept; none precede a chapter.
        var breaks = _body.Descendants<Break>().Where(b => b.Type?.Value == BreakValues.Page).ToList();
        Assert.Single(breaks);
    }

    [Fact]
    public void Package_properties_and_settings_are_set()
    {
        var props = _doc.PackageProperties;
        Assert.Equal("Cambridgeshire Drug and Alcohol Needs Assessment 2024-25", props.Title);
        Assert.Equal("Drug and alcohol needs assessment", props.Subject);
        Assert.Equal("Cambridgeshire County Council Public Health", props.Creator);
        Assert.Equal("drugs; alcohol; needs assessment; Cambridgeshire", props.Keywords);
        Assert.Equal("en-GB", props.Language);
        Assert.StartsWith("Needs assessment of drug", props.Description);

        var settings = _doc.MainDocumentPart!.DocumentSettingsPart!.Settings!;
        Assert.True(settings.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);
        Assert.Equal(RestartNumberValues.Continuous, settings.GetFirstChild<FootnoteDocumentWideProperties>()!.GetFirstChild<NumberingRestart>()!.Val!.Value);
        Assert.Equal("en-GB", settings.GetFirstChild<ThemeFontLanguages>()!.Val!.Value);
        var compat = settings.GetFirstChild<Compatibility>()!.Elements<CompatibilitySetting>().Single();
        Assert.Equal("15", compat.Val!.Value);
    }
}

public sealed class PageReferenceResultsTests
{
    [Fact]
    public void Page_numbers_written_after_the_pdf_pass_replace_the_placeholders_in_list_order()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pagerefs-{Guid.NewGuid():N}.docx");
        try
        {
            new DocxWriter().Write(SampleReport.Build(), path);
            var entries = PageReferenceResults.ReadEntries(path);
            Assert.NotEmpty(entries);
            Assert.Contains(entries, e => e.StartsWith("Figure 5.2a.", StringComparison.Ordinal));
            var pages = entries.Select((_, i) => (int?)(i == 0 ? null : 100 + i)).ToList();
            Assert.Equal(entries.Count - 1, PageReferenceResults.Write(path, pages));

            using var doc = WordprocessingDocument.Open(path, false);
            var results = doc.MainDocumentPart!.Document.Body!.Descendants<Hyperlink>()
                .Where(h => h.Descendants<FieldCode>().Any(f => f.Text.Contains("PAGEREF")))
                .Select(h => h.Elements<Run>().SkipWhile(r => r.GetFirstChild<FieldChar>()?.FieldCharType?.Value != FieldCharValues.Separate)
                    .Skip(1).First().InnerText).ToList();
            Assert.Equal("1", results[0]); // left alone
            Assert.Equal(Enumerable.Range(1, entries.Count - 1).Select(i => (100 + i).ToString()), results.Skip(1));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
