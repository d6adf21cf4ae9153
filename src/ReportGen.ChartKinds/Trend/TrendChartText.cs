namespace ReportGen.ChartKinds;

/// <summary>Alt text and data table for a trend chart.</summary>
internal static class TrendChartText
{
    public static string AltText(TrendChartSpec spec)
    {
        TrendChartRenderer.Validate(spec);
        var names = spec.Series.Select(s => s.Name).ToList();
        var focus = spec.Series[0];
        var benchmarkIndex = TrendChartRenderer.BenchmarkIndex(spec);
        var benchmark = benchmarkIndex >= 0 ? spec.Series[benchmarkIndex] : null;
        var what = ChartFormat.InSentence(spec.Subject);
        var range = spec.Periods.Count > 1 ? $"{spec.Periods[0]} to {spec.Periods[^1]}" : spec.Periods[0];
        var intro = names.Count > 1
            ? $"Line chart of {what}, {range}, comparing {ChartFormat.JoinNames(names)}."
            : spec.Subject.Contains(focus.Name, StringComparison.OrdinalIgnoreCase)
                ? $"Line chart of {what}, {range}."
                : $"Line chart of {what} in {focus.Name}, {range}.";

        var latest = LastIndexWithValue(focus);
        if (latest < 0) return intro + $" No values are available for {focus.Name}.";

        var v = focus.Values[latest];
        var noun = ChartFormat.MeasureNoun(spec);
        var sentence = $" In {spec.Periods[latest]} {ChartFormat.Possessive(focus.Name)} {noun} was {ChartFormat.WithUnit(v.Value!.Value, spec.Decimals, spec.Unit)}";
        if (ChartFormat.Interval(v.Lower, v.Upper, spec.Decimals) is { } ci) sentence += $" (95% CI {ci})";

        var benchmarkValue = benchmark?.Values[latest].Value;
        var phrase = benchmark is null ? "" : ChartFormat.ComparisonPhrase(v.Comparison, benchmark.Name);
        if (phrase.Length > 0)
            sentence += benchmarkValue is { } b ? $", {phrase} ({ChartFormat.Number(b, spec.Decimals)})." : $", {phrase}.";
        else if (benchmark is not null && benchmarkValue is { } b2)
            sentence += $"; {benchmark.Name} was {ChartFormat.Number(b2, spec.Decimals)}.";
        else
            sentence += ".";

        var text = intro + sentence;

        // Optional extras, kept only while the text stays short: the change since the start, then other series.
        var first = FirstIndexWithValue(focus);
        if (first >= 0 && first < latest)
        {
            var start = focus.Values[first].Value!.Value;
            var change = v.Value!.Value > start ? "up from" : v.Value.Value < start ? "down from" : "unchanged from";
            var extra = $" This is {change} {ChartFormat.Number(start, spec.Decimals)} in {spec.Periods[first]}.";
            if (text.Length + extra.Length <= 300) text += extra;
        }
        for (var i = 1; i < spec.Series.Count; i++)
        {
            if (i == benchmarkIndex || spec.Series[i].Values[latest].Value is not { } other) continue;
            var extra = $" {spec.Series[i].Name}: {ChartFormat.Number(other, spec.Decimals)}.";
            if (text.Length + extra.Length <= 300) text += extra;
        }
        return text;
    }

    public static ChartDataTable Table(TrendChartSpec spec)
    {
        TrendChartRenderer.Validate(spec);
        var benchmarkIndex = TrendChartRenderer.BenchmarkIndex(spec);
        var benchmarkName = benchmarkIndex >= 0 ? spec.Series[benchmarkIndex].Name : "benchmark";
        var unit = string.IsNullOrWhiteSpace(spec.Unit) ? "" : $" ({spec.Unit.Trim()})";
        var columns = new List<string> { "Period" };
        var hasCi = spec.Series.Select(s => s.Values.Any(v => v.Lower is not null && v.Upper is not null)).ToArray();
        var hasComparison = spec.Series.Select(s => s.Values.Any(v => v.Comparison != ComparisonCategory.None)).ToArray();
        for (var i = 0; i < spec.Series.Count; i++)
        {
            columns.Add(spec.Series[i].Name + unit);
            if (hasCi[i]) columns.Add($"{spec.Series[i].Name} 95% CI");
            if (hasComparison[i]) columns.Add($"{spec.Series[i].Name} compared with {benchmarkName}");
        }

        var rows = new List<IReadOnlyList<string>>();
        for (var p = 0; p < spec.Periods.Count; p++)
        {
            var row = new List<string> { spec.Periods[p] };
            for (var i = 0; i < spec.Series.Count; i++)
            {
                var v = spec.Series[i].Values[p];
                row.Add(ChartFormat.Number(v.Value, spec.Decimals, v.Note));
                if (hasCi[i]) row.Add(ChartFormat.Interval(v.Lower, v.Upper, spec.Decimals) ?? ChartFormat.Missing);
                if (hasComparison[i]) row.Add(ChartFormat.ComparisonWord(v.Comparison));
            }
            rows.Add(row);
        }
        return new ChartDataTable(columns, rows);
    }

    private static int LastIndexWithValue(TrendSeries s)
    {
        for (var i = s.Values.Count - 1; i >= 0; i--)
            if (s.Values[i].Value is { } v && double.IsFinite(v)) return i;
        return -1;
    }

    private static int FirstIndexWithValue(TrendSeries s)
    {
        for (var i = 0; i < s.Values.Count; i++)
            if (s.Values[i].Value is { } v && double.IsFinite(v)) return i;
        return -1;
    }
}
