using System.Text.RegularExpressions;
using ReportGen.Documents;

namespace ReportGen.Html.Tests;

/// <summary>The page the writer makes from a small numbered document, checked in process.</summary>
public sealed class HtmlWriterTests
{
    private const string Svg = """
        <?xml version="1.0" encoding="utf-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="16cm" height="9cm" viewBox="0 0 454 255">
        <clipPath id="cl_1"><rect width="454" height="255"/></clipPath>
        <g clip-path="url(#cl_1)"><rect fill="white" width="454" height="255"/><text>Drug deaths</text></g>
        </svg>
        """;

    private static ReportDocument Sample(string? notice = null)
    {
        var footnoted = new Paragraph([new TextRun("Deaths rose"), new FootnoteReference(Inlines.Text("ONS, 2024 registrations.")),
            new TextRun(" (see "), new CrossReference("fig-deaths"), new TextRun(" and "), new CrossReference("tab-rates"),
            new TextRun("; "), new CrossReference("pri-1"), new TextRun(").")]);
        var figure = new Figure(Inlines.Text("Deaths from drug misuse"),
            new Image([1, 2, 3], 600, 338, 16, 9, "Line chart of drug deaths, rising from 5 to 7 per 100,000.") { Svg = Svg })
        {
            Id = "fig-deaths", Source = Inlines.Text("ONS"),
            Data = new DataTable(["Period", "Rate"], [["2021", "5.0"], ["2022", "<5"]]),
        };
        var table = new Table(Inlines.Text("Rates"), [new TableRow([TableCell.Text("Area"), TableCell.Text("Rate", CellAlignment.Right)])],
            [new TableRow([TableCell.Text("Peterborough"), TableCell.Text("<5", CellAlignment.Right)]),
             new TableRow([TableCell.Text("England"), TableCell.Text("5.5", CellAlignment.Right)]) { Emphasis = true }])
        { Id = "tab-rates", Source = Inlines.Text("Source: OHID") };
        var insights = new Callout(CalloutKind.KeyInsights, Inlines.Text("Key Insights and Priorities"),
            [new Paragraph(Inlines.Text("Act on deaths.")) { Id = "pri-1", CounterName = "Priority" }]);
        var blocks = new List<Block>
        {
            new TitlePage("Drug and Alcohol Needs Assessment", "Peterborough", "2024-25", []),
            new TableOfContents(),
            new Heading(1, Inlines.Text("Introduction")),
            new Heading(2, Inlines.Text("Deaths")) { Id = "deaths" },
            footnoted, figure, table, insights,
            new Heading(2, Inlines.Text("Glossary")) { Numbered = false },
            new Callout(CalloutKind.KeyFigure, Inlines.Text("Key National Figure"), [new Paragraph(Inlines.Text("4,907 deaths."))]),
        };
        var doc = new ReportDocument(new DocumentProperties { Title = "DANA: Peterborough", DataNotice = notice }, blocks);
        var (numbered, problems) = DocumentNumbering.Apply(doc);
        Assert.Empty(problems);
        return numbered;
    }

    private static string Page(ReportDocument doc) =>
        System.Text.Encoding.UTF8.GetString(new HtmlWriter().Render(doc).Single(f => f.Path == HtmlWriter.PageName).Content);

