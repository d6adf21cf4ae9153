using ReportGen.ChartKinds;
using ReportGen.Charts;

namespace ReportGen.Charts.Tests;

/// <summary>
/// Realistic example specs for every chart type, modelled on the Cambridgeshire Drug and Alcohol
/// Needs Assessment 2024-25 (figures rounded or invented where the report gives none).
/// </summary>
public static class ExampleCharts
{
    public static readonly string[] Districts = ["Cambridge", "East Cambridgeshire", "Fenland", "Huntingdonshire", "South Cambridgeshire"];

    private static ChartValue V(double value, double lower, double upper, ComparisonCategory c = ComparisonCategory.None) => new(value, lower, upper, c);

    /// <summary>Three-year pooled alcohol-specific mortality, county, region and England (6 periods).</summary>
    public static TrendChartSpec AlcoholSpecificMortalityTrend() => new()
    {
        Subject = "Alcohol-specific mortality",
        ValueAxisLabel = "Directly standardised rate per 100,000",
        Unit = "per 100,000",
        Periods = ["2016-18", "2017-19", "2018-20", "2019-21", "2020-22", "2021-23"],
        Series =
        [
            new("Cambridgeshire", [V(8.4, 7.3, 9.6, ComparisonCategory.Better), V(8.1, 7.0, 9.3, ComparisonCategory.Better), V(8.6, 7.5, 9.8, ComparisonCategory.Better),
                V(9.3, 8.1, 10.6, ComparisonCategory.Better), V(9.9, 8.7, 11.2, ComparisonCategory.Better), V(10.2, 8.9, 11.6, ComparisonCategory.Better)]),
            new("East of England", [V(8.9, 8.5, 9.3), V(8.8, 8.4, 9.2), V(9.3, 8.9, 9.7), V(10.4, 10.0, 10.8), V(11.2, 10.8, 11.6), V(11.9, 11.5, 12.3)]),
            new("England", [V(10.8, 10.7, 10.9), V(10.9, 10.8, 11.0), V(11.5, 11.4, 11.6), V(12.8, 12.7, 12.9), V(13.9, 13.8, 14.0), V(14.5, 14.4, 14.6)]),
        ],
    };

    /// <summary>Deaths from drug misuse, 21 three-year periods with one suppressed value (a gap).</summary>
    public static TrendChartSpec DrugMisuseDeathsTrend()
    {
        var periods = Enumerable.Range(2001, 21).Select(y => $"{y}-{(y + 2) % 100:00}").ToArray();
        double[] county = [2.6, 2.8, 2.9, 2.7, 2.4, 2.2, 2.1, 2.3, 2.0, 1.9, 2.1, 2.2, 2.3, 2.6, 2.9, 3.1, 3.0, 3.0, 2.6, 3.2, 3.5];
        double[] england = [3.4, 3.5, 3.4, 3.3, 3.3, 3.4, 3.4, 3.3, 3.2, 3.1, 3.1, 3.3, 3.6, 4.0, 4.3, 4.5, 4.7, 5.0, 5.1, 5.2, 5.5];
        var countyValues = county.Select((v, i) => i == 9
            ? new ChartValue(null, Note: "*")
            : new ChartValue(v, v * 0.78, v * 1.26, v * 1.26 < england[i] ? ComparisonCategory.Better : ComparisonCategory.Similar)).ToList();
        return new TrendChartSpec
        {
            Subject = "Deaths from drug misuse",
            ValueAxisLabel = "Directly standardised rate per 100,000",
            Unit = "per 100,000",
            Periods = periods,
            Series =
            [
                new("Cambridgeshire", countyValues),
                new("England", england.Select(v => new ChartValue(v, v - 0.1, v + 0.1)).ToList()),
            ],
        };
    }

    /// <summary>Annual England-only series 2006 to 2023: years are text, never "2,006".</summary>
    public static TrendChartSpec EnglandAnnualAlcoholSpecificMortality()
    {
        double[] rates = [11.5, 11.7, 11.9, 11.3, 11.6, 11.5, 11.2, 11.5, 11.8, 11.6, 11.7, 11.5, 11.5, 10.9, 13.0, 14.0, 14.8, 15.0];
        return new TrendChartSpec
        {
            Subject = "Alcohol-specific mortality in England",
            ValueAxisLabel = "Rate per 100,000 (all ages)",
            Unit = "per 100,000",
            Periods = Enumerable.Range(2006, rates.Length).Select(y => y.ToString()).ToArray(),
            Series = [new("England", rates.Select(v => new ChartValue(v, v - 0.25, v + 0.25)).ToList())],
            WidthCm = 16,
            HeightCm = 8,
        };
    }

