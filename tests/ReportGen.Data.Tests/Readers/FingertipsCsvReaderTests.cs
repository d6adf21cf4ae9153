using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;
using ReportGen.Data.Readers;
using ReportGen.Data.Tests.TestSupport;
using ReportGen.Statistics;

namespace ReportGen.Data.Tests.Readers;

public class FingertipsCsvReaderTests
{
    private static (FingertipsExport Export, DiagnosticBag Bag, AreaRegistry Areas) ReadReal(string fingertipsId,
        IndicatorCatalogue? catalogue = null)
    {
        var bag = new DiagnosticBag();
        var areas = Fixtures.Areas();
        var export = new FingertipsCsvReader(catalogue ?? Fixtures.Indicators(), areas).Read(Fixtures.FingertipsFile(fingertipsId), bag);
        return (export, bag, areas);
    }

    [Theory]
    [InlineData("93532", 17, 27, true, "Column not used")]
    [InlineData("93517", 13, 27, true, "Column not used")]
    [InlineData("93356", 852, 26, false, "Compared to Region value or percentiles")]
    public void Reads_every_row_of_the_real_exports(string id, int rows, int columns, bool hasRange, string column23)
    {
        var (export, bag, _) = ReadReal(id);

        Assert.Empty(bag.Errors);
        Assert.Empty(bag.Warnings);
        Assert.Equal(rows, export.DataRows);
        Assert.Equal(rows, export.Values.Count);
        Assert.Equal(columns, export.ColumnCount);
        Assert.Equal(hasRange, export.HasTimePeriodRange);
        Assert.Equal(column23, export.ParentComparisonHeading);
        Assert.Empty(export.SkippedIndicatorIds);
    }

    [Fact]
    public void Keeps_cambridgeshire_and_the_published_figures_of_the_older_export()
    {
        var (export, _, _) = ReadReal("93356");
        var cambs = export.Values.Single(v => v.AreaCode == "E10000003" && v.Period.Label == "2015" && v.Age == "All ages");

        Assert.Equal("campylobacter_rate", cambs.IndicatorId);
        Assert.Equal(554, cambs.Count);
        Assert.Equal(647238, cambs.Denominator);
        Assert.Equal(78.6143984186, cambs.Lower95!.Value, 9);
        Assert.Equal(93.0281363771, cambs.Upper95!.Value, 9);
        Assert.Equal("Persons", cambs.Sex);
        Assert.Equal("", cambs.CategoryType);
        Assert.NotNull(cambs.PublishedComparisonWithEngland);
        Assert.Equal(Fixtures.FingertipsFile("93356"), cambs.Source!.File);
    }

    [Fact]
    public void Numbers_rows_as_spreadsheet_rows_even_when_a_quoted_field_spans_two_lines()
    {
        // In this export every Indicator Name ends with a line break inside its quotes, so each record takes two lines.
        var (export, _, _) = ReadReal("93356");
        Assert.Equal(2, export.Values[0].Source!.Line);
        Assert.Equal(853, export.Values[^1].Source!.Line);
        Assert.Equal(Enumerable.Range(2, 852), export.Values.Select(v => v.Source!.Line));
    }

    [Fact]
    public void Reads_breakdown_categories_blank_values_and_value_notes()
    {
        var (export, _, _) = ReadReal("93356");
        var decile = export.Values.First(v => v.CategoryType.Length > 0);
        Assert.Equal("County & UA deprivation deciles in England (IMD2015)", decile.CategoryType);
        Assert.Equal("Most deprived decile (IMD2015)", decile.Category);
        Assert.Equal("Aggregated from all known lower geography values", decile.ValueNote);
        Assert.Null(decile.Lower95);
        Assert.Equal(10, export.Values.Count(v => v.Value is null));
        Assert.Contains(export.Values, v => v.Age == "0-9 yrs");
    }

