using ReportGen.Data.Diagnostics;

namespace ReportGen.Data.Tests.TestSupport;

/// <summary>Small registries and catalogues shared by the tests, and the paths of the real Fingertips exports.</summary>
public static class Fixtures
{
    public const string AreasCsv = """
        code,name,short_name,type,parent_code
        E92000001,England,,england,
        E12000006,East of England region,East of England,region,E92000001
        E10000003,Cambridgeshire,,county,E12000006
        E07000008,Cambridge,,district,E10000003
        E07000012,South Cambridgeshire,,district,E10000003
        E06000031,Peterborough,,unitary,E12000006
        E10000015,Hertfordshire,,county,E12000006
        E10000020,Norfolk,,county,E12000006
        """;

    public const string IndicatorsYaml = """
        - id: dependent_drinkers_not_in_treatment
          name: Proportion of dependent drinkers not in treatment
          measure: proportion
          multiplier: 100
          unit: "%"
          polarity: higher_is_worse
          age: 18+ yrs
          source: OHID, NDTMS and modelled estimates
          fingertips_id: 93532
        - id: ocu_not_in_treatment
          name: Proportion of opiate and crack users not in treatment
          measure: proportion
          multiplier: 100
          unit: "%"
          polarity: higher_is_worse
          age: 15-64 yrs
          source: OHID, NDTMS and modelled estimates
          fingertips_id: 93517
        - id: campylobacter_rate
          name: Campylobacter incidence rate
          measure: crude_rate
          multiplier: 100000
          unit: per 100,000
          polarity: higher_is_worse
          source: UKHSA laboratory reports
          fingertips_id: 93356
        - id: treatment_completion
          name: Successful completion of treatment
          measure: proportion
          multiplier: 100
          unit: "%"
          polarity: higher_is_better
          source: NDTMS
        - id: alcohol_admissions
          name: Admissions for alcohol-specific conditions
          measure: dsr
          multiplier: 100000
          polarity: higher_is_worse
          source: Hospital Episode Statistics
        """;

    public static AreaRegistry Areas()
    {
        var bag = new DiagnosticBag();
        var areas = AreaRegistry.Read(new StringReader(AreasCsv), "areas.csv", bag);
        Assert.Empty(bag.Items);
        return areas;
    }

    public static IndicatorCatalogue Indicators()
    {
        var bag = new DiagnosticBag();
        var catalogue = IndicatorCatalogue.Read(new StringReader(IndicatorsYaml), "indicators.yaml", bag);
        Assert.Empty(bag.Items);
        return catalogue;
    }

    /// <summary>The real exports copied into the test output folder.</summary>
    public static string FingertipsFile(string indicatorId) =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "fingertips"), $"fingertips_{indicatorId}_*.csv").Single();

    /// <summary>The single diagnostic with this code, checked for its file, row and column.</summary>
    public static Diagnostic Single(DiagnosticBag bag, string code, string file, int? line, string? column)
    {
        var matches = bag.Items.Where(d => d.Code == code).ToList();
        var d = Assert.Single(matches);
        Assert.Equal(file, d.File);
        Assert.Equal(line, d.Line);
        Assert.Equal(column, d.Column);
        Assert.False(string.IsNullOrWhiteSpace(d.Message));
        return d;
    }
}