    /// <summary>Alcohol-related mortality by district against England, highlighted county bar, sorted.</summary>
    public static AreaComparisonChartSpec AlcoholRelatedMortalityDistricts() => new()
    {
        Subject = "Alcohol-related mortality",
        ValueAxisLabel = "Directly standardised rate per 100,000",
        Unit = "per 100,000",
        Period = "2023",
        BenchmarkValue = 40.7,
        SortDescending = true,
        Bars =
        [
            new("Cambridgeshire", V(33.8, 31.2, 36.6, ComparisonCategory.Better), Highlight: true),
            new("Cambridge", V(38.5, 32.1, 45.8, ComparisonCategory.Similar)),
            new("East Cambridgeshire", V(29.1, 22.4, 37.1, ComparisonCategory.Better)),
            new("Fenland", V(44.2, 37.0, 52.4, ComparisonCategory.Similar)),
            new("Huntingdonshire", V(36.0, 30.9, 41.7, ComparisonCategory.Similar)),
            new("South Cambridgeshire", V(27.5, 22.8, 32.9, ComparisonCategory.Better)),
        ],
    };

    /// <summary>Alcohol-specific mortality for Cambridgeshire and 15 statistical neighbours.</summary>
    public static AreaComparisonChartSpec AlcoholSpecificMortalityNeighbours()
    {
        (string Name, double Value)[] areas =
        [
            ("Cambridgeshire", 12.8), ("Buckinghamshire", 9.6), ("Central Bedfordshire", 10.9), ("Essex", 12.1), ("Gloucestershire", 13.4),
            ("Hampshire", 11.7), ("Hertfordshire", 9.9), ("Leicestershire", 11.2), ("North Yorkshire", 13.9), ("Oxfordshire", 10.4),
            ("Somerset", 14.6), ("Suffolk", 12.3), ("Warwickshire", 13.1), ("West Sussex", 12.6), ("Wiltshire", 11.8), ("Worcestershire", 15.8),
        ];
        return new AreaComparisonChartSpec
        {
            Subject = "Alcohol-specific mortality",
            ValueAxisLabel = "Directly standardised rate per 100,000",
            Unit = "per 100,000",
            Period = "2023",
            BenchmarkValue = 15.0,
            SortDescending = true,
            HeightCm = 13.5,
            Bars = areas.Select(a =>
            {
                var half = 1.96 * Math.Sqrt(a.Value / 60) * 2.2;
                var comparison = a.Value + half < 15.0 ? ComparisonCategory.Better : a.Value - half > 15.0 ? ComparisonCategory.Worse : ComparisonCategory.Similar;
                return new AreaBar(a.Name, V(a.Value, Math.Round(a.Value - half, 1), Math.Round(a.Value + half, 1), comparison), a.Name == "Cambridgeshire");
            }).ToList(),
        };
    }

    /// <summary>Cambridgeshire's age-sex profile against England, 2022, 19 five-year bands.</summary>
    public static PopulationPyramidSpec CambridgeshirePyramid()
    {
        string[] bands = ["0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+"];
        double[] areaM = [2.7, 3.0, 3.1, 3.0, 3.4, 3.2, 3.3, 3.3, 3.2, 3.1, 3.4, 3.4, 3.0, 2.6, 2.5, 2.0, 1.3, 0.7, 0.3];
        double[] areaF = [2.6, 2.8, 2.9, 2.8, 3.3, 3.2, 3.4, 3.4, 3.2, 3.2, 3.5, 3.4, 3.1, 2.7, 2.7, 2.2, 1.6, 1.0, 0.6];
        double[] engM = [2.7, 3.0, 3.1, 2.9, 3.1, 3.3, 3.4, 3.3, 3.1, 3.0, 3.3, 3.3, 2.9, 2.5, 2.4, 1.8, 1.2, 0.6, 0.3];
        double[] engF = [2.6, 2.8, 2.9, 2.7, 3.0, 3.3, 3.5, 3.4, 3.2, 3.1, 3.4, 3.4, 3.0, 2.6, 2.6, 2.0, 1.5, 0.9, 0.6];
        return new PopulationPyramidSpec
        {
            Subject = "Resident population age profile",
            ValueAxisLabel = "Percentage of total population",
            Unit = "%",
            AreaName = "Cambridgeshire",
            ComparatorName = "England",
            Period = "2022",
            AgeBands = bands,
            AreaMalePercent = areaM,
            AreaFemalePercent = areaF,
            ComparatorMalePercent = engM,
            ComparatorFemalePercent = engF,
            HeightCm = 12,
        };
    }

