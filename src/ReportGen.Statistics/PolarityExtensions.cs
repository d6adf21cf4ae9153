namespace ReportGen.Statistics;

/// <summary>Turns "the area is higher or lower than the benchmark" into an outcome read through an indicator's polarity.</summary>
public static class PolarityExtensions
{
    /// <summary>
    /// The outcome of a significant difference: Better or Worse for judged indicators, Higher or Lower for no-judgement ones.
    /// </summary>
    /// <param name="polarity">Which direction is good.</param>
    /// <param name="areaIsHigher">True when the area is significantly above the benchmark, false when below.</param>
    public static ComparisonOutcome Judge(this Polarity polarity, bool areaIsHigher) => polarity switch
    {
        Polarity.HigherIsBetter => areaIsHigher ? ComparisonOutcome.Better : ComparisonOutcome.Worse,
        Polarity.HigherIsWorse => areaIsHigher ? ComparisonOutcome.Worse : ComparisonOutcome.Better,
        _ => areaIsHigher ? ComparisonOutcome.Higher : ComparisonOutcome.Lower,
    };

    /// <summary>
    /// The outcome of a difference significant at the stricter 99.8% level: Best or Worst, or Highest or Lowest with no judgement.
    /// </summary>
    /// <param name="polarity">Which direction is good.</param>
    /// <param name="areaIsHigher">True when the area is above the benchmark, false when below.</param>
    public static ComparisonOutcome JudgeStrongly(this Polarity polarity, bool areaIsHigher) => polarity switch
    {
        Polarity.HigherIsBetter => areaIsHigher ? ComparisonOutcome.Best : ComparisonOutcome.Worst,
        Polarity.HigherIsWorse => areaIsHigher ? ComparisonOutcome.Worst : ComparisonOutcome.Best,
        _ => areaIsHigher ? ComparisonOutcome.Highest : ComparisonOutcome.Lowest,
    };
}
