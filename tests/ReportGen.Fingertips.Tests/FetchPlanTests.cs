using ReportGen.Fingertips.Tests.TestSupport;

namespace ReportGen.Fingertips.Tests;

public class FetchPlanTests
{
    [Fact]
    public void Plans_every_indicator_with_a_fingertips_id_for_upper_tier_and_regions()
    {
        using var data = new DataFolder();
        var plan = FetchPlan.Create(new FetchOptions { DataDirectory = data.Path });

        Assert.Empty(plan.Problems);
        Assert.Equal(["fingertips-93532-502", "fingertips-93532-6", "fingertips-93356-502", "fingertips-93356-6"], plan.Items.Select(i => i.FileStem));
        Assert.Equal("dependent_drinkers_not_in_treatment", plan.Items[0].IndicatorId);
    }

    [Fact]
    public void Adds_district_exports_when_areas_csv_lists_a_district()
    {
        using var data = new DataFolder(withDistricts: true);
        var plan = FetchPlan.Create(new FetchOptions { DataDirectory = data.Path, Indicators = ["campylobacter_rate"] });

        Assert.Equal([502, 501, 6], plan.Items.Select(i => i.AreaType.ChildId));
        Assert.All(plan.Items, i => Assert.Equal(15, i.AreaType.ParentId));
    }

    [Fact]
    public void Named_indicators_may_be_ids_or_numbers_and_unknown_ones_stop_the_run()
    {
        using var data = new DataFolder();

        var named = FetchPlan.Create(new FetchOptions { DataDirectory = data.Path, Indicators = ["93356", "dependent_drinkers_not_in_treatment,93356", "90244"] });
        Assert.Empty(named.Problems);
        Assert.Equal([93356, 93532, 90244], named.Items.Select(i => i.FingertipsId).Distinct());
        Assert.Null(named.Items.First(i => i.FingertipsId == 90244).IndicatorId);
        Assert.Contains(named.Notes, n => n.Contains("90244 is not in indicators.yaml"));

        var bad = FetchPlan.Create(new FetchOptions { DataDirectory = data.Path, Indicators = ["dependent_drinker_not_in_treatment", "treatment_completion"] });
        Assert.Contains(bad.Problems, p => p.Contains("did you mean 'dependent_drinkers_not_in_treatment'"));
        Assert.Contains(bad.Problems, p => p.Contains("'treatment_completion' has no fingertips_id"));
    }

    [Fact]
    public async Task Bad_options_exit_with_2_before_any_download()
    {
        using var data = new DataFolder();
        var run = await FetchRun.RunAsync(data, new Uri("http://127.0.0.1:9/api/"), indicators: "no_such_indicator");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: 'no_such_indicator' is neither a Fingertips indicator number nor an id in indicators.yaml.", run.Error);
        Assert.Contains("Nothing was fetched.", run.Error);

        var nowhere = new FetchOptions { DataDirectory = Path.Combine(data.Path, "missing") };
        Assert.Equal(2, await FetchCommandRunner.RunAsync(nowhere, TextWriter.Null, TextWriter.Null));
    }

    [Fact]
    public void Builds_the_documented_url()
    {
        Assert.Equal(
            "https://fingertips.phe.org.uk/api/all_data/csv/by_indicator_id?indicator_ids=91380&child_area_type_id=502&parent_area_type_id=15&include_sortable_time_periods=yes",
            FingertipsApi.AllDataCsv(FingertipsApi.DefaultBaseUrl, 91380, FingertipsAreaType.UpperTier).AbsoluteUri);
        Assert.True(FingertipsApi.TryParseBaseUrl("http://127.0.0.1:8080/mirror/api", out var mirror));
        Assert.Equal("http://127.0.0.1:8080/mirror/api/all_data/csv/by_indicator_id?indicator_ids=1&child_area_type_id=501&parent_area_type_id=15&include_sortable_time_periods=yes",
            FingertipsApi.AllDataCsv(mirror, 1, FingertipsAreaType.Districts).AbsoluteUri);
        Assert.False(FingertipsApi.TryParseBaseUrl("ftp://example.org/api/", out _));
        Assert.False(FingertipsApi.TryParseBaseUrl("fingertips", out _));
    }
}