    /// <summary>The same profile with East of England as a second outline (as in Figure 5.1a).</summary>
    public static PopulationPyramidSpec CambridgeshirePyramidWithRegion()
    {
        var spec = CambridgeshirePyramid();
        return spec with
        {
            OtherComparators =
            [
                new("East of England",
                    spec.ComparatorMalePercent!.Select((v, i) => Math.Round(v + (i >= 12 ? 0.2 : i is >= 4 and <= 7 ? -0.2 : 0), 1)).ToList(),
                    spec.ComparatorFemalePercent!.Select((v, i) => Math.Round(v + (i >= 12 ? 0.2 : i is >= 4 and <= 7 ? -0.2 : 0), 1)).ToList()),
            ],
        };
    }

    /// <summary>OCU prevalence by opiate/crack group, Cambridgeshire against England (grouped, vertical).</summary>
    public static BarChartSpec OcuPrevalenceGrouped() => new()
    {
        Subject = "Opiate and crack cocaine use (OCU) prevalence",
        ValueAxisLabel = "Rate per 1,000 population aged 15-64",
        Unit = "per 1,000",
        CategoryAxisLabel = "Substance group",
        Categories = ["Opiates only", "Crack only", "Both opiates and crack", "All OCU"],
        Series =
        [
            new("Cambridgeshire 2016-17", [2.6, 0.6, 1.7, 4.9]),
            new("Cambridgeshire 2019-20", [3.0, 0.8, 2.3, 6.1]),
            new("England 2019-20", [4.1, 1.2, 4.2, 9.5]),
        ],
    };

    /// <summary>Unmet need for alcohol treatment by age band (grouped, vertical, percentages).</summary>
    public static BarChartSpec AlcoholUnmetNeedByAge() => new()
    {
        Subject = "Unmet need for alcohol treatment",
        ValueAxisLabel = "Unmet need (%)",
        Unit = "%",
        CategoryAxisLabel = "Age group",
        Categories = ["18-24", "25-34", "35-54", "55+"],
        Series =
        [
            new("Cambridgeshire", [91.0, 80.2, 71.5, 64.0]),
            new("England", [92.4, 82.9, 74.0, 66.8]),
        ],
        HeightCm = 8,
    };

    /// <summary>Primary substance by district and no fixed abode (100% stacked, horizontal).</summary>
    public static BarChartSpec PrimarySubstanceByDistrict() => new()
    {
        Subject = "Primary substance cited by service users",
        ValueAxisLabel = "Percentage of service users",
        Unit = "%",
        CategoryAxisLabel = "District",
        Categories = [.. Districts, "No fixed abode"],
        Horizontal = true,
        Stacked = true,
        Series =
        [
            new("Alcohol", [38.2, 49.6, 41.3, 55.0, 56.2, 20.8]),
            new("Illicit opiates", [30.1, 24.4, 33.5, 23.6, 20.5, 62.5]),
            new("Crack", [3.7, 2.1, 3.4, 2.3, 2.9, 6.3]),
            new("Other cocaine", [4.7, 6.4, 5.2, 5.1, 5.8, 2.1]),
            new("Cannabis", [15.9, 12.8, 11.9, 9.4, 9.7, 6.2]),
            new("Other", [7.4, 4.7, 4.7, 4.6, 4.9, 2.1]),
        ],
        HeightCm = 10,
    };

    /// <summary>Adults in treatment by substance group and age (stacked, vertical, counts).</summary>
    public static BarChartSpec SubstanceGroupByAge() => new()
    {
        Subject = "Adults in treatment by substance group",
        ValueAxisLabel = "Number of adults in treatment",
        Unit = "adults",
        Decimals = 0,
        CategoryAxisLabel = "Age group",
        Categories = ["18-29", "30-49", "50+"],
        Stacked = true,
        Series =
        [
            new("Opiate", [92, 746, 309]),
            new("Non-opiate only", [141, 201, 34]),
            new("Non-opiate and alcohol", [82, 213, 67]),
            new("Alcohol only", [88, 508, 374]),
        ],
    };

