using System.IO.Compression;
using System.Xml.Linq;
using ReportGen.Documents;

namespace ReportGen.Docx.Tests;

/// <summary>
/// The Word XML of small documents, compared whole with checked-in copies (Golden/*.xml), so any change to what the
/// writer puts in the file shows up as a readable diff in review. When a change is intended, regenerate them:
/// <c>REPORTGEN_UPDATE_GOLDEN=1 dotnet test tests/ReportGen.Docx.Tests --filter GoldenDocx</c> (the run that rewrites
/// them fails, so an update is never silent), then read the diff before committing.
/// </summary>
public sealed class GoldenDocxTests
{
    private static IReadOnlyList<Inline> T(string s) => Inlines.Text(s);

    private static readonly DocumentProperties Properties = new() { Title = "Golden test", Author = "ReportGen tests" };

    private static ReportDocument Headings() => new(Properties,
    [
        new Heading(1, T("Alcohol")) { Id = "sec-alcohol", Number = "5" },
        new Paragraph([new TextRun("Admissions for alcohol-specific conditions, "), new TextRun("per 100,000", TextFormat.Bold), new TextRun(".")]),
        new Heading(2, T("Mortality")) { Id = "sec-mortality", Number = "5.1" },
        new Paragraph([new TextRun("See "), new CrossReference("sec-alcohol") { Kind = CrossReferenceKind.Heading, ResolvedText = "section 5" },
            new TextRun("."), new FootnoteReference(T("OHID (2024). Local Alcohol Profiles for England."))]),
        new ListBlock(true, [[new Paragraph(T("Reduce harm."))], [new Paragraph(T("Widen access."))]]),
        new Paragraph(T("Source: OHID Fingertips."), ParagraphStyle.SourceNote),
    ]);

    private static ReportDocument FigureAndTable() => new(Properties,
    [
        new Heading(1, T("Deaths")) { Id = "sec-deaths", Number = "6" },
        new Figure(T("Deaths from drug misuse, Cambridgeshire and England"),
            new Image(TestPng.Create(60, 40, 1), 60, 40, 8, 5.3, "Line chart of deaths from drug misuse: Cambridgeshire 4.1 per 100,000, England 5.5."))
        {
            Id = "fig-deaths", Number = "6.1", Source = T("ONS."),
            Data = new DataTable(["Area", "Rate"], [["Cambridgeshire", "4.1"], ["England", "5.5"]]),
        },
        new Table(T("Deaths by district"),
            [new TableRow([TableCell.Text("District"), TableCell.Text("Deaths", CellAlignment.Right)])],
            [
                new TableRow([TableCell.Text("Fenland"), TableCell.Text("12", CellAlignment.Right)]),
                new TableRow([TableCell.Text("Total"), TableCell.Text("12", CellAlignment.Right)]) { Emphasis = true },
            ]) { Id = "tab-deaths", Number = "6.1", Source = T("ONS.") },
        new Callout(CalloutKind.KeyInsights, T("Key insights and priorities"), [new Paragraph(T("Deaths are lower than England's."))]),
    ]);

    private static readonly string[] Names = ["headings", "figure-and-table"];

    public static TheoryData<string> Cases => new(Names);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_word_xml_matches_the_golden_copy(string name)
    {
        var document = name == "headings" ? Headings() : FigureAndTable();
        using var stream = new MemoryStream();
        new DocxWriter().Write(document, stream);
        using var zip = new ZipArchive(new MemoryStream(stream.ToArray()), ZipArchiveMode.Read);
        var rewritten = new List<string>();
        foreach (var part in new[] { "word/document.xml", "word/footnotes.xml" })
        {
            var golden = Path.Combine(GoldenFolder(), $"{name}.{Path.GetFileNameWithoutExtension(part)}.xml");
            var entry = zip.GetEntry(part);
            // A document without footnotes has no footnotes part; its golden copy says so by being absent.
            var actual = entry is null ? null : XDocument.Parse(new StreamReader(entry.Open()).ReadToEnd()).ToString();   // indented, for readable diffs
            if (actual is null)
            {
                Assert.False(File.Exists(golden), $"{part} was expected (there is a golden copy {golden}) but the file has none.");
                continue;
            }
            if (Environment.GetEnvironmentVariable("REPORTGEN_UPDATE_GOLDEN") == "1")
            {
                File.WriteAllText(golden, actual + "\n");
                rewritten.Add(golden);
                continue;
            }
            Assert.True(File.Exists(golden), $"No golden copy {golden}: run once with REPORTGEN_UPDATE_GOLDEN=1 and review it.");
            Assert.Equal(File.ReadAllText(golden).TrimEnd('\n'), actual);
        }
        Assert.True(rewritten.Count == 0, $"Rewritten: {string.Join(", ", rewritten)}; check the diff, then run again without REPORTGEN_UPDATE_GOLDEN.");
    }

    [Fact]
    public void Every_golden_copy_belongs_to_a_case()
    {
        var expected = Names.ToHashSet();
        Assert.All(Directory.GetFiles(GoldenFolder(), "*.xml"), f => Assert.Contains(Path.GetFileName(f).Split('.')[0], expected));
        Assert.NotEmpty(Directory.GetFiles(GoldenFolder(), "*.document.xml"));
    }

    private static string GoldenFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln"))) return Path.Combine(dir.FullName, "tests", "ReportGen.Docx.Tests", "Golden");
        throw new InvalidOperationException("ReportGen.sln not found above the test folder.");
    }
}
