using ReportGen.Data;
using ReportGen.Data.Model;
using ReportGen.Statistics;

namespace ReportGen.Templates.Facts;

/// <summary>Works out <see cref="IndicatorFacts"/> from the store with the statistics code.</summary>
public sealed class FactsCalculator(DataSet data, string? comparatorGroup)
{
    public IndicatorFacts Compute(IndicatorDefinition indicator, Area area)
    {
        var series = data.Values.Series(indicator.Id, area.Code, indicator.Sex, indicator.Age);
        var latest = series.LastOrDefault(v => v.Value is not null);
        var region = data.Areas.RegionOf(area.Code);
        IndicatorValue? england = null, regionValue = null;
        var vsEngland = ComparisonOutcome.NotCompared;
        var vsRegion = ComparisonOutcome.NotCompared;
        string? trend = null;
        int? rank = null, rankOf = null;
        string? groupName = null;
        IReadOnlyList<IndicatorValue> rankRows = [];
        var rankGroupIllustrative = false;
        if (latest is not null)
        {
            england = data.Values.At(indicator.Id, data.Areas.England!.Code, latest.Period, indicator.Sex, indicator.Age);
            if (region is not null)
                regionValue = data.Values.At(indicator.Id, region.Code, latest.Period, indicator.Sex, indicator.Age);
            if (area.Type != AreaType.England)
            {
                vsEngland = Wording.WordingRules.Outcome(indicator, latest, england?.Value, benchmarkIsEngland: true);
                vsRegion = Wording.WordingRules.Outcome(indicator, latest, regionValue?.Value, benchmarkIsEngland: false);
            }
            trend = latest.PublishedTrend ?? RecentTrendLabel(indicator, series);
            (rank, rankOf, groupName, rankRows, rankGroupIllustrative) = RankAmongComparators(indicator, area, latest);
        }
        return new IndicatorFacts
        {
            Indicator = indicator, Area = area, Series = series, Latest = latest,
            England = england, Region = regionValue, RegionArea = region,
            VsEngland = vsEngland, VsRegion = vsRegion, TrendLabel = trend,
            Rank = rank, RankOf = rankOf, RankGroupName = groupName, RankRows = rankRows, RankGroupIllustrative = rankGroupIllustrative,
        };
    }

    private static string? RecentTrendLabel(IndicatorDefinition indicator, IReadOnlyList<IndicatorValue> series)
    {
        var points = series.Where(v => v.Period.Years == 1 || indicator.Measure != MeasureType.Proportion)
            .Select(v => new TrendPoint(v.Value, v.Lower95, v.Upper95, v.Count, v.Denominator)).ToList();
        var result = RecentTrend.Calculate(points, indicator.Measure, indicator.Polarity);
        return result.Label;
    }

    private (int?, int?, string?, IReadOnlyList<IndicatorValue>, bool) RankAmongComparators(IndicatorDefinition indicator, Area area, IndicatorValue latest)
    {
        var group = ComparatorGroups.For(data.Areas, area.Code, comparatorGroup);
        if (group is null || latest.Value is null) return (null, null, null, [], false);
        var rows = group.AreaCodes.Append(area.Code).Distinct()
            .Select(code => data.Values.At(indicator.Id, code, latest.Period, indicator.Sex, indicator.Age))
            .Where(v => v?.Value is not null).Select(v => v!).ToList();
        var values = rows.Select(v => v.Value!.Value).ToList();
        if (values.Count < 2) return (null, null, null, [], false);
        var r = Ranking.Rank(latest.Value.Value, values, indicator.Polarity);
        return (r.Rank, r.Of, group.Name, rows, group.Illustrative);
    }
}
