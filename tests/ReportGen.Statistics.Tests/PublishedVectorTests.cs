namespace ReportGen.Statistics.Tests;

/// <summary>
/// Every row of the PHEindicatormethods vectors for Wilson, Byar's, crude rates and proportions
/// (TestData/pheim_testvectors_wilson_byars_rate_proportion.csv), reproduced within 1e-6 relative.
/// </summary>
public class PublishedVectorTests
{
    private const string File = "pheim_testvectors_wilson_byars_rate_proportion.csv";

    private static readonly Dictionary<string, IReadOnlyDictionary<string, string>> Rows =
        TestCsv.Read(File).ToDictionary(r => $"{r["sheet"]} row {r["row"]}");

    public static TheoryData<string> RowIds() => new(Rows.Keys);

    [Fact]
    public void All_75_vectors_are_loaded()
    {
        Assert.Equal(75, Rows.Count);
    }

    [Theory]
    [MemberData(nameof(RowIds))]
    public void Reproduces_vector(string id)
    {
        var row = Rows[id];
        string confidence = row["confidence"];
        bool has95 = confidence.Contains("95%");
        bool has998 = confidence.Contains("99.8%");
        string function = row["function"];

        if (function.StartsWith("byars_lower/upper", StringComparison.Ordinal))
        {
            double x = row.Number("x")!.Value;
            if (has95) AssertInterval(row, "95", PoissonLimits.Byars(x, 0.95), id);
            if (has998) AssertInterval(row, "99_8", PoissonLimits.Byars(x, 0.998), id);
        }
        else if (function.StartsWith("wilson_lower/upper", StringComparison.Ordinal))
        {
            double x = row.Number("x")!.Value, n = row.Number("n")!.Value;
            if (has95) AssertInterval(row, "95", Proportions.WilsonInterval(x, n, 0.95), id);
            if (has998) AssertInterval(row, "99_8", Proportions.WilsonInterval(x, n, 0.998), id);
        }
        else if (function.StartsWith("phe_proportion", StringComparison.Ordinal))
        {
            var estimate = Proportions.Wilson(row.Number("x"), row.Number("n"), row.Number("multiplier")!.Value);
            AssertEstimate(row, estimate, has998, id);
            Assert.Equal(EstimateMethod.Wilson, estimate.Method);
        }
        else if (function.StartsWith("phe_rate", StringComparison.Ordinal))
        {
            var estimate = CrudeRates.Rate(row.Number("x"), row.Number("n"), row.Number("multiplier")!.Value);
            AssertEstimate(row, estimate, has998, id);
            Assert.Equal(row["method"], estimate.Method);
        }
        else
        {
            Assert.Fail($"{id}: no test for function '{function}'");
        }
    }

    private static void AssertEstimate(IReadOnlyDictionary<string, string> row, Estimate estimate, bool has998, string id)
    {
        Approx.Equal(row.Number("expected_value"), estimate.Value, $"{id} value");
        AssertInterval(row, "95", estimate.Interval95, id);
        if (has998)
        {
            AssertInterval(row, "99_8", estimate.Interval998, id);
        }

        if (row.Number("expected_value") is null)
        {
            Assert.NotNull(estimate.Note);
        }
    }

    private static void AssertInterval(IReadOnlyDictionary<string, string> row, string level, ConfidenceInterval actual, string id)
    {
        Approx.Equal(row.Number($"expected_lower{level}"), actual.Lower, $"{id} lower {level}");
        Approx.Equal(row.Number($"expected_upper{level}"), actual.Upper, $"{id} upper {level}");
    }
}