    /// <summary>Referral sources, Cambridgeshire against England (grouped, horizontal).</summary>
    public static BarChartSpec ReferralSources() => new()
    {
        Subject = "Referral sources into drug and alcohol services",
        ValueAxisLabel = "Percentage of new presentations",
        Unit = "%",
        Horizontal = true,
        Categories = ["Self, family and friends", "GP", "Hospital", "Criminal justice", "Social services", "Other"],
        Series =
        [
            new("Cambridgeshire", [58.3, 7.1, 6.2, 14.6, 3.3, 10.5]),
            new("England", [60.7, 5.9, 4.8, 16.2, 2.6, 9.8]),
        ],
        HeightCm = 10,
    };

    /// <summary>Alcohol profile indicators for Cambridgeshire against England (spine chart).</summary>
    public static SpineChartSpec AlcoholProfileSpine() => new()
    {
        Subject = "Local Alcohol Profile",
        ValueAxisLabel = "",
        AreaName = "Cambridgeshire",
        HeightCm = 13.5,
        Rows =
        [
            new("Alcohol-specific mortality", "2023", 12.8, 15.0, 30.2, 12.6, 17.1, 7.5, ComparisonCategory.Similar, "per 100,000"),
            new("Alcohol-related mortality", "2023", 33.8, 40.7, 63.1, 35.6, 45.0, 27.4, ComparisonCategory.Better, "per 100,000"),
            new("Mortality from chronic liver disease", "2021-23", 9.7, 11.0, 19.8, 9.5, 12.6, 6.1, ComparisonCategory.Similar, "per 100,000"),
            new("Admission episodes for alcohol-specific conditions (under 18s)", "2021/22-23/24", 19.6, 22.6, 59.3, 15.8, 28.8, 4.9, ComparisonCategory.Similar, "per 100,000"),
            new("Admission episodes for alcohol-related conditions (narrow)", "2023/24", 428, 504, 768, 443, 558, 322, ComparisonCategory.Better, "per 100,000"),
            new("Admission episodes for alcoholic liver disease (females)", "2023/24", 34.1, 28.9, 58.8, 22.0, 34.7, 11.3, ComparisonCategory.Worse, "per 100,000"),
            new("Adults drinking over 14 units a week", "2015-18", 28.7, 22.8, 36.1, 20.1, 25.7, 12.4, ComparisonCategory.Higher, "%"),
            new("Abstainers from alcohol", "2015-18", 9.3, 16.2, 5.1, 12.3, 19.4, 36.5, ComparisonCategory.Lower, "%"),
            new("Alcohol dependence prevalence (estimated)", "2019-20", 10.75, 13.75, 21.9, 11.8, 15.1, 8.0, ComparisonCategory.NotCompared, "per 1,000"),
        ],
    };

    /// <summary>Every example, named for the gallery.</summary>
    public static IReadOnlyList<GalleryEntry> All() =>
    [
        new("01-trend-alcohol-specific-mortality", AlcoholSpecificMortalityTrend()),
        new("02-trend-drug-misuse-deaths-21-periods", DrugMisuseDeathsTrend()),
        new("03-trend-england-annual-2006-2023", EnglandAnnualAlcoholSpecificMortality()),
        new("04-areas-alcohol-related-mortality-districts", AlcoholRelatedMortalityDistricts()),
        new("05-areas-alcohol-specific-mortality-neighbours", AlcoholSpecificMortalityNeighbours()),
        new("06-pyramid-cambridgeshire-2022", CambridgeshirePyramid()),
        new("06b-pyramid-with-region", CambridgeshirePyramidWithRegion()),
        new("07-bar-grouped-ocu-prevalence", OcuPrevalenceGrouped()),
        new("08-bar-grouped-alcohol-unmet-need-by-age", AlcoholUnmetNeedByAge()),
        new("09-bar-stacked-horizontal-primary-substance", PrimarySubstanceByDistrict()),
        new("10-bar-stacked-substance-by-age", SubstanceGroupByAge()),
        new("11-bar-grouped-horizontal-referral-sources", ReferralSources()),
        new("12-spine-alcohol-profile", AlcoholProfileSpine()),
    ];
}
