namespace ReportGen.Charts.Maps;

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
        return $"Map of {body}" + (grey > 0 && body.Length < 260 ? $" {grey} neighbouring area(s) without a value are grey." : "");
    }

    public static ChartDataTable Table(MapChartSpec spec)
    {
        MapChartRenderer.Validate(spec);
        return AreaComparisonChartText.Table(spec.AsComparison());
    }
}
