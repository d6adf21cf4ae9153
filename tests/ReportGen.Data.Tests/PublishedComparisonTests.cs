using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;
using ReportGen.Data.Readers;
using ReportGen.Data.Tests.TestSupport;
using ReportGen.Statistics;

namespace ReportGen.Data.Tests;

/// <summary>
/// Issue 3: recomputing "Compared to England value or percentiles" for every row of the three real Fingertips exports,
/// from the row's own value and 95% limits and England's value for the same indicator, period, sex, age and category,
/// gives back the published label.
/// </summary>
public class PublishedComparisonTests
{
    // All three indicators are "RAG - Low is good" on Fingertips: campylobacter infections and people not in treatment.
    private static readonly Dictionary<int, Polarity> FingertipsPolarity = new()
    {
        [93356] = Polarity.HigherIsWorse,
        [93532] = Polarity.HigherIsWorse,
        [93517] = Polarity.HigherIsWorse,
    };

    /// <summary>Why a row that Fingertips did not compare has nothing to compare.</summary>
    private enum NotComparedBecause { BlankValue, NoConfidenceLimits, NoEnglandValue }

    private sealed record Recomputed(IndicatorValue Row, ComparisonOutcome Published, ComparisonOutcome Outcome, NotComparedBecause? Reason);

    private static List<Recomputed> Recompute(string fingertipsId)
    {
        var bag = new DiagnosticBag();
        var catalogue = Fixtures.Indicators();
        var export = new FingertipsCsvReader(catalogue, Fixtures.Areas()).Read(Fixtures.FingertipsFile(fingertipsId), bag);
        Assert.Empty(bag.Errors);
        Assert.Equal(export.DataRows, export.Values.Count);

        var england = export.Values.Where(v => v.AreaCode == AreaRegistry.EnglandCode).ToDictionary(Key);
        var results = new List<Recomputed>();
        foreach (var row in export.Values.Where(v => v.AreaCode != AreaRegistry.EnglandCode && v.PublishedComparisonWithEngland is not null))
        {
            var definition = catalogue.Get(row.IndicatorId)!;
            var polarity = FingertipsPolarity[definition.FingertipsId!.Value];
            Assert.Equal(polarity, definition.Polarity);   // indicators.yaml agrees with Fingertips
            var benchmark = england.GetValueOrDefault(Key(row))?.Value;
            var outcome = BenchmarkComparison.Compare(row.Value, row.Lower95, row.Upper95, benchmark, polarity);
            NotComparedBecause? reason = row.Value is null ? NotComparedBecause.BlankValue
                : row.Lower95 is null || row.Upper95 is null ? NotComparedBecause.NoConfidenceLimits
                : benchmark is null ? NotComparedBecause.NoEnglandValue
                : null;
            results.Add(new Recomputed(row, row.PublishedComparisonWithEngland!.Value, outcome, reason));
        }
        return results;
    }

    private static (string, Period, string, string, string, string) Key(IndicatorValue v) =>
        (v.IndicatorId, v.Period, v.Sex.ToUpperInvariant(), v.Age.ToUpperInvariant(), v.CategoryType, v.Category);

    [Theory]
    [InlineData("93356", 750, 283, 220, 247)]
    [InlineData("93532", 12, 1, 11, 0)]
    [InlineData("93517", 9, 2, 7, 0)]
    public void Every_published_better_similar_or_worse_is_reproduced(string fingertipsId, int compared, int better, int similar, int worse)
    {
        var rows = Recompute(fingertipsId).Where(r => r.Published != ComparisonOutcome.NotCompared).ToList();

        var wrong = rows.Where(r => r.Outcome != r.Published)
            .Select(r => $"{r.Row.Source}: published {r.Published}, recomputed {r.Outcome}").ToList();
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        Assert.Equal(compared, rows.Count);
        Assert.Equal((better, similar, worse), (
            rows.Count(r => r.Outcome == ComparisonOutcome.Better),
            rows.Count(r => r.Outcome == ComparisonOutcome.Similar),
            rows.Count(r => r.Outcome == ComparisonOutcome.Worse)));
    }

    /// <summary>
    /// Every row Fingertips left "Not compared" also comes out not compared, and each has a reason in the data: the
    /// Isles of Scilly and City of London rows are blank (their values are given combined with Cornwall and Hackney), the region rows
    /// of the campylobacter export are aggregates published without confidence limits, and the first year (2018/19) of
    /// the treatment exports has no England row to compare with.
    /// </summary>
    [Theory]
    [InlineData("93356", 10, 27, 0)]
    [InlineData("93532", 0, 0, 3)]
    [InlineData("93517", 0, 0, 2)]
    public void Every_published_not_compared_has_nothing_to_compare(string fingertipsId, int blank, int noLimits, int noEngland)
    {
        var rows = Recompute(fingertipsId).Where(r => r.Published == ComparisonOutcome.NotCompared).ToList();

        Assert.All(rows, r => Assert.Equal(ComparisonOutcome.NotCompared, r.Outcome));
        Assert.Equal((blank, noLimits, noEngland), (
            rows.Count(r => r.Reason == NotComparedBecause.BlankValue),
            rows.Count(r => r.Reason == NotComparedBecause.NoConfidenceLimits),
            rows.Count(r => r.Reason == NotComparedBecause.NoEnglandValue)));
        Assert.Equal(blank + noLimits + noEngland, rows.Count);
    }

    [Fact]
    public void The_regions_without_limits_are_the_aggregated_rows_and_no_area_row_is_left_out()
    {
        var rows = Recompute("93356");

        Assert.All(rows.Where(r => r.Reason == NotComparedBecause.NoConfidenceLimits), r =>
        {
            Assert.StartsWith("E12", r.Row.AreaCode);
            Assert.Equal("Aggregated from all known lower geography values", r.Row.ValueNote);
        });
        // 852 rows less the 65 England rows (5 headline, 60 deprivation-decile breakdowns) are all checked.
        Assert.Equal(852 - 65, rows.Count);
    }
}
