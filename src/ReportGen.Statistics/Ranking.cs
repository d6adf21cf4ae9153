namespace ReportGen.Statistics;

/// <summary>Ranks an area's value among a set of comparable areas' values.</summary>
public static class Ranking
{
    /// <summary>
    /// The area's rank among all values. For judged indicators 1st is the best (highest when higher is better, lowest when
    /// higher is worse); with no judgement 1st is the highest. Ties share a rank ("standard competition" ranking: 1, 2, 2, 4):
    /// the rank is one more than the number of values strictly ahead of the area.
    /// </summary>
    /// <param name="value">The area's value.</param>
    /// <param name="allValues">Every comparable area's value, the area's own included; leave out areas with no value.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <exception cref="ArgumentException">When a value is not a finite number or the area's value is not among the values.</exception>
    public static RankResult Rank(double value, IEnumerable<double> allValues, Polarity polarity)
    {
        var values = allValues.ToList();
        if (!double.IsFinite(value) || values.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Every value to rank must be a finite number.", nameof(allValues));
        }

        if (!values.Contains(value))
        {
            throw new ArgumentException(
                $"The value {value} is not among the values to rank; include the area's own value in the list.", nameof(allValues));
        }

        bool lowestFirst = polarity == Polarity.HigherIsWorse;
        int ahead = values.Count(v => lowestFirst ? v < value : v > value);
        return new RankResult(ahead + 1, values.Count);
    }
}
