namespace ReportGen.Statistics.Tests;

/// <summary>Student's t means against the PHEindicatormethods testdata_Mean results (reference section 3.8, M1 to M3).</summary>
public class MeanTests
{
    private static readonly double[] Area1 = { 33.09375, 48.38596, 64.83495, 67.98475, 22.93556, 71.23587, 38.78465, 82.37927 };

    private static readonly double[] Area2 =
    {
        5555.66666, 6666.77777, 4444.88888, 2222.99999, 3333.88888, 5555.44444, 6666.33333, 7777.44444, 5555.99999,
        8888.33333, 2222.55555, 4444.33333, 6666.22222, 4444.11111, 4444.22222, 5555.11111, 7777.22222, 9999.77777,
    };

    private static void AssertMean(Estimate actual, double mean, double l95, double u95, double l998, double u998, string what)
    {
        Approx.Equal(mean, actual.Value, $"{what} mean");
        Approx.Equal(l95, actual.Lower95, $"{what} lower 95");
        Approx.Equal(u95, actual.Upper95, $"{what} upper 95");
        Approx.Equal(l998, actual.Lower998, $"{what} lower 99.8");
        Approx.Equal(u998, actual.Upper998, $"{what} upper 99.8");
        Assert.Equal(EstimateMethod.StudentT, actual.Method);
    }

    [Fact]
    public void M1_area1()
    {
        AssertMean(Means.StudentT(Area1),
            53.704345000000011, 36.168325241336504, 71.240364758663517, 18.216705294788838, 89.191984705211183, "M1");
    }

    [Fact]
    public void M2_area2()
    {
        AssertMean(Means.StudentT(Area2),
            5678.9629577777778, 4625.7900224529722, 6732.1358931025834, 3859.0770997295967, 7498.8488158259588, "M2");
    }

    [Fact]
    public void M3_all_26_values()
    {
        AssertMean(Means.StudentT(Area1.Concat(Area2)),
            3948.1141538461534, 2666.9956767458489, 5229.2326309464579, 1801.9535385474737, 6094.274769144833, "M3");
    }

    [Fact]
    public void Summary_form_matches_the_values_form()
    {
        AssertMean(Means.StudentT(53.704345000000011, 20.975575257709309, 8),
            53.704345000000011, 36.168325241336504, 71.240364758663517, 18.216705294788838, 89.191984705211183, "M1 summary");
    }

    [Fact]
    public void One_value_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => Means.StudentT(new[] { 1.0 }));
    }
}
