using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;
using ReportGen.Data.Tests.TestSupport;

namespace ReportGen.Data.Tests;

public class IndicatorStoreTests
{
    private static IndicatorValue V(string area, string period, double? value, string sex = "Persons", string age = "All ages",
        string categoryType = "", string category = "", string indicator = "treatment_completion", int line = 0, double? count = null) => new()
    {
        IndicatorId = indicator, AreaCode = area, Period = Period.Parse(period), Value = value, Sex = sex, Age = age,
        CategoryType = categoryType, Category = category, Count = count, Source = new SourceLocation("t.csv", line),
    };

    private static IndicatorStore Store(params IndicatorValue[] values)
    {
        var store = new IndicatorStore(Fixtures.Indicators());
        var bag = new DiagnosticBag();
        store.AddRange(values, bag);
        Assert.Empty(bag.Items);
        return store;
    }

    [Fact]
    public void Series_is_ordered_by_period_and_filtered_by_breakdown()
    {
        var store = Store(
            V("E10000003", "2023/24", 3), V("E10000003", "2021/22", 1), V("E10000003", "2022/23", 2),
            V("E10000003", "2022/23", 20, sex: "Male"), V("E06000031", "2022/23", 9),
            V("E10000003", "2022/23", 5, categoryType: "Substance group", category: "Opiate"));

        Assert.Equal([1.0, 2, 3], store.Series("treatment_completion", "E10000003").Select(v => v.Value!.Value));
        Assert.Equal([20.0], store.Series("treatment_completion", "e10000003", sex: "male").Select(v => v.Value!.Value));
        Assert.Equal([5.0], store.Series("treatment_completion", "E10000003", categoryType: "Substance group", category: "Opiate").Select(v => v.Value!.Value));
        Assert.Empty(store.Series("treatment_completion", "E07000008"));
        Assert.Empty(store.Series("no_such_indicator", "E10000003"));
    }

    [Fact]
    public void Latest_passes_over_suppressed_values()
    {
        var store = Store(V("E10000003", "2021", 1), V("E10000003", "2022", 2), V("E10000003", "2023", null));
        Assert.Equal("2022", store.Latest("treatment_completion", "E10000003")!.Period.Label);
        Assert.Null(store.Latest("treatment_completion", "E06000031"));
    }

    [Fact]
    public void Finds_a_value_at_a_period_whatever_the_label_spacing()
    {
        var store = Store(V("E10000003", "2021 - 23", 7));
        Assert.Equal(7, store.At("treatment_completion", "E10000003", Period.Parse("2021-23"))!.Value);
        Assert.Null(store.At("treatment_completion", "E10000003", Period.Parse("2022-24")));
    }

    [Fact]
    public void Lists_all_areas_categories_and_periods()
    {
        var store = Store(
            V("E10000003", "2022", 1), V("E06000031", "2022", 2), V("E92000001", "2022", 3), V("E10000003", "2021", 4),
            V("E92000001", "2022", 5, categoryType: "Deprivation", category: "Most deprived"),
            V("E92000001", "2022", 6, categoryType: "Deprivation", category: "Least deprived"),
            V("E92000001", "2021", 7, categoryType: "Deprivation", category: "Most deprived"));

        Assert.Equal(["E06000031", "E10000003", "E92000001"],
            store.AllAreas("treatment_completion", Period.Parse("2022")).Select(v => v.AreaCode));
        Assert.Equal([new BreakdownCategory("Deprivation", "Most deprived"), new BreakdownCategory("Deprivation", "Least deprived")],
            store.Categories("treatment_completion"));
        Assert.Equal(["2021", "2022"], store.Periods("treatment_completion").Select(p => p.Label));
        Assert.Equal(["2022"], store.Periods("treatment_completion", "E06000031").Select(p => p.Label));
        Assert.Equal(3, store.AreaCodes("treatment_completion").Count);
        Assert.Equal(7, store.Count);
    }

    [Fact]
    public void Uses_the_indicators_headline_sex_and_age_by_default()
    {
        // ocu_not_in_treatment's headline age is 15-64 yrs.
        var store = Store(V("E10000003", "2020", 1, age: "15-64 yrs", indicator: "ocu_not_in_treatment"),
            V("E10000003", "2020", 2, age: "All ages", indicator: "ocu_not_in_treatment"));
        Assert.Equal(1, Assert.Single(store.Series("ocu_not_in_treatment", "E10000003")).Value);
        Assert.Equal(["15-64 yrs", "All ages"], store.Ages("ocu_not_in_treatment"));
    }

    [Fact]
    public void Reports_a_duplicate_naming_the_earlier_row_and_keeps_the_first()
    {
        var store = new IndicatorStore(Fixtures.Indicators());
        var bag = new DiagnosticBag();
        store.Add(V("E10000003", "2021-23", 1, line: 2), bag);
        store.Add(V("E10000003", "2021 - 23", 2, line: 5), bag);
        store.Add(V("E10000003", "2021-23", 3, sex: "PERSONS", line: 6) with { Source = new SourceLocation("other.csv", 9) }, bag);

        var errors = bag.Items.Where(d => d.Code == DataDiagnosticCodes.DuplicateRow).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal(("t.csv", 5), (errors[0].File, errors[0].Line!.Value));
        Assert.Contains("row 2", errors[0].Message);
        Assert.Equal(("other.csv", 9), (errors[1].File, errors[1].Line!.Value));
        Assert.Contains("row 2 of t.csv", errors[1].Message);
        Assert.Equal(1, Assert.Single(store.All).Value);
    }

    [Fact]
    public void Calls_the_fill_hook_only_for_values_with_a_count_and_something_missing()
    {
        var calls = new List<IndicatorValue>();
        var store = new IndicatorStore(Fixtures.Indicators(), (definition, v) =>
        {
            Assert.Equal("treatment_completion", definition.Id);
            calls.Add(v);
            return v with { Value = 42, Lower95 = 40, Upper95 = 44 };
        });
        var bag = new DiagnosticBag();
        store.Add(V("E10000003", "2021", null, count: 10), bag);                        // filled
        store.Add(V("E10000003", "2022", 5), bag);                                       // no count: left alone
        store.Add(V("E10000003", "2023", null, count: 10), bag, fillMissing: false);     // published: left alone
        var complete = V("E10000003", "2024", 1, count: 10) with { Lower95 = 0, Upper95 = 2, Lower998 = 0, Upper998 = 3 };
        store.Add(complete, bag);                                                        // nothing missing

        Assert.Single(calls);
        Assert.Equal(42, store.At("treatment_completion", "E10000003", Period.Parse("2021"))!.Value);
        Assert.Null(store.At("treatment_completion", "E10000003", Period.Parse("2023"))!.Value);
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void Reports_a_fill_hook_failure_and_keeps_the_value()
    {
        var store = new IndicatorStore(Fixtures.Indicators(), (_, _) => throw new ArgumentException("denominator is zero"));
        var bag = new DiagnosticBag();
        Assert.True(store.Add(V("E10000003", "2021", null, count: 10, line: 4), bag));
        var d = Fixtures.Single(bag, DataDiagnosticCodes.ComputeFailed, "t.csv", 4, "count");
        Assert.Contains("denominator is zero", d.Message);
    }
}
