namespace ReportGen.Charts;

/// <summary>
/// The words and numbers behind a chart, without drawing it: alt text for screen readers and the
/// data table that is published with the chart as its accessible alternative.
/// </summary>
public static class ChartText
{
    /// <summary>
    /// Alt text built from the data: chart type, what is compared, the period (range), the latest
    /// values with units and the headline comparison; under about 300 characters where possible.
    /// </summary>
    /// <exception cref="NotSupportedException">An unknown chart spec type.</exception>
    public static string AltText(ChartSpec spec) => spec switch
    {
        null => throw new ArgumentNullException(nameof(spec)),
        TrendChartSpec t => TrendChartText.AltText(t),
        AreaComparisonChartSpec a => AreaComparisonChartText.AltText(a),
        PopulationPyramidSpec p => PopulationPyramidText.AltText(p),
        BarChartSpec b => BarChartText.AltText(b),
        SpineChartSpec s => SpineChartText.AltText(s),
        Maps.MapChartSpec m => Maps.MapChartText.AltText(m),
        _ => throw new NotSupportedException($"No alt text for {spec.GetType().Name}."),
    };

    /// <summary>The data behind the chart with headers and formatted values, including confidence intervals.</summary>
    /// <exception cref="NotSupportedException">An unknown chart spec type.</exception>
    public static ChartDataTable DataTable(ChartSpec spec) => spec switch
    {
        null => throw new ArgumentNullException(nameof(spec)),
        TrendChartSpec t => TrendChartText.Table(t),
        AreaComparisonChartSpec a => AreaComparisonChartText.Table(a),
        PopulationPyramidSpec p => PopulationPyramidText.Table(p),
        BarChartSpec b => BarChartText.Table(b),
        SpineChartSpec s => SpineChartText.Table(s),
        Maps.MapChartSpec m => Maps.MapChartText.Table(m),
        _ => throw new NotSupportedException($"No data table for {spec.GetType().Name}."),
    };
}
