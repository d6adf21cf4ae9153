using ReportGen.Documents;

namespace ReportGen.Documents.Tests;

public sealed class DocumentWalkTests
{
    private static Figure Chart(string id) =>
        new(Inlines.Text("Caption " + id), new Image([1, 2, 3], 10, 10, 1, 1, "alt " + id)) { Id = id };

    private static Paragraph Text(string s) => new(Inlines.Text(s));

    private static ReportDocument Sample() => new(new DocumentProperties { Title = "Test" },
    [
        new Heading(1, Inlines.Text("One")),
        Chart("fig-top"),
        new Callout(CalloutKind.Note, Inlines.Text("Box"), [Text("in box"), Chart("fig-boxed")]),
        new ListBlock(false, [[Text("item 1")], [Text("item 2"), Chart("fig-listed")]]),
        new Paragraph([new TextRun("See "), new CrossReference("fig-boxed"), new TextRun(" and "), new CrossReference("fig-listed")]),
    ]);

    [Fact]
    public void Walk_visits_every_block_in_reading_order_including_inside_boxes_and_lists()
    {
        var ids = DocumentWalk.Walk(Sample()).Select(b => b switch
        {
            Heading => "h", Figure f => f.Id!, Callout => "box", ListBlock => "list",
            Paragraph p => Inlines.ToPlainText(p.Content), _ => "?",
        }).ToList();
        Assert.Equal(["h", "fig-top", "box", "in box", "fig-boxed", "list", "item 1", "item 2", "fig-listed", "See fig-boxed and fig-listed"], ids);
    }

    [Fact]
    public void Rewrite_replaces_blocks_at_any_depth_and_keeps_the_rest()
    {
        var document = Sample();
        var rewritten = DocumentWalk.Rewrite(document, b => b is Figure f ? Text("was " + f.Id) : b);

        Assert.Empty(DocumentWalk.Walk(rewritten).OfType<Figure>());
        var texts = DocumentWalk.Walk(rewritten).OfType<Paragraph>().Select(p => Inlines.ToPlainText(p.Content)).ToList();
        Assert.Contains("was fig-top", texts);
        Assert.Contains("was fig-boxed", texts);
        Assert.Contains("was fig-listed", texts);
        Assert.Same(document.Blocks[0], rewritten.Blocks[0]);
    }

    [Fact]
    public void Numbering_counts_figures_inside_boxes_and_lists_and_resolves_references_to_them()
    {
        var (numbered, problems) = DocumentNumbering.Apply(Sample(), CaptionNumbering.Sequential);

        Assert.Empty(problems);
        Assert.Equal(["1", "2", "3"], DocumentWalk.Walk(numbered).OfType<Figure>().Select(f => f.Number!).ToList());
        var references = DocumentWalk.Walk(numbered).OfType<Paragraph>().SelectMany(p => p.Content).OfType<CrossReference>().ToList();
        Assert.Equal(["Figure 2", "Figure 3"], references.Select(r => r.ResolvedText!).ToList());
        Assert.Equal("Figure 2", DocumentNumbering.Targets(numbered)["fig-boxed"]);
    }

    [Fact]
    public void A_reference_to_a_missing_id_is_a_problem_not_an_exception()
    {
        var document = new ReportDocument(new DocumentProperties { Title = "Test" }, [new Paragraph([new CrossReference("nowhere")])]);
        var (_, problems) = DocumentNumbering.Apply(document);
        Assert.Contains(problems, p => p.Message.Contains("nowhere"));
    }
}
