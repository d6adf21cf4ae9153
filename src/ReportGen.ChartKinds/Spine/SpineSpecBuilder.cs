namespace ReportGen.ChartKinds;

/// <summary>A spine chart's spec from the store: each indicator's value within the range of England's upper-tier authorities.</summary>
internal static class SpineSpecBuilder
{
    public static SpineChartSpec? Spine(ReportContext context, IReadOnlyList<IndicatorDefinition> indicators, ChartBlockOptions o,
        BlockProvenance? track = null)
    {
        var rows = new List<SpineRow>();
        foreach (var indicator in indicators)
        {
            var facts = context.FactsFor(indicator, context.Area);
            if (facts.Latest?.Value is not { } value || facts.England?.Value is not { } england) continue;
            var rangeRows = context.Data.Values.AllAreas(indicator.Id, facts.Latest.Period, indicator.Sex, indicator.Age)
                .Where(v => v.Value is not null && context.Data.Areas.Find(v.AreaCode)?.IsUpperTier == true).ToList();
            var all = rangeRows.Select(v => v.Value!.Value).ToList();
            if (all.Count < EnglandRange.MinimumValuesForPercentiles) continue;
            // The range and percentiles are worked out from every upper-tier row, so each is behind the printed row.
            track?.Add(indicator.DisplayName, facts.Latest);
            track?.Add(indicator.DisplayName, facts.England);
            foreach (var r in rangeRows) track?.Add(indicator.DisplayName, r, derived: true);
            var range = EnglandRange.Summarise(all, indicator.Polarity);
            rows.Add(new SpineRow(indicator.DisplayName, facts.Latest.Period.Label, value, england,
                range.Worst, range.Percentile25, range.Percentile75, range.Best,
                ChartBlockHandler.ToCategory(facts.VsEngland), indicator.Unit));
        }
        if (rows.Count == 0) return null;
        return new SpineChartSpec
        {
            Subject = o.Caption ?? "Summary of indicators",
            ValueAxisLabel = "Position in the range of upper-tier local authorities in England",
            AreaName = context.Area.DisplayName,
            Rows = rows,
            // The smallest height: the kind's fitted height (the rows' measured text, SpineChartRenderer.SuggestHeightCm)
            // raises it to what the rows need, without the blank band a fixed height per row leaves under the key.
            HeightCm = 6,
        };
    }
}
