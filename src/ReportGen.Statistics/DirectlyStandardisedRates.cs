namespace ReportGen.Statistics;

/// <summary>
/// Directly standardised rates with Dobson's confidence limits, as PHEindicatormethods <c>calculate_dsr</c>.
/// </summary>
/// <remarks>
/// With x_i events, n_i population and w_i standard weight in band i, and O = sum of x_i:
/// DSR = sum(x_i w_i / n_i) / sum(w_i); var = sum(x_i (w_i / n_i)^2) / sum(w_i)^2;
/// limit = DSR + sqrt(var / O) (B - O), where B is Byar's limit on O (Byar's is used even for small O).
/// When O is below 10 neither the value nor the limits are given.
/// Bands are matched by position: counts, populations and weights must list the same bands in the same order.
/// </remarks>
public static class DirectlyStandardisedRates
{
    /// <summary>Rates with fewer events than this in total are not published.</summary>
    public const double MinimumEvents = 10;

    /// <summary>The note given when a rate is withheld for having too few events.</summary>
    public const string TooFewEventsNote = "Not calculated: fewer than 10 events in total.";

    /// <summary>A directly standardised rate assuming each event happened to a different person.</summary>
    /// <param name="counts">Events in each band; a null count is taken as 0.</param>
    /// <param name="populations">Population in each band; every one must be greater than zero.</param>
    /// <param name="standardPopulation">Standard weights per band; null means <see cref="EuropeanStandardPopulation.Esp2013"/>.</param>
    /// <param name="multiplier">E.g. 100000 for a rate per 100,000.</param>
    /// <returns>The estimate, with method <see cref="EstimateMethod.Dobson"/>; value and limits null below 10 events.</returns>
    /// <exception cref="ArgumentException">When the lists differ in length, a count is negative or a population is not positive.</exception>
    public static Estimate Dobson(
        IReadOnlyList<double?> counts,
        IReadOnlyList<double> populations,
        IReadOnlyList<double>? standardPopulation = null,
        double multiplier = 100000)
    {
        var weights = standardPopulation ?? EuropeanStandardPopulation.Esp2013;
        CheckBands(counts, populations, weights, nameof(counts));

        double events = 0, weighted = 0, variance = 0;
        for (int i = 0; i < counts.Count; i++)
        {
            double x = counts[i] ?? 0;
            double ratio = weights[i] / populations[i];
            events += x;
            weighted += x * ratio;
            variance += x * ratio * ratio;
        }

        return Build(events, weighted, variance, weights.Sum(), multiplier, EstimateMethod.Dobson);
    }

    /// <summary>
    /// A directly standardised rate where some people had more than one event. The data give, for each number of events
    /// per person f, how many people in each band had exactly f events. Events are counted as the sum of f times people;
    /// the variance is the sum over f of f^2 times the Dobson variance of the people with f events.
    /// </summary>
    /// <param name="peopleByEventsPerPerson">Key: events per person (1, 2, 3...). Value: people with that many events in each band (null taken as 0).</param>
    /// <param name="populations">Population in each band; every one must be greater than zero.</param>
    /// <param name="standardPopulation">Standard weights per band; null means <see cref="EuropeanStandardPopulation.Esp2013"/>.</param>
    /// <param name="multiplier">E.g. 100000 for a rate per 100,000.</param>
    /// <returns>The estimate, with method <see cref="EstimateMethod.DobsonNonIndependent"/>; value and limits null below 10 events.</returns>
    /// <exception cref="ArgumentException">When a list differs in length from the populations, a key is below 1, a count is negative or a population is not positive.</exception>
    public static Estimate DobsonNonIndependent(
        IReadOnlyDictionary<int, IReadOnlyList<double?>> peopleByEventsPerPerson,
        IReadOnlyList<double> populations,
        IReadOnlyList<double>? standardPopulation = null,
        double multiplier = 100000)
    {
        var weights = standardPopulation ?? EuropeanStandardPopulation.Esp2013;
        double events = 0, weighted = 0, variance = 0;
        foreach (var (frequency, people) in peopleByEventsPerPerson)
        {
            if (frequency < 1)
            {
                throw new ArgumentException(
                    $"Events per person must be 1 or more (was {frequency}).", nameof(peopleByEventsPerPerson));
            }

            CheckBands(people, populations, weights, nameof(peopleByEventsPerPerson));
            for (int i = 0; i < people.Count; i++)
            {
                double x = (people[i] ?? 0) * frequency;
                double ratio = weights[i] / populations[i];
                events += x;
                weighted += x * ratio;
                variance += frequency * x * ratio * ratio;
            }
        }

        return Build(events, weighted, variance, weights.Sum(), multiplier, EstimateMethod.DobsonNonIndependent);
    }

    private static Estimate Build(double events, double weighted, double variance, double totalWeight, double multiplier, string method)
    {
        if (events < MinimumEvents)
        {
            return Estimate.Missing(method, TooFewEventsNote);
        }

        double dsr = weighted / totalWeight;
        double spread = Math.Sqrt(variance / (totalWeight * totalWeight) / events);

        ConfidenceInterval Limits(double confidence)
        {
            var byars = PoissonLimits.Byars(events, confidence);
            return new ConfidenceInterval(
                (dsr + spread * (byars.Lower - events)) * multiplier,
                (dsr + spread * (byars.Upper - events)) * multiplier);
        }

        return Estimate.From(dsr * multiplier, Limits(ConfidenceLevel.Level95), Limits(ConfidenceLevel.Level998), method);
    }

    private static void CheckBands(IReadOnlyList<double?> counts, IReadOnlyList<double> populations, IReadOnlyList<double> weights, string countsName)
    {
        if (counts.Count != populations.Count || counts.Count != weights.Count)
        {
            throw new ArgumentException(
                $"Counts ({counts.Count} bands), populations ({populations.Count}) and standard population ({weights.Count}) must list the same bands.",
                countsName);
        }

        for (int i = 0; i < counts.Count; i++)
        {
            if (counts[i] is { } x && (!double.IsFinite(x) || x < 0))
            {
                throw new ArgumentException($"The count in band {i + 1} must be zero or more (was {x}).", countsName);
            }

            if (!double.IsFinite(populations[i]) || populations[i] <= 0)
            {
                throw new ArgumentException(
                    $"The population in band {i + 1} must be greater than zero (was {populations[i]}).", nameof(populations));
            }
        }
    }
}
