using System.Text.Json;

namespace ReportGen.Html.Tests;

/// <summary>
/// The web edition of every bundled area, opened in headless Chromium: axe-core finds no WCAG 2.2 AA violation,
/// the headings, figures and tables are those of the Word file, every internal link lands, and nothing is
/// requested from outside the page's folder.
/// </summary>
public sealed class BrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public void Axe_core_finds_no_wcag_2_2_aa_violation_in_any_bundled_area()
    {
        var problems = new List<string>();
        foreach (var (area, page) in fixture.All())
            foreach (var v in page.GetProperty("axe").EnumerateArray())
                problems.Add($"{area}: {v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}, {v.GetProperty("nodes").GetInt32()} nodes): "
                    + v.GetProperty("help").GetString() + " e.g. " + string.Join(" | ", v.GetProperty("examples").EnumerateArray().Select(e => e.GetString())));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains("cambridgeshire", fixture.Pages.Keys);
        Assert.Contains("peterborough", fixture.Pages.Keys);
    }

    [Fact]
    public void Headings_one_to_three_are_those_of_the_word_file()
    {
        foreach (var (area, page) in fixture.All())
        {
            var html = page.GetProperty("facts").GetProperty("headings").EnumerateArray()
                .Select(h => $"h{h.GetProperty("level").GetInt32()} {h.GetProperty("text").GetString()}").ToList();
            var docx = BrowserFixture.DocxHeadings(fixture.Docx(area)).Select(h => $"h{h.Level} {h.Text}").ToList();
            Assert.True(docx.Count > 20, $"{area}: the Word file has only {docx.Count} headings");
            Assert.Equal(docx, html);
        }
    }

    [Fact]
    public void Every_numbered_figure_is_a_named_svg_with_a_data_table_and_every_numbered_table_has_header_cells()
    {
        foreach (var (area, page) in fixture.All())
        {
            var facts = page.GetProperty("facts");
            var figures = facts.GetProperty("figures").EnumerateArray().ToList();
            var docxFigures = BrowserFixture.DocxCaptionNumbers(fixture.Docx(area), "Figure");
            Assert.True(docxFigures.Count > 10, $"{area}: the Word file has only {docxFigures.Count} numbered figures");
            Assert.Equal(docxFigures, figures.Select(f => f.GetProperty("number").GetString()).Where(n => n is not null).ToList());
            foreach (var f in figures)
            {
                var name = f.GetProperty("svgName").ValueKind == JsonValueKind.String ? f.GetProperty("svgName").GetString() : null;
                Assert.False(string.IsNullOrWhiteSpace(name), $"{area}: {f.GetProperty("number")} is not an SVG with an accessible name");
                Assert.True(f.GetProperty("dataTableHeaders").GetInt32() > 0, $"{area}: {f.GetProperty("number")} has no data table with column headers");
            }

            var tables = facts.GetProperty("tables").EnumerateArray().ToList();
            var docxTables = BrowserFixture.DocxCaptionNumbers(fixture.Docx(area), "Table");
            Assert.Equal(docxTables, tables.Select(t => t.GetProperty("number").GetString()).Where(n => n is not null).ToList());
            Assert.All(tables, t => Assert.True(t.GetProperty("headerCells").GetInt32() > 0, $"{area}: {t.GetProperty("number")} has no header cells"));
        }
    }

    [Fact]
    public void Every_internal_link_resolves_and_no_id_is_used_twice()
    {
        foreach (var (area, page) in fixture.All())
        {
            var facts = page.GetProperty("facts");
            Assert.True(facts.GetProperty("internalLinks").GetInt32() > 100, $"{area}: too few internal links");
            Assert.Empty(facts.GetProperty("brokenLinks").EnumerateArray().Select(l => area + ": #" + l.GetString()));
            Assert.Empty(facts.GetProperty("duplicateIds").EnumerateArray().Select(l => area + ": " + l.GetString()));
            Assert.True(facts.GetProperty("skipLink").GetBoolean(), area + ": no skip link to the main content");
            Assert.Equal("en-GB", facts.GetProperty("lang").GetString());
            Assert.False(string.IsNullOrWhiteSpace(facts.GetProperty("title").GetString()));
        }
    }

    [Fact]
    public void The_page_requests_nothing_outside_its_folder_and_runs_no_script()
    {
        foreach (var (area, page) in fixture.All())
        {
            Assert.Empty(page.GetProperty("external").EnumerateArray().Select(u => area + ": " + u.GetString()));
            Assert.True(page.GetProperty("requests").GetInt32() >= 2, $"{area}: the page and its stylesheet were not both loaded");
            Assert.Equal(0, page.GetProperty("facts").GetProperty("scripts").GetInt32());
        }
    }

    [Fact]
    public void Narrow_screens_need_no_sideways_scrolling_of_the_whole_page()
    {
        var first = fixture.All().First().Page;
        var shots = first.GetProperty("screenshots").EnumerateArray().ToList();
        Assert.Equal(BrowserFixture.ScreenshotWidths.Length, shots.Count);
        foreach (var shot in shots)
        {
            Assert.True(File.Exists(shot.GetProperty("file").GetString()));
            Assert.True(shot.GetProperty("pageOverflow").GetInt32() <= 0,
                $"at {shot.GetProperty("width").GetInt32()} px the page is {shot.GetProperty("pageOverflow").GetInt32()} px wider than the screen");
        }
    }
}
