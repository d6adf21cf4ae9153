using ReportGen.Charts;
using ReportGen.Cli.Tests.TestSupport;
using ReportGen.Data.Diagnostics;
using ReportGen.Documents;
using ReportGen.Docx;
using ReportGen.Pipeline;
using ReportGen.Templates;
using ReportGen.Templates.Definitions;

namespace ReportGen.Cli.Tests;

/// <summary>Charts are found at any depth: a chart inside a <c>:::note</c> box builds, is numbered, referenced and written.</summary>
public sealed class ChartInsideBoxTests
{
    [Fact]
    public void A_chart_inside_a_note_box_builds_is_numbered_and_is_written_to_word()
    {
        var result = OneChapterReport.Build("peterborough", """
            # Harms {#harms}

            :::note A chart in a box

            ```chart
            id: fig-boxed
            type: trend
            indicator: deaths_drug_misuse
            caption: "Deaths from drug misuse, {{ area.name }}"
            ```

            :::

            The box holds [](#fig-boxed).
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Errors));
        var box = Assert.Single(result.Document!.Blocks.OfType<Callout>());
        var figure = Assert.Single(box.Content.OfType<Figure>());
        Assert.NotNull(figure.Number);
        var published = Assert.Single(result.Figures);
        Assert.Equal(figure.Number, published.Number);
        var reference = DocumentWalk.Walk(result.Document).OfType<Paragraph>().SelectMany(p => p.Content).OfType<CrossReference>().Single();
        Assert.Equal("Figure " + figure.Number, reference.ResolvedText);

        using var temp = new TempFolder();
        var docx = Path.Combine(temp.Path, "boxed.docx");
        new DocxWriter().Write(result.Document, docx);
        Assert.Contains("Figure " + figure.Number, new DocxText(docx).Text);
    }
}
