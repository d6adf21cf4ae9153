using ReportGen.Documents;

namespace ReportGen.Templates.Tests;

public class NumberingTests
{
    private static Image Img => new([1], 1, 1, 1, 1, "alt");

    [Fact]
    public void Headings_figures_tables_and_priorities_are_numbered_and_references_resolve()
    {
        Block[] blocks =
        [
            new Heading(1, Inlines.Text("Summary")),
            new Paragraph([new TextRun("See "), new CrossReference("fig-b"), new TextRun(" and "), new CrossReference("sec-x"), new TextRun(" and "), new CrossReference("p-2")]),
            new Heading(1, Inlines.Text("Local")),
            new Heading(2, Inlines.Text("Drugs")) { Id = "sec-x" },
            new Figure(Inlines.Text("A"), Img) { Id = "fig-a" },
            new Figure(Inlines.Text("B"), Img) { Id = "fig-b" },
            new Table(Inlines.Text("T"), [], []) { Id = "tab-a" },
            new Paragraph(Inlines.Text("first")) { Id = "p-1", CounterName = "Priority" },
            new Heading(2, Inlines.Text("Alcohol")),
            new Figure(Inlines.Text("C"), Img) { Id = "fig-c" },
            new Callout(CalloutKind.KeyInsights, [], [new Paragraph(Inlines.Text("second")) { Id = "p-2", CounterName = "Priority" }]),
        ];
        var (doc, problems) = DocumentNumbering.Apply(new ReportDocument(new DocumentProperties { Title = "t" }, blocks));
        Assert.Empty(problems);
        var figures = doc.Blocks.OfType<Figure>().Select(f => f.Number).ToList();
        Assert.Equal(["2.1a", "2.1b", "2.2a"], figures);
        Assert.Equal("2.1a", doc.Blocks.OfType<Table>().Single().Number);
        Assert.Equal(["1", "2", "2.1", "2.2"], doc.Blocks.OfType<Heading>().Select(h => h.Number).ToList());
        var refs = ((Paragraph)doc.Blocks[1]).Content.OfType<CrossReference>().Select(c => c.ResolvedText).ToList();
        Assert.Equal(["Figure 2.1b", "section 2.1", "Priority 2"], refs);
    }

    [Fact]
    public void A_reference_to_a_missing_id_is_a_problem_with_its_origin()
    {
        var origin = new TemplateLocation("chapters/x.md", 12);
        var (_, problems) = DocumentNumbering.Apply(new ReportDocument(new DocumentProperties { Title = "t" },
            [new Paragraph([new CrossReference("fig-nope")]) { Origin = origin }]));
        var p = Assert.Single(problems);
        Assert.Contains("fig-nope", p.Message);
        Assert.Equal(origin, p.Origin);
    }

    [Fact]
    public void Sequential_numbering_runs_through_the_document()
    {
        Block[] blocks = [new Heading(1, Inlines.Text("A")), new Figure(Inlines.Text("x"), Img), new Heading(1, Inlines.Text("B")), new Figure(Inlines.Text("y"), Img)];
        var (doc, _) = DocumentNumbering.Apply(new ReportDocument(new DocumentProperties { Title = "t" }, blocks), CaptionNumbering.Sequential);
        Assert.Equal(["1", "2"], doc.Blocks.OfType<Figure>().Select(f => f.Number).ToList());
    }

    [Fact]
    public void Duplicate_ids_are_reported()
    {
        var (_, problems) = DocumentNumbering.Apply(new ReportDocument(new DocumentProperties { Title = "t" },
            [new Heading(1, Inlines.Text("A")) { Id = "same" }, new Heading(1, Inlines.Text("B")) { Id = "same" }]));
        Assert.Contains(problems, p => p.Message.Contains("same"));
    }
}
