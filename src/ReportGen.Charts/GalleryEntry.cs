namespace ReportGen.Charts;

/// <summary>A chart to write into a gallery folder under a file name (without extension).</summary>
public sealed record GalleryEntry(string Name, ChartSpec Spec);
