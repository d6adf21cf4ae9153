namespace ReportGen.Fingertips;

/// <summary>One export to download: a Fingertips indicator for one area type.</summary>
/// <param name="FingertipsId">The Fingertips indicator number.</param>
/// <param name="IndicatorId">The indicators.yaml id that carries this number, or null when none does.</param>
/// <param name="AreaType">Which geography the export covers.</param>
public sealed record FetchItem(int FingertipsId, string? IndicatorId, FingertipsAreaType AreaType)
{
    /// <summary>The cache file's name without folder or extension, e.g. <c>fingertips-91380-502</c>.</summary>
    public string FileStem => $"fingertips-{FingertipsId}-{AreaType.ChildId}";

    /// <summary>How messages name the item, e.g. <c>91380 alcohol_specific_mortality, counties &amp; UAs (502)</c>.</summary>
    public override string ToString() => $"{FingertipsId}{(IndicatorId is null ? "" : " " + IndicatorId)}, {AreaType}";
}
