namespace ReportGen.ChartKinds;

/// <summary>Alt text and data table of a map: the values as an area comparison would give them, introduced as a map.</summary>
internal static class MapChartText
{
    public static string AltText(MapChartSpec spec)
    {
        MapChartRenderer.Validate(spec);
        var text = AreaComparisonChartText.AltText(spec.AsComparison());
        const string prefix = "Bar chart of ";
        var grey = spec.Areas.Count(a => a.Value is null);
        var body = text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..] : text;
        var illustrative = spec.Areas.Count(a => a.Illustrative);
        return $"Map of {body}" + (grey > 0 && body.Length < 260 ? $" {grey} neighbouring area(s) without a value are grey." : "")
            + (illustrative > 0 ? $" {illustrative} value(s), marked *, are illustrative, not published." : "");
    }

    public static ChartDataTable Table(MapChartSpec spec)
    {
        MapChartRenderer.Validate(spec);
        var table = AreaComparisonChartText.Table(spec.AsComparison());
        if (!spec.Areas.Any(a => a.Illustrative)) return table;
        // Say which values are illustrative sample data rather than published figures.
        var illustrative = spec.Areas.Where(a => a.Illustrative).Select(a => a.Shape.Name).ToHashSet();
        var rows = table.Rows.Select(r => (IReadOnlyList<string>)[.. r, illustrative.Contains(r[0]) ? "Illustrative (not published)" : r[^1] == "Benchmark" ? "" : "Published"]).ToList();
        return new ChartDataTable([.. table.Columns, "Provenance"], rows);
    }
}
