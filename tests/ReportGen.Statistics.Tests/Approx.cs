namespace ReportGen.Statistics.Tests;

/// <summary>Assertions on numbers within a relative tolerance.</summary>
internal static class Approx
{
    /// <summary>The tolerance the published vectors must be met within.</summary>
    public const double Relative = 1e-6;

    /// <summary>Fails unless actual is within the relative tolerance of expected (or both are null).</summary>
    public static void Equal(double? expected, double? actual, string what, double relative = Relative)
    {
        if (expected is null)
        {
            Assert.True(actual is null, $"{what}: expected no value, got {actual:R}");
            return;
        }

        Assert.True(actual is not null, $"{what}: expected {expected:R}, got no value");
        double scale = Math.Max(Math.Abs(expected.Value), double.Epsilon);
        double error = Math.Abs(actual!.Value - expected.Value) / scale;
        Assert.True(error <= relative, $"{what}: expected {expected:R}, got {actual:R} (relative error {error:E2})");
    }
}
