using ReportGen.Documents;

namespace ReportGen.Docx.Tests;

/// <summary>
/// A small but representative needs assessment in the document model: cover, contents, lists of figures and
/// tables, three heading levels, footnotes, cross-references, links, lists, a figure, a two-row-header table,
/// a landscape table, call-outs and an unnumbered appendix table. Numbers are filled in as numbering would.
/// </summary>
internal static class SampleReport
{
    public const int Chapters = 3;
    public const int LandscapeTables = 1;

    private static IReadOnlyList<Inline> T(string s) => Inlines.Text(s);

    private static Paragraph P(params Inline[] content) => new(content);

    private static Paragraph Filler(int n) => P(new TextRun(
        $"Paragraph {n}. People who use substances in Cambridgeshire are supported by a range of services. " +
        "This assessment brings together national and local data on prevalence, treatment and outcomes, and sets " +
        "them alongside what people with lived experience told us. Figures are rounded to one decimal place."));

    public static ReportDocument Build(int fillerPerSection = 3)
    {
        var png = TestPng.Create(480, 300, 1);
        int filler = 0;
        IEnumerable<Block> Fill() => Enumerable.Range(0, fillerPerSection).Select(_ => (Block)Filler(++filler));

        var figure = new Figure(T("Estimated rate of opiate and crack cocaine use per 1,000 people, Cambridgeshire against England, 2016-17 to 2019-20"),
            new Image(png, 480, 300, 15, 9.4, "Bar chart: OCU prevalence per 1,000 in Cambridgeshire was lower than England for opiates and crack in both years."))
        {
            Id = "fig-ocu-prevalence",
            Number = "5.2a",
            Source = T("NDTMS."),
            Notes = [T("Note: rates are per 1,000 population aged 15-64.")],
            Data = new DataTable(["Group", "Cambridgeshire", "England"], [["Opiates only", "4.1", "7.4"], ["Crack only", "2.0", "4.6"]]),
            ShowDataTable = true,
        };
        var figure2 = new Figure(T("Predicted increase in OCU due to population growth in Cambridgeshire."),
            new Image(TestPng.Create(400, 240, 2), 400, 240, 12, 7.2, ""))
        {
            Id = "fig-ocu-growth",
            Number = "5.2b",
            Source = T("Source: NDTMS data, population estimates from ONS."),
        };

        var twoHeaderTable = new Table(T("Adults in treatment by substance group, Cambridgeshire and England, year ending March 2024"),
            [
                new TableRow([new TableCell(T("Substance group")), new TableCell(T("Cambridgeshire")) { ColumnSpan = 2, Alignment = CellAlignment.Center }, new TableCell(T("England")) { ColumnSpan = 2, Alignment = CellAlignment.Center }]),
                new TableRow([new TableCell(T("")), TableCell.Text("Number", CellAlignment.Right), TableCell.Text("Proportion", CellAlignment.Right), TableCell.Text("Number", CellAlignment.Right), TableCell.Text("Proportion", CellAlignment.Right)]),
            ],
            [
                new TableRow([TableCell.Text("Opiates only"), TableCell.Text("412", CellAlignment.Right), TableCell.Text("18.2%", CellAlignment.Right), TableCell.Text("52,110", CellAlignment.Right), TableCell.Text("17.0%", CellAlignment.Right)]),
                new TableRow([TableCell.Text("Opiates and crack"), TableCell.Text("655", CellAlignment.Right), TableCell.Text("28.9%", CellAlignment.Right), TableCell.Text("88,402", CellAlignment.Right), TableCell.Text("28.8%", CellAlignment.Right)]),
                new TableRow([TableCell.Text("Alcohol only"), TableCell.Text("903", CellAlignment.Right), TableCell.Text("39.8%", CellAlignment.Right), TableCell.Text("92,873", CellAlignment.Right), TableCell.Text("30.3%", CellAlignment.Right)]),
                new TableRow([TableCell.Text("Total"), TableCell.Text("2,267", CellAlignment.Right), TableCell.Text("100%", CellAlignment.Right), TableCell.Text("306,704", CellAlignment.Right), TableCell.Text("100%", CellAlignment.Right)]) { Emphasis = true },
            ])
        {
            Id = "tab-treatment",
            Number = "5.4a",
            Description = "Numbers and proportions of adults in treatment by substance group; Cambridgeshire has a higher share of alcohol-only clients than England.",
            Source = T("NDTMS data."),
            Notes = [T("* Suppressed due to small numbers.")],
            ColumnWidths = [3, 1.5, 1.5, 1.5, 1.5],
        };

        var districts = new[] { "Cambridge", "East Cambridgeshire", "Fenland", "Huntingdonshire", "South Cambridgeshire" };
        var landscape = new Table(T("Key indicators by district, Cambridgeshire, 2023"),
            [new TableRow(new[] { "Indicator" }.Concat(districts).Append("Cambridgeshire").Append("England").Select(c => TableCell.Text(c)).ToList())],
            Enumerable.Range(1, 12).Select(i => new TableRow(
                new[] { TableCell.Text($"Indicator {i} (rate per 100,000)") }
                    .Concat(Enumerable.Range(0, 7).Select(j => TableCell.Text(((i * 7 + j * 3) % 50 + 10.5).ToString("0.0"), CellAlignment.Right)))
                    .ToList())).ToList())
        {
            Id = "tab-districts",
            Number = "5.4b",
            Description = "Twelve indicators for the five districts, Cambridgeshire and England.",
            Source = T("OHID Fingertips."),
            Landscape = true,
            ColumnWidths = [3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3],
        };

        var acronyms = new Table([], [new TableRow([TableCell.Text("Acronym"), TableCell.Text("Definition")])],
            [new TableRow([TableCell.Text("CYP"), TableCell.Text("Children and young people")]),
             new TableRow([TableCell.Text("NDTMS"), TableCell.Text("National Drug Treatment Monitoring System")]),
             new TableRow([TableCell.Text("OCU"), TableCell.Text("Opiate and/or crack cocaine user")])])
        {
            Id = "tab-acronyms",
            Numbered = false,
            Description = "Acronyms used in this assessment and their meanings.",
            ColumnWidths = [1, 4],
        };

        var insights = new Callout(CalloutKind.KeyInsights, T("Key Insight Summary: Disproportionate Unmet Need"),
        [
            P(new TextRun("Over half of adults who use opiates and/or crack cocaine (52.5%) are not in treatment, compared with 57.4% in England"),
              new FootnoteReference(T("OHID (2024). Adults - substance misuse treatment statistics 2023 to 2024. Available at: https://www.gov.uk/"))),
            P(new TextRun("Priority 1:", TextFormat.Bold)),
            P(new TextRun("Services should reach people not yet in contact with treatment. This may include:")),
            new ListBlock(false, [
                [P(new TextRun("outreach in Fenland and Huntingdonshire"))],
                [P(new TextRun("pathways from hospital and prison")), new ListBlock(false, [[P(new TextRun("hospital liaison referrals"))], [P(new TextRun("prison release continuity of care"))]])],
            ]),
            P(new TextRun("See also "), new CrossReference("tab-treatment") { Kind = CrossReferenceKind.Table, ResolvedText = "Table 5.4a" }, new TextRun(".")),
        ]) { Id = "insight-unmet-need" };

        var keyFigure = new Callout(CalloutKind.KeyFigure, T("Key National Figure"),
        [
            P(new TextRun("In 2019/20 an estimated 1.4% of adults in England were dependent on alcohol"),
              new FootnoteReference([new TextRun("OHID (2024). Estimates of alcohol dependent adults in England. Available at: "),
                  new Hyperlink("https://www.gov.uk/government/publications/alcohol-dependence-prevalence-in-england", T("Alcohol dependence prevalence in England"))]),
              new TextRun(".")),
        ]);

        List<Block> blocks =
        [
            new TitlePage("Drug and Alcohol Needs Assessment", "Cambridgeshire 2024-25", "Published June 2025", ["Public Health Intelligence", "Cambridgeshire County Council"]),
            new TableOfContents(),
            new PageBreak(),
            new ListOfCaptions(CaptionKind.Figure, "List of Figures"),
            new ListOfCaptions(CaptionKind.Table, "List of Tables"),

            new Heading(1, T("Executive Summary")) { Id = "sec-exec", Number = "1" },
            new Paragraph(T("This needs assessment describes drug and alcohol use and its harms in Cambridgeshire."), ParagraphStyle.Lead),
            new Heading(2, T("Key Challenges")) { Id = "sec-challenges", Number = "1.1" },
            new ListBlock(false,
            [
                [P(new TextRun("Unmet need", TextFormat.Bold)), new ListBlock(false, [[P(new TextRun("52.5% of OCU not in treatment"))], [P(new TextRun("alcohol unmet need above 75%"))]])],
                [P(new TextRun("Mortality"), new TextRun(" (see "), new CrossReference("sec-mortality") { Kind = CrossReferenceKind.Heading, ResolvedText = "section 2.2.1" }, new TextRun(")"))],
            ]),
            new Heading(2, T("Recommendations")) { Id = "sec-recs", Number = "1.2" },
            new ListBlock(true, [[P(new TextRun("Strengthen outreach."))], [P(new TextRun("Improve data sharing."))], [P(new TextRun("Sustain harm reduction."))]]),
            new ListBlock(true, [[P(new TextRun("A second ordered list restarts at one."))]]),
            Filler(0),

            new Heading(1, T("Drug Use in Cambridgeshire")) { Id = "sec-drugs", Number = "2" },
            keyFigure,
            new Heading(2, T("Prevalence")) { Id = "sec-prevalence", Number = "2.1" },
            P(new TextRun("Estimates of opiate and crack cocaine use ("), new TextRun("OCU", TextFormat.Italic),
              new TextRun(") are shown in "), new CrossReference("fig-ocu-prevalence") { Kind = CrossReferenceKind.Figure, ResolvedText = "Figure 5.2a" },
              new TextRun(" and "), new CrossReference("fig-ocu-growth") { Kind = CrossReferenceKind.Figure, ResolvedText = "Figure 5.2b" },
              new TextRun("."), new FootnoteReference(T("NDTMS (2024). OCU prevalence estimates 2019-20."))),
            figure,
            .. Fill(),
            figure2,
            new Heading(3, T("Adults")) { Id = "sec-adults", Number = "2.1.1" },
            P(new TextRun("Rates were"), new LineBreak(), new TextRun("lower than England, m"), new TextRun("2", TextFormat.Superscript),
              new TextRun(". Full evidence review "), new Hyperlink("https://www.cambridgeshireinsight.org.uk/health/", T("on Cambridgeshire Insight")), new TextRun(".")),
            .. Fill(),
            new Heading(4, T("Opiates and Crack Cocaine")) { Number = "2.1.1.1", InContents = false },
            .. Fill(),
            new Heading(2, T("Treatment")) { Id = "sec-treatment", Number = "2.2" },
            twoHeaderTable,
            landscape,
            new Heading(3, T("Mortality")) { Id = "sec-mortality", Number = "2.2.1" },
            P(new TextRun("Deaths are discussed with reference to "), new CrossReference("tab-districts") { Kind = CrossReferenceKind.Table, ResolvedText = "Table 5.4b" },
              new TextRun(" and "), new CrossReference("missing-target") { ResolvedText = "an unknown target" }, new TextRun(".")),
            .. Fill(),
            insights,
            new Heading(3, T("Drug Use; Key Insights and Priorities")) { Id = "sec-drug-insights", Number = "2.2.2" },
            .. Fill(),

            P(new TextRun("Return to "), new CrossReference("sec-prevalence") { Kind = CrossReferenceKind.Heading, ResolvedText = "section 2.1", CustomText = T("the prevalence section") }, new TextRun(".")),
            new Heading(1, T("Appendix")) { Id = "sec-appendix", Number = "3" },
            new Heading(2, T("Acronym Table")) { Id = "sec-acronyms", Numbered = false },
            acronyms,
            P(new TextRun("End of report."), new FootnoteReference(T("A third note."))),
        ];

        return new ReportDocument(new DocumentProperties
        {
            Title = "Cambridgeshire Drug and Alcohol Needs Assessment 2024-25",
            Subject = "Drug and alcohol needs assessment",
            Author = "Cambridgeshire County Council Public Health",
            Keywords = ["drugs", "alcohol", "needs assessment", "Cambridgeshire"],
            Description = "Needs assessment of drug and alcohol use, treatment and harms in Cambridgeshire.",
        }, blocks);
    }
}
