using MathNet.Numerics.Distributions;

namespace ReportGen.Statistics;

/// <summary>
/// The two confidence levels Fingertips publishes (95% and 99.8%) and the normal quantiles behind them.
/// </summary>
/// <remarks>
/// The z values come from the exact standard normal quantile, as PHEindicatormethods does with <c>qnorm</c>,
/// not from the rounded 1.96 and 3.09.
/// </remarks>
public static class ConfidenceLevel
{
    /// <summary>The 95% level, as a fraction.</summary>
    public const double Level95 = 0.95;

    /// <summary>The 99.8% level, as a fraction.</summary>
    public const double Level998 = 0.998;

    /// <summary>Two-sided z for 95%: 1.959963984540054.</summary>
    public static readonly double Z95 = Z(Level95);

    /// <summary>Two-sided z for 99.8%: 3.090232306167813.</summary>
    public static readonly double Z998 = Z(Level998);

    /// <summary>The two-sided standard normal quantile for a confidence level, i.e. the quantile at c + (1 - c) / 2.</summary>
    /// <param name="confidence">A level strictly between 0 and 1, e.g. 0.95.</param>
    /// <exception cref="ArgumentOutOfRangeException">When the level is not strictly between 0 and 1.</exception>
    public static double Z(double confidence) => Normal.InvCDF(0, 1, UpperTail(confidence));

    /// <summary>The probability below the upper limit, c + (1 - c) / 2 (0.975 for 95%).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the level is not strictly between 0 and 1.</exception>
    public static double UpperTail(double confidence)
    {
        Validate(confidence);
        return confidence + (1 - confidence) / 2;
    }

    /// <summary>The probability below the lower limit, (1 - c) / 2 (0.025 for 95%).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the level is not strictly between 0 and 1.</exception>
    public static double LowerTail(double confidence)
    {
        Validate(confidence);
        return (1 - confidence) / 2;
    }

    private static void Validate(double confidence)
    {
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence,
                "The confidence level must be a fraction strictly between 0 and 1, e.g. 0.95 or 0.998.");
        }
    }
}