    [Fact]
    public void Page_has_language_title_skip_link_and_main()
    {
        var html = Page(Sample());
        Assert.Contains("<html lang=\"en-GB\">", html);
        Assert.Contains("<title>DANA: Peterborough</title>", html);
        Assert.Contains("<a class=\"skip-link\" href=\"#main\">", html);
        Assert.Contains("<main id=\"main\"", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void Headings_carry_the_numbers_and_stable_ids_the_numbering_gave_them()
    {
        var html = Page(Sample());
        Assert.Contains("<h1 id=\"section-1\"><span class=\"heading-number\">1</span> Introduction</h1>", html);
        Assert.Contains("<h2 id=\"deaths\"><span class=\"heading-number\">1.1</span> Deaths</h2>", html);
        Assert.Contains("<h2 id=\"section-glossary\">Glossary</h2>", html);
        Assert.Equal(html, Page(Sample())); // same document, same page
    }

    [Fact]
    public void Contents_is_a_nested_navigation_list_of_links_to_the_headings()
    {
        var html = Page(Sample());
        var nav = Regex.Match(html, "<nav class=\"toc\".*?</nav>", RegexOptions.Singleline).Value;
        Assert.Contains("<li><a href=\"#section-1\">1 Introduction</a><ul>\n<li><a href=\"#deaths\">1.1 Deaths</a>", nav);
        Assert.Contains("<a href=\"#section-glossary\">Glossary</a>", nav);
        Assert.Equal(Regex.Matches(nav, "<ul>").Count, Regex.Matches(nav, "</ul>").Count);
        Assert.Equal(Regex.Matches(nav, "<li>").Count, Regex.Matches(nav, "</li>").Count);
    }

    [Fact]
    public void Captions_read_as_in_the_word_file_and_cross_references_link_to_their_targets()
    {
        var doc = Sample();
        var html = Page(doc);
        var figure = doc.Blocks.OfType<Figure>().Single();
        Assert.Equal("Figure 1.1a. Deaths from drug misuse", CaptionLabels.Figure(figure));
        Assert.Contains("<span class=\"caption-number\">Figure 1.1a.</span> Deaths from drug misuse</figcaption>", html);
        Assert.Contains("<span class=\"caption-number\">Table 1.1a.</span> Rates</caption>", html);
        Assert.Contains("<a class=\"xref\" href=\"#fig-deaths\">Figure 1.1a</a>", html);
        Assert.Contains("<a class=\"xref\" href=\"#tab-rates\">Table 1.1a</a>", html);
        Assert.Contains("<a class=\"xref\" href=\"#pri-1\">Priority 1</a>", html);
        foreach (Match m in Regex.Matches(html, "href=\"#([^\"]+)\""))
            Assert.Contains($"id=\"{m.Groups[1].Value}\"", html);
    }

    [Fact]
    public void Charts_are_inline_svg_named_by_their_alt_text_with_the_data_in_a_disclosure()
    {
        var html = Page(Sample());
        Assert.DoesNotContain("<?xml", html);
        Assert.Contains("role=\"img\" aria-label=\"Line chart of drug deaths, rising from 5 to 7 per 100,000.\"", html);
        Assert.Contains("viewBox=\"0 0 454 255\"", html);
        Assert.DoesNotContain("width=\"16cm\"", html);
        // Internal SVG ids are prefixed so two charts cannot clash, numbered in order so a rebuild gives the same
        // page whatever counter the drawing library used, and their references follow.
        Assert.Contains("id=\"c1-i0\"", html);
        Assert.Contains("url(#c1-i0)", html);
        Assert.Equal(InlineSvg.Prepare(Svg, "chart", "c1-"), InlineSvg.Prepare(Svg.Replace("cl_1", "cl_7f"), "chart", "c1-"));
        var details = Regex.Match(html, "<details class=\"chart-data\">.*?</details>", RegexOptions.Singleline).Value;
        Assert.Contains("<summary>Data for Figure 1.1a</summary>", details);
        Assert.Contains("<th scope=\"col\">Period</th>", details);
        Assert.Contains("<th scope=\"row\">2022</th><td>&lt;5</td>", details);
    }

    [Fact]
    public void A_figure_without_svg_gets_its_png_beside_the_page_with_alt_text()
    {
        var doc = Sample();
        var blocks = doc.Blocks.Select(b => b is Figure f ? f with { Image = f.Image with { Svg = null } } : b).ToList();
        var files = new HtmlWriter().Render(doc with { Blocks = blocks });
        var html = System.Text.Encoding.UTF8.GetString(files[0].Content);
        Assert.Contains(files, f => f.Path == "figures/fig-deaths.png" && f.Content.SequenceEqual(new byte[] { 1, 2, 3 }));
        Assert.Contains("<img src=\"figures/fig-deaths.png\" alt=\"Line chart of drug deaths", html);
    }

    [Fact]
    public void Tables_have_caption_column_and_row_headers_and_keep_suppressed_counts_as_written()
    {
        var html = Page(Sample());
        var table = Regex.Match(html, "<table class=\"report-table\".*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("<thead>\n<tr><th scope=\"col\">Area</th><th scope=\"col\" class=\"num\">Rate</th></tr>", table);
        Assert.Contains("<tr><th scope=\"row\">Peterborough</th><td class=\"num\">&lt;5</td></tr>", table);
        Assert.Contains("<tr class=\"emphasis\"><th scope=\"row\">England</th>", table);
        Assert.Contains("<p class=\"source\">Source: OHID</p>", html); // never "Source: Source:"
        Assert.Contains("<p class=\"source\">Source: ONS</p>", html);
    }

    [Fact]
    public void Footnotes_become_numbered_notes_with_links_both_ways()
    {
        var html = Page(Sample());
        Assert.Contains("<sup class=\"footnote-ref\"><a id=\"fnref-1\" href=\"#fn-1\"><span class=\"visually-hidden\">Note </span>1</a></sup>", html);
        Assert.Contains("<li id=\"fn-1\">ONS, 2024 registrations. <a class=\"footnote-back\" href=\"#fnref-1\">", html);
    }

    [Fact]
    public void Key_insights_and_key_figures_are_labelled_sections()
    {
        var html = Page(Sample());
        Assert.Matches("<section class=\"callout key-insights\" aria-labelledby=\"([^\"]+)\">\n<p class=\"callout-title\" id=\"\\1\">Key Insights and Priorities</p>", html);
        Assert.Matches("<section class=\"callout key-figure\" aria-labelledby=\"([^\"]+)\">\n<p class=\"callout-title\" id=\"\\1\">Key National Figure</p>", html);
        Assert.Contains("<p id=\"pri-1\">Act on deaths.</p>", html);
    }

    [Fact]
    public void The_data_notice_is_a_banner_at_the_top_and_in_the_print_footer_only_when_set()
    {
        const string notice = "Some figures in this report are illustrative and are not published statistics.";
        var html = Page(Sample(notice));
        var banner = html.IndexOf("class=\"data-notice\"", StringComparison.Ordinal);
        Assert.True(banner > 0 && banner < html.IndexOf("<main", StringComparison.Ordinal), "the notice comes before the main content");
        Assert.Contains("<p>" + notice + "</p>", html[banner..]);
        Assert.Contains("<footer class=\"print-footer\" aria-hidden=\"true\"><p>" + notice + "</p></footer>", html);

        var plain = Page(Sample());
        Assert.DoesNotContain("data-notice\"", plain);
        Assert.DoesNotContain("print-footer\"", plain);
    }

    [Fact]
    public void The_page_asks_for_nothing_outside_its_folder()
    {
        var files = new HtmlWriter().Render(Sample());
        var html = System.Text.Encoding.UTF8.GetString(files[0].Content);
        foreach (Match m in Regex.Matches(html, "(?:src|href)=\"([^\"#][^\"]*)\""))
            Assert.True(!m.Groups[1].Value.Contains(':'), "the page loads " + m.Groups[1].Value);
        var css = System.Text.Encoding.UTF8.GetString(files.Single(f => f.Path == HtmlWriter.StyleSheetName).Content);
        Assert.DoesNotContain("url(", css);
        Assert.DoesNotContain("@import", css);
        Assert.DoesNotContain("@font-face", css);
    }

    [Fact]
    public void Stylesheet_uses_the_house_colours_and_fonts_and_darkens_text_colours_that_fail_contrast()
    {
        var style = HousePalette.Default with { BodyFont = "Verdana", AccentColor = "66CCCC", LinkColor = "005EA5" };
        var css = System.Text.Encoding.UTF8.GetString(new HtmlWriter(style).Render(Sample()).Single(f => f.Path == HtmlWriter.StyleSheetName).Content);
        Assert.Contains("font-family: \"Verdana\", \"Liberation Sans\"", css);
        Assert.Contains("color: #005ea5", css);
        Assert.DoesNotContain("#66cccc;", css.Replace("border", "")); // pale teal text would fail 4.5:1 on white
        var h2 = Regex.Match(css, "h2 \\{[^}]*color: (#[0-9a-f]{6})").Groups[1].Value;
        Assert.True(Colour.Contrast(Colour.Parse(h2), Colour.White) >= 4.5, h2);
        Assert.Contains("@media print", css);
        Assert.Contains("@media (max-width: 30em)", css);
    }

    [Fact]
    public void Writing_puts_the_page_and_its_stylesheet_in_the_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rg-html-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var written = new HtmlWriter().Write(Sample(), folder);
            Assert.Equal(["index.html", "style.css"], written);
            Assert.True(File.Exists(Path.Combine(folder, "index.html")));
            Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
        }
        finally { if (Directory.Exists(folder)) Directory.Delete(folder, true); }
    }

    [Fact]
    public void The_html_writer_knows_only_the_document_model()
    {
        var referenced = typeof(HtmlWriter).Assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("ReportGen")).ToList();
        Assert.Equal(["ReportGen.Documents"], referenced);
    }
}
