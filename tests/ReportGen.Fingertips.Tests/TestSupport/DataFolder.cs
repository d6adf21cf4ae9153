using System.Text;

namespace ReportGen.Fingertips.Tests.TestSupport;

/// <summary>
/// A throw-away data folder (areas.csv, indicators.yaml) under the temp directory, and the real exports the stub
/// server hands out.
/// </summary>
public sealed class DataFolder : IDisposable
{
    public const string AreasCsv = """
        code,name,short_name,type,parent_code
        E92000001,England,,england,
        E12000006,East of England region,East of England,region,E92000001
        E10000003,Cambridgeshire,,county,E12000006
        E06000031,Peterborough,,unitary,E12000006
        """;

    public const string District = "E07000008,Cambridge,,district,E10000003\n";

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
        """;

    public DataFolder(bool withDistricts = false, string? indicatorsYaml = null)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reportgen-fetch-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        Write("areas.csv", AreasCsv.ReplaceLineEndings("\n") + "\n" + (withDistricts ? District : ""));
        Write("indicators.yaml", indicatorsYaml ?? IndicatorsYaml);
    }

    public string Path { get; }

    public string Cache => System.IO.Path.Combine(Path, "fingertips");

    public string CacheFile(string name) => System.IO.Path.Combine(Cache, name);

    public string Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    /// <summary>Every file in the cache folder with its bytes, to show that a failed run changed nothing.</summary>
    public Dictionary<string, byte[]> Snapshot() =>
        Directory.Exists(Cache)
            ? Directory.GetFiles(Cache).ToDictionary(f => System.IO.Path.GetFileName(f), File.ReadAllBytes)
            : [];

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }

    /// <summary>The text of a real export copied next to the tests (93532: 27 columns, LF; 93356: 26 columns, CRLF, a line break inside quotes).</summary>
    public static string Export(int indicator) =>
        File.ReadAllText(Directory.GetFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "TestData"), $"fingertips_{indicator}_*.csv").Single());

    public static byte[] ExportBytes(int indicator) => Encoding.UTF8.GetBytes(Export(indicator));

    /// <summary>A stub answer that serves the real export of whichever indicator the URL asks for.</summary>
    public static StubResponse ServeExports(string target)
    {
        var id = Query(target, "indicator_ids");
        return id is "93532" or "93356"
            ? new StubResponse { Body = ExportBytes(int.Parse(id)) }
            : StubResponse.Error(404, "Not Found", "<html><head><title>Not found</title></head></html>");
    }

    public static string? Query(string target, string name)
    {
        var query = target.Contains('?') ? target[(target.IndexOf('?') + 1)..] : "";
        return query.Split('&').Select(p => p.Split('=', 2)).Where(p => p.Length == 2 && p[0] == name).Select(p => p[1]).FirstOrDefault();
    }
}
