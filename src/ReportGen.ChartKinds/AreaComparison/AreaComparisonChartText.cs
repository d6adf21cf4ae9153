namespace ReportGen.ChartKinds;

/// <summary>Alt text and data table for an area comparison chart.</summary>
internal static class AreaComparisonChartText
{
    public static string AltText(AreaComparisonChartSpec spec)
    {
        AreaComparisonChartRenderer.Validate(spec);
        var bars = AreaComparisonChartRenderer.Ordered(spec);
        var names = bars.Select(b => b.Label).ToList();
        var what = ChartFormat.InSentence(spec.Subject);
        var areas = names.Count <= 8 ? ChartFormat.JoinNames(names) : $"{names.Count} areas";
        var text = $"Bar chart of {what} in {spec.Period} comparing {areas}";
        text += spec.BenchmarkValue is { } b
            ? $" with {spec.BenchmarkLabel} ({ChartFormat.WithUnit(b, spec.Decimals, spec.Unit)})."
            : ".";

        var focus = bars.FirstOrDefault(x => x.Highlight);
        if (focus is not null && focus.Value.Value is { } fv)
        {
            text += $" {focus.Label}: {ChartFormat.WithUnit(fv, spec.Decimals, spec.Unit)}";
            if (ChartFormat.Interval(focus.Value.Lower, focus.Value.Upper, spec.Decimals) is { } ci) text += $" (95% CI {ci})";
            var phrase = ChartFormat.ComparisonPhrase(focus.Value.Comparison, spec.BenchmarkLabel);
            text += phrase.Length > 0 ? $", {phrase}." : ".";
        }

        var counts = bars.Where(x => x.Value.Comparison != ComparisonCategory.None)
            .GroupBy(x => x.Value.Comparison).OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {ChartFormat.ComparisonWord(g.Key).ToLowerInvariant()}").ToList();
        var tally = counts.Count > 0 ? $" Compared with {spec.BenchmarkLabel}: {string.Join(", ", counts)}." : "";
        if (text.Length + tally.Length <= 300) text += tally;

        var valued = bars.Where(x => x.Value.Value is not null).ToList();
        if (valued.Count > 1)
        {
            var high = valued.MaxBy(x => x.Value.Value!.Value)!;
            var low = valued.MinBy(x => x.Value.Value!.Value)!;
            var extra = $" Highest {high.Label} ({ChartFormat.Number(high.Value.Value!.Value, spec.Decimals)}), lowest {low.Label} ({ChartFormat.Number(low.Value.Value!.Value, spec.Decimals)}).";
            if (text.Length + extra.Length <= 300) text += extra;
        }
        return text;
    }

    public static ChartDataTable Table(AreaComparisonChartSpec spec)
    {
        AreaComparisonChartRenderer.Validate(spec);
        var unit = string.IsNullOrWhiteSpace(spec.Unit) ? "" : $" ({spec.Unit.Trim()})";
        var columns = new List<string> { "Area", "Value" + unit, "Lower 95% CI", "Upper 95% CI", $"Compared with {spec.BenchmarkLabel}" };
        var rows = new List<IReadOnlyList<string>>();
        foreach (var bar in AreaComparisonChartRenderer.Ordered(spec))
        {
            var v = bar.Value;
            rows.Add([bar.Label, ChartFormat.Number(v.Value, spec.Decimals, v.Note),
                ChartFormat.Number(v.Lower, spec.Decimals), ChartFormat.Number(v.Upper, spec.Decimals),
                ChartFormat.ComparisonWord(v.Comparison)]);
        }
        if (spec.BenchmarkValue is { } b)
            rows.Add([spec.BenchmarkLabel, ChartFormat.Number(b, spec.Decimals), ChartFormat.Missing, ChartFormat.Missing, "Benchmark"]);
        return new ChartDataTable(columns, rows);
    }
}
