namespace ReportGen.ChartKinds;

/// <summary>A further comparator profile for a population pyramid, as percentages by age band.</summary>
/// <param name="Name">Shown in the legend, alt text and data table, e.g. "East of England".</param>
/// <param name="MalePercent">Males in each age band as a percentage of the whole population.</param>
/// <param name="FemalePercent">Females in each age band as a percentage of the whole population.</param>
public sealed record PyramidComparator(string Name, IReadOnlyList<double> MalePercent, IReadOnlyList<double> FemalePercent);
