using ReportGen.Data.Diagnostics;
using ReportGen.Templates.References;
using Xunit;

namespace ReportGen.Templates.Tests;

public sealed class CitationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "refs-" + Guid.NewGuid().ToString("N"));

    public CitationTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, Bibliography.FileName), """
            csew:
              publisher: Office for National Statistics
              title: "Drug misuse in England and Wales: year ending March 2024"
              year: 2024
              url: https://www.ons.gov.uk/drugmisuse
            hse:
              publisher: NHS England
              title: Health Survey for England
            """);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (Bibliography, DiagnosticBag) Load()
    {
        var diagnostics = new DiagnosticBag();
        return (Bibliography.Load(_folder, diagnostics), diagnostics);
    }

    [Fact]
    public void A_citation_becomes_a_dated_linked_footnote_and_a_source_line_stays_valid_yaml()
    {
        var (bibliography, diagnostics) = Load();
        var text = "Use rose.[@csew] Drinking fell.[^hse]\n\n```chart\nsource: Survey: [@csew]\n```\n";
        var output = Citations.Resolve(text, "ch.md", bibliography, diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.Contains("Use rose.[^csew]", output);
        Assert.Contains("[^csew]: Office for National Statistics (2024). [Drug misuse in England and Wales: year ending March 2024](<https://www.ons.gov.uk/drugmisuse>).", output);
        Assert.Contains("[^hse]: NHS England (undated). Health Survey for England.", output);
        // The source line keeps the link on the title, as a footnote does; the block handler makes it a real link.
        Assert.Contains("source: \"Survey: Office for National Statistics (2024). [Drug misuse in England and Wales: year ending March 2024](<https://www.ons.gov.uk/drugmisuse>).\"", output);
        Assert.Equal(["csew", "hse"], bibliography.Cited.Select(r => r.Key));
    }

    [Fact]
    public void An_unknown_key_is_an_error_at_its_file_and_line()
    {
        var (bibliography, diagnostics) = Load();
        Citations.Resolve("First line.\nSecond cites [@nope].\nThird [^missing].\n", "chapters/x.md", bibliography, diagnostics);
        var errors = diagnostics.Items.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Code == "REF011" && e.File == "chapters/x.md" && e.Line == 2 && e.Message.Contains("[@nope]"));
        Assert.Contains(errors, e => e.Code == "REF010" && e.Line == 3 && e.Message.Contains("[^missing]"));
    }

    [Fact]
    public void Two_citations_in_a_source_line_read_as_one_list_without_a_stray_full_stop()
    {
        var (bibliography, diagnostics) = Load();
        var output = Citations.Resolve("```chart\nsource: \"[@csew], from the survey; [@hse]\"\n```\n", "ch.md", bibliography, diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.Contains("source: \"Office for National Statistics (2024). [Drug misuse in England and Wales: year ending March 2024](<https://www.ons.gov.uk/drugmisuse>), from the survey; NHS England (undated). Health Survey for England.\"", output);
    }

    [Fact]
    public void A_citation_with_no_key_is_an_error_at_its_line()
    {
        var (bibliography, diagnostics) = Load();
        // What "[@{{ local.school_survey_reference }}]" becomes for an area that does not give the key.
        Citations.Resolve("Intro.\n```chart\nsource: \"[@]\"\n```\n", "chapters/x.md", bibliography, diagnostics);
        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal("REF012", error.Code);
        Assert.Equal(3, error.Line);
        Assert.Contains("Fix:", error.ToString());
    }

    [Fact]
    public void Only_an_entry_without_an_address_whose_note_says_so_is_unpublished()
    {
        File.AppendAllText(Path.Combine(_folder, Bibliography.FileName), """

            stars:
              publisher: Change Grow Live
              title: STARS monitoring data
              note: Unpublished service data
            linked:
              publisher: Somebody
              title: Something
              url: https://example.org/x
              note: Unpublished draft
            """);
        var (bibliography, diagnostics) = Load();
        Assert.Empty(diagnostics.Items);
        Assert.Equal(["stars"], bibliography.Entries.Where(r => r.Unpublished).Select(r => r.Key));
        Assert.Equal("Change Grow Live (undated). STARS monitoring data. Unpublished service data.", bibliography.Find("stars")!.Citation);
    }

    [Fact]
    public void A_note_is_a_sentence_of_its_own_in_footnotes_source_lines_and_the_references_list()
    {
        File.AppendAllText(Path.Combine(_folder, Bibliography.FileName), """

            ndtms:
              publisher: Office for Health Improvement and Disparities
              title: NDTMS local treatment reports
              url: https://www.ndtms.net/
              note: Local treatment data
            """);
        var (bibliography, diagnostics) = Load();
        var output = Citations.Resolve("```chart\nsource: \"[@ndtms]; [@hse]\"\n```\n", "ch.md", bibliography, diagnostics);
        Assert.Contains("[NDTMS local treatment reports](<https://www.ndtms.net/>). Local treatment data; NHS England (undated). Health Survey for England.\"", output);

        var list = new ReferencesBlockHandler(bibliography).Build("", new ReportGen.Documents.TemplateLocation("ch.md", 1), diagnostics)
            .OfType<ReportGen.Documents.ListBlock>().Single();
        var items = list.Items.Select(i => ReportGen.Documents.Inlines.ToPlainText(((ReportGen.Documents.Paragraph)i[0]).Content)).ToList();
        Assert.Empty(diagnostics.Items);
        Assert.Equal(["NHS England (undated). Health Survey for England.",
            "Office for Health Improvement and Disparities (undated). NDTMS local treatment reports. Local treatment data. Address: https://www.ndtms.net/."], items);
    }

    [Fact]
    public void A_bad_year_is_reported_at_the_entry_line()
    {
        File.AppendAllText(Path.Combine(_folder, Bibliography.FileName), "\nbad:\n  publisher: X\n  title: Y\n  year: 24\n");
        var (_, diagnostics) = Load();
        Assert.Contains(diagnostics.Items, d => d.Code == "REF004" && d.Line == 9);
    }

    [Fact]
    public void A_source_line_with_a_cited_reference_prints_the_title_as_a_link()
    {
        var inlines = ReportGen.Documents.Inlines.TextWithLinks(
            "NDTMS: Office for Health Improvement and Disparities (2024). [Adult substance misuse treatment statistics](<https://www.gov.uk/ndtms>). Illustrative values: 2 of 6\\_x.");
        var link = Assert.Single(inlines.OfType<ReportGen.Documents.Hyperlink>());
        Assert.Equal("https://www.gov.uk/ndtms", link.Url);
        Assert.Equal("Adult substance misuse treatment statistics", ReportGen.Documents.Inlines.ToPlainText(link.Content));
        Assert.Equal("NDTMS: Office for Health Improvement and Disparities (2024). Adult substance misuse treatment statistics. Illustrative values: 2 of 6_x.",
            ReportGen.Documents.Inlines.ToPlainText(inlines));
        Assert.Empty(ReportGen.Documents.Inlines.TextWithLinks("Plain [text] (not a link).").OfType<ReportGen.Documents.Hyperlink>());
    }
}
