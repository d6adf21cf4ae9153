using ReportGen.Data.Model;

namespace ReportGen.Templates.Facts;

/// <summary>Which data rows a sentence's value rests on, by the field the template asked for.</summary>
public static class ValueSources
{
    public static (IReadOnlyList<IndicatorValue> Rows, bool IllustrativeGroup) Of(IndicatorFacts facts, string field)
    {
        IEnumerable<IndicatorValue?> rows = field switch
        {
            "england" => [facts.England],
            "region" => [facts.Region],
            "vs_england" or "vs_england_brief" or "vs_england_short" or "vs_england_label" => [facts.Latest, facts.England],
            "vs_region" or "vs_region_brief" => [facts.Latest, facts.Region],
            "trend" or "trend_label" or "first_period" or "first_value" or "change" or "change_percent" or "direction"
                or "previous_period" or "previous_value" => facts.Series.Where(v => v.Value is not null),
            "rank" => facts.RankRows,
            _ => [facts.Latest],
        };
        return (rows.OfType<IndicatorValue>().Distinct().ToList(), field == "rank" && facts.RankGroupIllustrative);
    }
}