    [Fact]
    public void Reads_the_27_column_layout_with_non_integer_counts()
    {
        var (export, _, areas) = ReadReal("93532");
        var first = export.Values[0];
        Assert.Equal("dependent_drinkers_not_in_treatment", first.IndicatorId);
        Assert.Equal("E10000031", first.AreaCode);
        Assert.Equal(Period.Parse("2018/19"), first.Period);
        Assert.Equal(4018.333333, first.Count);
        Assert.Equal(79.89793213, first.Value);
        Assert.Equal("18+ yrs", first.Age);
        Assert.Equal(ComparisonOutcome.NotCompared, first.PublishedComparisonWithEngland);
        Assert.Contains(export.Values, v => v.PublishedComparisonWithEngland == ComparisonOutcome.Similar);
        Assert.Contains(export.Values, v => v.PublishedTrend == "Cannot be calculated");
        Assert.Equal(AreaType.County, areas.Get("E10000031")!.Type);
        Assert.Equal(AreaType.Unitary, areas.Get("E06000001")!.Type);
    }

    [Fact]
    public void Adds_areas_missing_from_the_registry_with_their_parents()
    {
        var (export, bag, areas) = ReadReal("93356");

        var northants = areas.Get("E10000021");
        Assert.NotNull(northants);
        Assert.Equal("Northamptonshire", northants.Name);
        Assert.Equal(AreaType.County, northants.Type);
        Assert.Equal("E12000004", northants.ParentCode);
        Assert.Equal(AreaType.Region, areas.Get("E12000004")!.Type);
        Assert.Equal(["E12000004", "E92000001"], areas.ParentChain("E10000021").Select(a => a.Code));
        // Areas already registered keep their registry entry.
        Assert.Equal("Cambridgeshire", areas.Get("E10000003")!.Name);
        Assert.DoesNotContain(export.AddedAreas, a => a.Code == "E10000003");
        Assert.Contains(export.AddedAreas, a => a.Code == "E09000001" || a.Code == "E09000012");
        var note = Assert.Single(bag.Items, d => d.Code == DataDiagnosticCodes.AreasAdded);
        Assert.Equal(Severity.Info, note.Severity);
    }

    [Fact]
    public void Skips_indicators_not_in_the_catalogue_with_one_note_each()
    {
        var catalogue = new IndicatorCatalogue(Fixtures.Indicators().All.Where(d => d.FingertipsId != 93356));
        var (export, bag, _) = ReadReal("93356", catalogue);

        Assert.Empty(export.Values);
        Assert.Equal(852, export.DataRows);
        Assert.Equal([93356], export.SkippedIndicatorIds);
        var note = Fixtures.Single(bag, DataDiagnosticCodes.IndicatorSkipped, Fixtures.FingertipsFile("93356"), 2, "Indicator ID");
        Assert.Equal(Severity.Info, note.Severity);
        // The name's trailing line break is gone.
        Assert.Contains("(Campylobacter incidence rate/100,000)", note.Message);
        Assert.Contains("852 row(s)", note.Message);
        Assert.False(bag.HasErrors);
    }

    private const string Header =
        "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category," +
        "Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator," +
        "Value note,Recent Trend,Compared to England value or percentiles,Column not used,Time period Sortable,New data," +
        "Compared to goal,Time period range";

    private static string Row(string area = "E10000003", string period = "2019/20", string value = "50", string lower = "40",
        string upper = "60", string count = "50", string denominator = "100", string id = "93532") =>
        $"{id},Name,E12000006,East of England region,{area},Area,County,Persons,18+ yrs,,,{period},{value},{lower},{upper},,,{count},{denominator},,,Similar,,20190000,,,1y";

    private static (FingertipsExport Export, DiagnosticBag Bag) ReadText(params string[] rows)
    {
        var bag = new DiagnosticBag();
        var text = string.Join("\r\n", [Header, .. rows]) + "\r\n";
        var export = new FingertipsCsvReader(Fixtures.Indicators(), Fixtures.Areas()).Read(new StringReader(text), "ft.csv", bag);
        return (export, bag);
    }

