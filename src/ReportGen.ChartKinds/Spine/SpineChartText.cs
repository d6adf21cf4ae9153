namespace ReportGen.ChartKinds;

/// <summary>Alt text and data table for a spine chart.</summary>
internal static class SpineChartText
{
    public static string AltText(SpineChartSpec spec)
    {
        SpineChartRenderer.Validate(spec);
        var periods = spec.Rows.Select(r => r.Period).Distinct().OrderBy(p => p, StringComparer.Ordinal).ToList();
        var range = periods.Count > 1 ? $"{periods[0]} to {periods[^1]}" : periods[0];
        var what = ChartFormat.InSentence(spec.Subject);
        // A subject that already names its indicators (a figure's caption, say) is not wrapped in "... indicators for <area>" again.
        var text = what.Contains("indicator", StringComparison.OrdinalIgnoreCase)
            ? $"Spine chart of {what}: {spec.Rows.Count} indicators compared with {spec.BenchmarkName}, {range}."
            : $"Spine chart of {spec.Rows.Count} {what} indicators for {spec.AreaName} compared with {spec.BenchmarkName}, {range}.";

        var counts = spec.Rows.Where(r => r.Comparison != ComparisonCategory.None).GroupBy(r => r.Comparison).OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {ChartFormat.ComparisonWord(g.Key).ToLowerInvariant()}").ToList();
        if (counts.Count > 0) text += $" {char.ToUpperInvariant(counts[0][0])}{ChartFormat.JoinNames(counts)[1..]}.";

        // Name the rows that matter most, worst first, while the text stays short.
        foreach (var category in new[] { ComparisonCategory.Worse, ComparisonCategory.Better, ComparisonCategory.Higher, ComparisonCategory.Lower })
        {
            foreach (var r in spec.Rows.Where(r => r.Comparison == category))
            {
                var extra = $" {ChartFormat.ComparisonWord(category)}: {r.Indicator} ({ChartFormat.WithUnit(r.AreaValue, spec.Decimals, r.Unit)} against {ChartFormat.Number(r.EnglandValue, spec.Decimals)}).";
                if (text.Length + extra.Length <= 300) text += extra;
            }
        }
        return text;
    }

    public static ChartDataTable Table(SpineChartSpec spec)
    {
        SpineChartRenderer.Validate(spec);
        var d = spec.Decimals;
        var columns = new List<string> { "Indicator", "Period", "Unit", spec.AreaName, spec.BenchmarkName, "Worst/Lowest", "25th percentile", "75th percentile", "Best/Highest", $"Compared with {spec.BenchmarkName}" };
        var rows = spec.Rows.Select(r => (IReadOnlyList<string>)new List<string>
        {
            r.Indicator, r.Period, r.Unit, ChartFormat.Number(r.AreaValue, d), ChartFormat.Number(r.EnglandValue, d),
            ChartFormat.Number(r.Worst, d), ChartFormat.Number(r.Percentile25, d), ChartFormat.Number(r.Percentile75, d),
            ChartFormat.Number(r.Best, d), ChartFormat.ComparisonWord(r.Comparison),
        }).ToList();
        return new ChartDataTable(columns, rows);
    }
}
