using ReportGen.Data.Model;
using ReportGen.Statistics;

namespace ReportGen.Templates.Facts;

/// <summary>
/// Everything a sentence, chart or table may say about one indicator for one area: the latest value,
/// its limits, the comparison with England and the region, the recent trend and the rank. Computed once from
/// the store and the statistics code; the wording helpers turn it into text.
/// </summary>
public sealed record IndicatorFacts
{
    public required IndicatorDefinition Indicator { get; init; }
    public required Area Area { get; init; }
    /// <summary>The series for the headline breakdown, oldest first.</summary>
    public required IReadOnlyList<IndicatorValue> Series { get; init; }
    public IndicatorValue? Latest { get; init; }
    public IndicatorValue? England { get; init; }
    public IndicatorValue? Region { get; init; }
    public Area? RegionArea { get; init; }
    public ComparisonOutcome VsEngland { get; init; } = ComparisonOutcome.NotCompared;
    public ComparisonOutcome VsRegion { get; init; } = ComparisonOutcome.NotCompared;
    public string? TrendLabel { get; init; }
    public int? Rank { get; init; }
    public int? RankOf { get; init; }
    public string? RankGroupName { get; init; }
    /// <summary>The comparator group's rows the rank was worked out from (the area's own included).</summary>
    public IReadOnlyList<IndicatorValue> RankRows { get; init; } = [];
    public bool RankGroupIllustrative { get; init; }

    public bool Available => Latest?.Value is not null;

    /// <summary>The breakdown these facts describe: "" for the indicator's headline, otherwise "sex|age|category type|category".</summary>
    public string Breakdown { get; init; } = "";
}