    [Fact]
    public void Tolerates_a_byte_order_mark_and_lf_line_ends()
    {
        var bag = new DiagnosticBag();
        var text = "\uFEFF" + Header + "\n" + Row() + "\n";
        var export = new FingertipsCsvReader(Fixtures.Indicators(), Fixtures.Areas()).Read(new StringReader(text), "ft.csv", bag);
        Assert.Empty(bag.Items);
        Assert.Single(export.Values);
    }

    [Fact]
    public void Finds_columns_by_heading_whatever_their_order()
    {
        var bag = new DiagnosticBag();
        var text = "Value,Time period,Area Code,Indicator ID\r\n12.5,2020,E10000003,93532\r\n";
        var export = new FingertipsCsvReader(Fixtures.Indicators(), Fixtures.Areas()).Read(new StringReader(text), "ft.csv", bag);
        Assert.Empty(bag.Items);
        var v = Assert.Single(export.Values);
        Assert.Equal(12.5, v.Value);
        Assert.Equal("18+ yrs", v.Age);   // the indicator's headline age
    }

    [Fact]
    public void Reports_a_missing_required_column_and_lists_the_columns_found()
    {
        var bag = new DiagnosticBag();
        var export = new FingertipsCsvReader(Fixtures.Indicators(), Fixtures.Areas())
            .Read(new StringReader("Indicator ID,Area Code,Value\r\n93532,E10000003,5\r\n"), "ft.csv", bag);
        var d = Fixtures.Single(bag, DataDiagnosticCodes.MissingColumn, "ft.csv", 1, "Time period");
        Assert.Contains("'Indicator ID', 'Area Code', 'Value'", d.Message);
        Assert.Empty(export.Values);
    }

    [Fact]
    public void Reports_text_where_a_number_belongs_and_keeps_reading()
    {
        var (export, bag) = ReadText(Row(value: "n/a"), Row(area: "E06000031"));
        var d = Fixtures.Single(bag, DataDiagnosticCodes.NotANumber, "ft.csv", 2, "Value");
        Assert.Equal(Severity.Error, d.Severity);
        Assert.NotNull(d.Fix);
        Assert.Equal("E06000031", Assert.Single(export.Values).AreaCode);
    }

    [Fact]
    public void Reports_an_unreadable_period()
    {
        var (_, bag) = ReadText(Row(), Row(period: "Spring 2020"));
        Fixtures.Single(bag, DataDiagnosticCodes.BadPeriod, "ft.csv", 3, "Time period");
    }

    [Fact]
    public void Reports_value_outside_limits_reversed_limits_negative_counts_and_counts_above_denominators()
    {
        var (export, bag) = ReadText(
            Row(value: "70"),
            Row(area: "E06000031", lower: "65", upper: "45"),
            Row(area: "E10000015", count: "-1"),
            Row(area: "E10000020", count: "150", denominator: "100"));
        Fixtures.Single(bag, DataDiagnosticCodes.ValueOutsideLimits, "ft.csv", 2, "Value");
        Fixtures.Single(bag, DataDiagnosticCodes.LimitsReversed, "ft.csv", 3, "Lower CI 95.0 limit");
        Fixtures.Single(bag, DataDiagnosticCodes.NegativeNumber, "ft.csv", 4, "Count");
        Fixtures.Single(bag, DataDiagnosticCodes.CountAboveDenominator, "ft.csv", 5, "Count");
        Assert.Empty(export.Values);
    }

    [Fact]
    public void Reports_a_row_with_more_fields_than_the_header()
    {
        var (_, bag) = ReadText(Row() + ",extra");
        Fixtures.Single(bag, DataDiagnosticCodes.ExtraFields, "ft.csv", 2, null);
    }

    [Fact]
    public void Reads_rows_shorter_than_the_header_as_blank_at_the_end()
    {
        // The older export's rows stop before "Compared to goal".
        var (export, bag) = ReadText(Row()[..Row().LastIndexOf(",,", StringComparison.Ordinal)]);
        Assert.Empty(bag.Items);
        Assert.Single(export.Values);
    }
}
