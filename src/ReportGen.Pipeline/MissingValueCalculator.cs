using ReportGen.Data;
using ReportGen.Data.Model;
using ReportGen.Statistics;

namespace ReportGen.Pipeline;

/// <summary>
/// Completes a value from its count and denominator with the indicator's method (Wilson for proportions, exact
/// Poisson or Byar's for crude rates and counts). Published values and limits are kept; only blanks are filled.
/// This is the hook the data loader calls, so the data layer never holds a formula.
/// </summary>
public static class MissingValueCalculator
{
    public static IndicatorValue Fill(IndicatorDefinition indicator, IndicatorValue v)
    {
        if (v.Count is not { } count) return v;
        Estimate? e = indicator.Measure switch
        {
            MeasureType.Proportion when v.Denominator is { } n => Proportions.Wilson(count, n, indicator.Multiplier),
            MeasureType.CrudeRate when v.Denominator is { } n => CrudeRates.Rate(count, n, indicator.Multiplier),
            MeasureType.Count => Counts.Poisson(count),
            _ => null,
        };
        if (e is null) return v;
        return v with
        {
            Value = v.Value ?? e.Value,
            Lower95 = v.Lower95 ?? (v.Value is null ? e.Lower95 : null),
            Upper95 = v.Upper95 ?? (v.Value is null ? e.Upper95 : null),
            Lower998 = v.Lower998 ?? (v.Value is null ? e.Lower998 : null),
            Upper998 = v.Upper998 ?? (v.Value is null ? e.Upper998 : null),
        };
    }

    public static DataSet Load(string dataFolder) => DataLoader.Load(dataFolder, Fill);
}
