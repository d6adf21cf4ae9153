using System.Text.Json;
using ReportGen.Cli.Tests.TestSupport;

namespace ReportGen.Cli.Tests;

/// <summary>
/// A partial fetch must never leave a report printing "not available" as if it were finished. The case from issue 18:
/// the upper-tier (502) download of an indicator failed, the regions (6) one succeeded, and the regions export holds
/// England only. Loading used to drop every tidy row of the indicator, so Peterborough's own value vanished,
/// `validate` said valid and the build was "written" with "An estimated not available of people ...".
/// </summary>
public class FingertipsFailSafeTests
{
    // The header and the two England rows of a real Fingertips export of indicator 93517 (ONSdigital/sdg_data_updates,
    // 3-5-1/Example_Input/unmet_opiates.csv), as a regions export would hold them: nothing for Peterborough.
    private const string RegionsExport = """
        Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,Compared to England value or percentiles,Column not used,Time period Sortable,New data,Compared to goal,Time period range
        93517,Proportion of opiates and/or crack cocaine users (i.e. OCU) not in treatment (%),,,E92000001,England,England,Persons,15-64 yrs,,,2019/20,52.14774596,51.57598223,53.7594747,,,159112.3333,305118,,,Not compared,Not compared,20190000,,,1y
        93517,Proportion of opiates and/or crack cocaine users (i.e. OCU) not in treatment (%),,,E92000001,England,England,Persons,15-64 yrs,,,2020/21,52.10317309,51.53087678,53.7164031,,,158976.3333,305118.3333,,,Not compared,Not compared,20200000,,,1y

        """;

    private static string[] Build(TempFolder folder) =>
        ["build", "--area", "peterborough", "--format", "docx", "--data", folder.File("data"),
         "--templates", Path.Combine(CliRunner.RepoRoot, "templates"), "--out", folder.File("out")];

    [Fact]
    public void A_regions_only_export_replaces_only_the_rows_it_holds_and_the_area_keeps_its_bundled_value()
    {
        using var folder = new TempFolder();
        CliRunner.CopyOf("data", folder.File("data"));
        folder.Write("data/fingertips/fingertips-93517-6.csv", RegionsExport);

        var validate = InProcessCli.Run("validate", "--data", folder.File("data"));
        Assert.True(validate.ExitCode == 0, validate.Out + validate.Error);

        var build = InProcessCli.Run(Build(folder));

        Assert.True(build.ExitCode == 0, build.Out + build.Error);
        using var manifest = JsonDocument.Parse(File.ReadAllText(folder.File("out/peterborough/manifest.json")));
        var sentences = manifest.RootElement.GetProperty("sentences").EnumerateArray()
            .Select(s => s.GetProperty("text").GetString()!).ToList();
        Assert.DoesNotContain(sentences, s => s.Contains("estimated not available", StringComparison.Ordinal));
        // Peterborough's own published figure (tidy) is printed; England's 2019/20 and 2020/21 come from the export.
        var printed = manifest.RootElement.GetProperty("values").EnumerateArray()
            .Where(v => v.GetProperty("indicator").GetString() == "ocu_not_in_treatment" && v.GetProperty("area").GetString() == "E06000031")
            .Select(v => v.GetProperty("text").GetString()).ToList();
        Assert.Contains("42.6%", printed);
    }

    [Fact]
    public void A_sentence_that_would_print_not_available_fails_the_area_and_writes_nothing()
    {
        using var folder = new TempFolder();
        CliRunner.CopyOf("data", folder.File("data"));
        var tidy = folder.File("data/tidy/ndtms-prevalence.csv");
        File.WriteAllLines(tidy, File.ReadAllLines(tidy).Where(l => !l.StartsWith("ocu_not_in_treatment,E06000031,", StringComparison.Ordinal)));

        var build = InProcessCli.Run(Build(folder));

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("ocu_not_in_treatment", build.Error);
        Assert.Contains("Peterborough", build.Error);
        Assert.Contains("error DATA-NOT-AVAILABLE", build.Error);
        Assert.DoesNotContain("DATA-MISSING", build.Error);   // one message for the one cause
        Assert.False(File.Exists(folder.File("out/peterborough/peterborough-drug-and-alcohol-needs-assessment-2024-25.docx")));
    }
}
