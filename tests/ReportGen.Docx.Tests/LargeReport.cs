using ReportGen.Documents;

namespace ReportGen.Docx.Tests;

/// <summary>
/// A report the size of the real one: 10 chapters, about 100 headings, 50 distinct PNG charts, 25 tables of
/// 40 rows, 60 footnotes and several hundred paragraphs (around 150-160 pages in Word or LibreOffice).
/// </summary>
internal static class LargeReport
{
    private static readonly Lazy<byte[][]> Charts = new(() =>
        Enumerable.Range(0, 50).Select(i => TestPng.Create(800, 500, 100 + i)).ToArray());

    public static ReportDocument Build(int chapters = 10)
    {
        var blocks = new List<Block>
        {
            new TitlePage("Drug and Alcohol Needs Assessment", "Large test report", "2025", []),
            new TableOfContents(),
            new PageBreak(),
            new ListOfCaptions(CaptionKind.Figure, "List of Figures"),
            new ListOfCaptions(CaptionKind.Table, "List of Tables"),
        };
        int figure = 0, table = 0, footnote = 0;
        for (int c = 1; c <= chapters; c++)
        {
            blocks.Add(new Heading(1, Inlines.Text($"Chapter {c} title")) { Id = $"ch{c}", Number = $"{c}" });
            for (int s = 1; s <= 3; s++)
            {
                blocks.Add(new Heading(2, Inlines.Text($"Section {c}.{s}")) { Id = $"s{c}-{s}", Number = $"{c}.{s}" });
                for (int ss = 1; ss <= 2; ss++)
                {
                    blocks.Add(new Heading(3, Inlines.Text($"Subsection {c}.{s}.{ss}")) { Number = $"{c}.{s}.{ss}" });
                    for (int p = 0; p < 4; p++)
                    {
                        var content = new List<Inline> { new TextRun(string.Concat(Enumerable.Repeat("Treatment services in the county reached more people this year than last, with the largest rises among people using alcohol only. ", 4))) };
                        if (footnote < 60 * c / chapters) { content.Add(new FootnoteReference(Inlines.Text($"Source document {++footnote}. Available at: https://example.org/{footnote}"))); }
                        blocks.Add(new Paragraph(content));
                    }
                }
                if (figure < 5 * c)
                {
                    figure++;
                    blocks.Add(new Figure(Inlines.Text($"Chart number {figure}"), new Image(Charts.Value[figure - 1], 800, 500, 15, 9.4, $"Bar chart {figure}"))
                    { Id = $"f{figure}", Number = $"{c}.{s}{(char)('a' + figure % 5)}", Source = Inlines.Text("NDTMS.") });
                    figure++;
                    blocks.Add(new Figure(Inlines.Text($"Chart number {figure}"), new Image(Charts.Value[figure - 1], 800, 500, 15, 9.4, $"Bar chart {figure}"))
                    { Id = $"f{figure}", Number = $"{c}.{s}{(char)('a' + figure % 5)}", Source = Inlines.Text("NDTMS.") });
                }
                if (table < 25 * c / chapters)
                {
                    table++;
                    blocks.Add(new Table(Inlines.Text($"Table caption {table}"),
                        [new TableRow(new[] { "Area", "Number", "Rate", "Lower CI", "Upper CI" }.Select(h => TableCell.Text(h)).ToList())],
                        Enumerable.Range(0, 40).Select(r => new TableRow([TableCell.Text($"Area {r}"), TableCell.Text($"{r * 13}", CellAlignment.Right),
                            TableCell.Text($"{r * 1.7:0.0}", CellAlignment.Right), TableCell.Text($"{r * 1.5:0.0}", CellAlignment.Right), TableCell.Text($"{r * 1.9:0.0}", CellAlignment.Right)])).ToList())
                    { Id = $"t{table}", Number = $"{c}.{table}", Description = $"Table {table} data", Source = Inlines.Text("OHID.") });
                }
            }
        }
        return new ReportDocument(new DocumentProperties { Title = "Large report" }, blocks);
    }
}
