namespace ReportGen.ChartKinds;

/// <summary>Alt text and data table of a tile map: how many authorities fall in each comparison, the area's own value, and every value in the table.</summary>
internal static class TileMapChartText
{
    /// <summary>The data table's word for an authority with no value.</summary>
    public const string NoValue = "No value";

    /// <summary>
    /// "Tile map of alcohol-specific mortality in 2023 for England's 153 upper-tier authorities, coloured by comparison
    /// with England (15.0 per 100,000): 34 better, 81 similar, 35 worse, 3 no value. Cambridgeshire (outlined): 12.8 per
    /// 100,000, similar to England. 148 values illustrative (marked * in the data table)." The counts per category and
    /// the area's own value always; England's value when the whole stays within about 300 characters.
    /// </summary>
    public static string AltText(TileMapChartSpec spec)
    {
        TileMapChartRenderer.Validate(spec);
        var valued = spec.Tiles.Where(t => t.Value?.Value is not null).ToList();
        var counts = valued.GroupBy(t => t.Value!.Comparison).OrderBy(g => TileMapChartRenderer.Order(g.Key))
            .Select(g => $"{g.Count()} {ChartFormat.ComparisonWord(g.Key).ToLowerInvariant()}").ToList();
        var missing = spec.Tiles.Count - valued.Count;
        if (missing > 0) counts.Add($"{missing} no value");
        var focusText = "";
        if (spec.Tiles.FirstOrDefault(t => t.Highlight) is { } focus)
        {
            if (focus.Value?.Value is { } fv)
            {
                var phrase = ChartFormat.ComparisonPhrase(focus.Value.Comparison, spec.BenchmarkLabel);
                focusText = $" {focus.Place.Name} (outlined): {ChartFormat.WithUnit(fv, spec.Decimals, spec.Unit)}" + (phrase.Length > 0 ? $", {phrase}." : ".");
            }
            else focusText = $" {focus.Place.Name} (outlined) has no value.";
        }
        var illustrative = spec.Tiles.Count(t => t.Illustrative);
        var illustrativeText = illustrative > 0 ? $" {illustrative} values illustrative (marked * in the data table)." : "";
        string Text(bool withBenchmark) =>
            $"Tile map of {ChartFormat.InSentence(spec.Subject)} in {spec.Period} for England's {spec.Tiles.Count} upper-tier authorities, "
            + $"coloured by comparison with {spec.BenchmarkLabel}"
            + (withBenchmark && spec.BenchmarkValue is { } b ? $" ({ChartFormat.WithUnit(b, spec.Decimals, spec.Unit)})" : "")
            + $": {string.Join(", ", counts)}." + focusText + illustrativeText;
        var full = Text(withBenchmark: true);
        return full.Length <= 300 ? full : Text(withBenchmark: false);
    }

    public static ChartDataTable Table(TileMapChartSpec spec)
    {
        TileMapChartRenderer.Validate(spec);
        var unit = string.IsNullOrWhiteSpace(spec.Unit) ? "" : $" ({spec.Unit.Trim()})";
        var columns = new List<string> { "Area", "Value" + unit, "Lower 95% CI", "Upper 95% CI", $"Compared with {spec.BenchmarkLabel}", "Provenance" };
        var rows = new List<IReadOnlyList<string>>();
        foreach (var tile in spec.Tiles.OrderBy(t => t.Place.Name, StringComparer.Ordinal))
        {
            if (tile.Value is not { Value: not null } v)
            {
                rows.Add([tile.Place.Name, ChartFormat.Missing, ChartFormat.Missing, ChartFormat.Missing, NoValue, ""]);
                continue;
            }
            rows.Add([tile.Place.Name, ChartFormat.Number(v.Value, spec.Decimals, v.Note) + (tile.Illustrative ? "*" : ""),
                ChartFormat.Number(v.Lower, spec.Decimals), ChartFormat.Number(v.Upper, spec.Decimals),
                ChartFormat.ComparisonWord(v.Comparison), tile.Illustrative ? "Illustrative (not published)" : "Published"]);
        }
        if (spec.BenchmarkValue is { } b)
            rows.Add([spec.BenchmarkLabel, ChartFormat.Number(b, spec.Decimals), ChartFormat.Missing, ChartFormat.Missing, "Benchmark", ""]);
        return new ChartDataTable(columns, rows);
    }
}
