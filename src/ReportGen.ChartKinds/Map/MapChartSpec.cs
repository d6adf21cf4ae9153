namespace ReportGen.ChartKinds;

/// <summary>A point of a boundary: longitude and latitude in degrees.</summary>
public readonly record struct GeoPoint(double Lon, double Lat);

/// <summary>One area's shape: filled rings (outer boundaries and holes alike, drawn even-odd) and its outer boundary lines.</summary>
public sealed record AreaShape(string Code, string Name, IReadOnlyList<IReadOnlyList<GeoPoint>> Rings, IReadOnlyList<IReadOnlyList<GeoPoint>> Outline);

/// <summary>An area on a map: its shape and, when it has one, its value (comparison and confidence limits as for a bar).</summary>
/// <param name="Illustrative">The value is illustrative sample data, not a published figure: the label carries "*" and the data table says so.</param>
public sealed record MapArea(AreaShape Shape, ChartValue? Value, bool Highlight = false, bool Illustrative = false);

/// <summary>
/// A choropleth: each area filled by how its value compares with the benchmark (the house comparison colours, as
/// in an area comparison bar chart), named and labelled with its value, the focus area outlined. Areas without a
/// value are drawn in grey as context. Alt text and the data table list every value, so the map is never the
/// only way to read them.
/// </summary>
public sealed record MapChartSpec : ChartSpec
{
    public required IReadOnlyList<MapArea> Areas { get; init; }
    public required string Period { get; init; }
    public double? BenchmarkValue { get; init; }
    public string BenchmarkLabel { get; init; } = "England";
    /// <summary>A map names its boundaries' licence in its source line.</summary>
    public MapChartSpec() => Attribution = Boundaries.Attribution;

    /// <summary>The same values as an area comparison (what alt text and data table are written from).</summary>
    public AreaComparisonChartSpec AsComparison() => new()
    {
        Subject = Subject, ValueAxisLabel = ValueAxisLabel, Unit = Unit, Decimals = Decimals, WidthCm = WidthCm, HeightCm = HeightCm,
        Bars = Areas.Where(a => a.Value is not null).Select(a => new AreaBar(a.Shape.Name, a.Value!, a.Highlight)).ToList(),
        BenchmarkValue = BenchmarkValue, BenchmarkLabel = BenchmarkLabel, Period = Period, SortDescending = true,
    };
}
