using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;
using ReportGen.Data.Readers;
using ReportGen.Data.Tests.TestSupport;
using ReportGen.Data.Writers;
using ReportGen.Statistics;

namespace ReportGen.Data.Tests.Writers;

public class FingertipsCsvWriterTests
{
    [Fact]
    public void Writes_the_27_fingertips_headings_in_order()
    {
        var text = new StringWriter();
        new FingertipsCsvWriter(Fixtures.Areas(), Fixtures.Indicators()).Write(text, []);
        Assert.Equal(
            "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category," +
            "Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count," +
            "Denominator,Value note,Recent Trend,Compared to England value or percentiles,Column not used," +
            "Time period Sortable,New data,Compared to goal,Time period range\r\n",
            text.ToString());
    }

    [Fact]
    public void Writes_numbers_at_full_precision_and_blanks_for_missing_ones()
    {
        var value = new IndicatorValue
        {
            IndicatorId = "dependent_drinkers_not_in_treatment", AreaCode = "E10000003", Period = Period.Parse("2019/20"),
            Age = "18+ yrs", Value = 0.1 + 0.2, Lower95 = 1e-7, Upper95 = 123456789.125, Count = 4018.333333,
        };
        var row = new FingertipsCsvWriter(Fixtures.Areas(), Fixtures.Indicators()).Row(value);
        Assert.Equal(27, row.Length);
        Assert.Equal("93532", row[0]);
        Assert.Equal(("E12000006", "East of England region", "Cambridgeshire", "County"), (row[2], row[3], row[5], row[6]));
        Assert.Equal("0.30000000000000004", row[12]);
        Assert.Equal("1E-07", row[13]);
        Assert.Equal("123456789.125", row[14]);
        Assert.Null(row[15]);
        Assert.Equal("4018.333333", row[17]);
        Assert.Null(row[18]);
        Assert.Equal("20190000", row[23]);
        Assert.Equal("1y", row[26]);
    }

    [Fact]
    public void Round_trips_through_the_reader()
    {
        var areas = Fixtures.Areas();
        var catalogue = Fixtures.Indicators();
        var original = new List<IndicatorValue>
        {
            new()
            {
                IndicatorId = "dependent_drinkers_not_in_treatment", AreaCode = "E10000003", Period = Period.Parse("2022/23 - 24/25"),
                Age = "18+ yrs", Value = 79.89793213, Lower95 = 74.64258841, Upper95 = 84.57822749, Lower998 = 70.1, Upper998 = 88.25,
                Count = 4018.333333, Denominator = 5029.333333, ValueNote = "Note, with \"quotes\"\nand a line break",
                PublishedTrend = "Cannot be calculated", PublishedComparisonWithEngland = ComparisonOutcome.Similar,
            },
            new()
            {
                IndicatorId = "campylobacter_rate", AreaCode = "E92000001", Period = Period.Parse("2021 - 23"), Value = 1.0 / 3,
                CategoryType = "County & UA deprivation deciles", Category = "Most deprived decile", Count = 51897,
                PublishedComparisonWithEngland = ComparisonOutcome.NotCompared,
            },
            // No Fingertips id: written with the indicators.yaml id; illustrative: marked in the value note.
            new()
            {
                IndicatorId = "treatment_completion", AreaCode = "E06000031", Period = Period.Parse("2023/24 Q2"), Sex = "Female",
                Value = 12.5, Illustrative = true,
            },
            new()
            {
                IndicatorId = "treatment_completion", AreaCode = "E07000008", Period = Period.Parse("2023"), Value = null,
                Illustrative = true, ValueNote = "Suppressed",
            },
        };

        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "computed.csv");
        new FingertipsCsvWriter(areas, catalogue).Write(path, original);

        var bag = new DiagnosticBag();
        var export = new FingertipsCsvReader(catalogue, areas).Read(path, bag);

        Assert.Empty(bag.Items);
        Assert.Equal(27, export.ColumnCount);
        Assert.Empty(export.AddedAreas);
        Assert.Equal(original.Count, export.Values.Count);
        for (int i = 0; i < original.Count; i++)
        {
            var back = export.Values[i];
            Assert.Equal(new SourceLocation(path, i + 2), back.Source);
            Assert.Equal(original[i] with { Source = back.Source }, back);
            Assert.Equal(original[i].Period.Label, back.Period.Label);
        }
    }
}
