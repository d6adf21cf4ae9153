namespace ReportGen.Statistics.Tests;

/// <summary>
/// Dobson DSRs from the PHEindicatormethods inputs (TestData/pheim_testdata_dsr_inputs.csv) against the expected results
/// of its testresults_DSR sheet, as transcribed in the reference notes (section 3.8, D1 to D5).
/// </summary>
public class DirectlyStandardisedRateTests
{
    private static readonly IReadOnlyList<IReadOnlyDictionary<string, string>> Rows = TestCsv.Read("pheim_testdata_dsr_inputs.csv");

    private static List<IReadOnlyDictionary<string, string>> Area(string name)
    {
        var rows = Rows.Where(r => r["area"] == name).OrderBy(r => int.Parse(r["ageband_index"])).ToList();
        Assert.Equal(19, rows.Count);
        return rows;
    }

    private static Estimate Independent(string area, double multiplier = 100000)
    {
        var rows = Area(area);
        return DirectlyStandardisedRates.Dobson(
            rows.Select(r => r.Number("count")).ToList(),
            rows.Select(r => r.Number("pop")!.Value).ToList(),
            multiplier: multiplier);
    }

    private static Estimate NonIndependent(string area)
    {
        var rows = Area(area);
        var byFrequency = Enumerable.Range(1, 4).ToDictionary(
            f => f,
            f => (IReadOnlyList<double?>)rows.Select(r => r.Number($"f{f}")).ToList());
        return DirectlyStandardisedRates.DobsonNonIndependent(byFrequency, rows.Select(r => r.Number("pop")!.Value).ToList());
    }

    private static void AssertEstimate(Estimate actual, double value, double l95, double u95, double l998, double u998, string what)
    {
        Approx.Equal(value, actual.Value, $"{what} value");
        Approx.Equal(l95, actual.Lower95, $"{what} lower 95");
        Approx.Equal(u95, actual.Upper95, $"{what} upper 95");
        Approx.Equal(l998, actual.Lower998, $"{what} lower 99.8");
        Approx.Equal(u998, actual.Upper998, $"{what} upper 99.8");
    }

    [Fact]
    public void The_csv_uses_the_default_esp2013_weights()
    {
        var weights = Area("testdata_big").Select(r => r.Number("esp2013")!.Value);
        Assert.Equal(EuropeanStandardPopulation.Esp2013, weights);
        Assert.Equal(100000, EuropeanStandardPopulation.Esp2013.Sum());
        Assert.Equal(19, EuropeanStandardPopulation.Esp2013Bands.Count);
    }

    [Fact]
    public void D1_big_area()
    {
        var dsr = Independent("testdata_big");
        AssertEstimate(dsr, 10430.247991469423, 9717.709067985681, 11178.94091547925, 9323.2878802199029, 11620.595999522058, "D1");
        Assert.Equal(EstimateMethod.Dobson, dsr.Method);
        Assert.Null(dsr.Note);
    }

    [Fact]
    public void D1_big_area_per_10000()
    {
        var dsr = Independent("testdata_big", multiplier: 10000);
        Approx.Equal(1043.0247991469423, dsr.Value, "D1/10k value");
        Approx.Equal(971.77090679856803, dsr.Lower95, "D1/10k lower 95");
        Approx.Equal(1117.894091547925, dsr.Upper95, "D1/10k upper 95");
    }

    [Fact]
    public void D2_small_area()
    {
        AssertEstimate(Independent("testdata_small"),
            1103.212025300104, 877.455767536709, 1367.0882227251795, 763.64203579398793, 1530.0328948244762, "D2");
    }

    [Fact]
    public void D3_fewer_than_10_events_is_suppressed_with_a_note()
    {
        var dsr = Independent("testdata_tiny");
        Assert.Null(dsr.Value);
        Assert.Null(dsr.Lower95);
        Assert.Null(dsr.Upper95);
        Assert.Null(dsr.Lower998);
        Assert.Null(dsr.Upper998);
        Assert.Equal(DirectlyStandardisedRates.TooFewEventsNote, dsr.Note);
        Assert.Equal(EstimateMethod.Dobson, dsr.Method);
    }

    [Fact]
    public void D4_non_independent_big_area()
    {
        var dsr = NonIndependent("testdata_nonind_big");
        AssertEstimate(dsr, 10430.24799147, 9532.94977862, 11373.07483298, 9036.25631357, 11929.24980749, "D4");
        Assert.Equal(EstimateMethod.DobsonNonIndependent, dsr.Method);
    }

    [Fact]
    public void D5_non_independent_small_area()
    {
        AssertEstimate(NonIndependent("testdata_nonind_small"),
            1082.95419841, 817.68609755, 1393.55884927, 684.16751792, 1585.49645593, "D5");
    }

    [Fact]
    public void Non_independent_with_fewer_than_10_events_is_suppressed()
    {
        var dsr = NonIndependent("testdata_nonind_tiny");
        Assert.Null(dsr.Value);
        Assert.Equal(DirectlyStandardisedRates.TooFewEventsNote, dsr.Note);
    }

    [Fact]
    public void Non_independent_with_one_event_each_equals_the_independent_rate()
    {
        var rows = Area("testdata_big");
        var counts = rows.Select(r => r.Number("count")).ToList();
        var populations = rows.Select(r => r.Number("pop")!.Value).ToList();
        var single = DirectlyStandardisedRates.DobsonNonIndependent(new Dictionary<int, IReadOnlyList<double?>> { [1] = counts }, populations);
        var independent = DirectlyStandardisedRates.Dobson(counts, populations);
        Approx.Equal(independent.Lower95, single.Lower95, "lower 95", 1e-12);
        Approx.Equal(independent.Upper998, single.Upper998, "upper 99.8", 1e-12);
    }

    [Fact]
    public void A_custom_standard_population_changes_the_weights()
    {
        // Two bands with equal weights: the DSR is the plain average of the two crude rates.
        var dsr = DirectlyStandardisedRates.Dobson(new double?[] { 10, 30 }, new double[] { 1000, 1000 }, new double[] { 1, 1 }, 1000);
        Approx.Equal(20, dsr.Value, "value");
    }

    [Fact]
    public void Mismatched_bands_are_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            DirectlyStandardisedRates.Dobson(new double?[] { 10, 20 }, new double[] { 100, 100 }));
        Assert.Contains("same bands", error.Message);
    }

    [Fact]
    public void A_zero_population_is_rejected()
    {
        var counts = Enumerable.Repeat<double?>(5, 19).ToList();
        var populations = Enumerable.Repeat(100.0, 19).ToList();
        populations[3] = 0;
        var error = Assert.Throws<ArgumentException>(() => DirectlyStandardisedRates.Dobson(counts, populations));
        Assert.Contains("band 4", error.Message);
    }

    [Fact]
    public void A_negative_count_is_rejected()
    {
        var counts = Enumerable.Repeat<double?>(5, 19).ToList();
        counts[0] = -1;
        Assert.Throws<ArgumentException>(() => DirectlyStandardisedRates.Dobson(counts, Enumerable.Repeat(100.0, 19).ToList()));
    }
}
