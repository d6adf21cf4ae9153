using ReportGen.Cli.Tests.TestSupport;
using ReportGen.Documents;
using ReportGen.Templates.Facts;

namespace ReportGen.Cli.Tests;

/// <summary>
/// A static table's cells are written in the template, so no data rows travel with the table: an illustrative value
/// printed through <c>.cell</c> is marked in its cell, and the table explains the mark, as chart and data tables do.
/// </summary>
public sealed class StaticTableProvenanceTests
{
    private const string Chapter = """
        # Treatment {#treatment}

        ```table
        id: tab-static
        type: static
        caption: "Treatment and deaths, {{ area.name }}"
        columns: ["Measure", "Value"]
        rows:
          - ["Adults in drug treatment", "{{ area.ind.adults_in_drug_treatment.cell }}"]
          - ["Deaths from drug misuse", "{{ area.ind.deaths_drug_misuse.cell }}"]
        source: "NDTMS and OHID Fingertips"
        ```
        """;

    private static (Table Table, IReadOnlyList<string> Cells) Build(string area)
    {
        var result = OneChapterReport.Build(area, Chapter);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Errors));
        var table = Assert.Single(DocumentWalk.Walk(result.Document!).OfType<Table>());
        return (table, table.BodyRows.Select(r => Inlines.ToPlainText(r.Cells[1].Content)).ToList());
    }

    [Fact]
    public void An_illustrative_value_is_marked_in_its_cell_and_the_table_says_what_the_mark_means()
    {
        // North Northamptonshire's latest treatment count is an illustrative row; its drug deaths are published.
        var (table, cells) = Build("north-northamptonshire");

        Assert.EndsWith(Provenance.CellMark, cells[0]);
        Assert.DoesNotContain(Provenance.CellMark, cells[1]);
        Assert.Contains(table.Notes, n => Inlines.ToPlainText(n) == Provenance.CellMarkNote);
    }

    [Fact]
    public void A_table_of_published_values_has_no_mark_and_no_note()
    {
        var (table, cells) = Build("cambridgeshire");

        Assert.All(cells, c => Assert.DoesNotContain(Provenance.CellMark, c));
        Assert.DoesNotContain(table.Notes, n => Inlines.ToPlainText(n) == Provenance.CellMarkNote);
    }
}
