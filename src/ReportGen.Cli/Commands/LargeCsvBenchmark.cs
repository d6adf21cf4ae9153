using System.Diagnostics;
using System.Globalization;
using ReportGen.Data;

namespace ReportGen.Cli.Commands;

/// <summary>
/// The memory benchmark for large inputs: writes a tidy CSV of a million rows (every bundled indicator for every
/// area, year and sex, as far as needed) into a temporary data folder beside copies of areas.csv and
/// indicators.yaml, loads it as a build would, and reports the time and the peak memory of the process so far.
/// It runs first, before anything else is loaded, so the peak is the CSV's own.
/// </summary>
internal static class LargeCsvBenchmark
{
    public const int DefaultRows = 1_000_000;

    public sealed record Result(int Rows, long FileBytes, TimeSpan LoadTime, int ValuesLoaded, int Errors, long PeakBytes, long RetainedBytes);

    public static Result Run(string dataFolder, int rows)
    {
        var work = Path.Combine(Path.GetTempPath(), "reportgen-bigcsv-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(work, "tidy"));
        try
        {
            File.Copy(Path.Combine(dataFolder, "areas.csv"), Path.Combine(work, "areas.csv"));
            File.Copy(Path.Combine(dataFolder, "indicators.yaml"), Path.Combine(work, "indicators.yaml"));
            var catalogue = IndicatorCatalogue.Load(Path.Combine(work, "indicators.yaml"), new Data.Diagnostics.DiagnosticBag());
            var registry = AreaRegistry.Load(Path.Combine(work, "areas.csv"), new Data.Diagnostics.DiagnosticBag());
            var csv = Path.Combine(work, "tidy", "large.csv");
            Write(csv, rows, catalogue.All.Select(d => d.Id).ToList(), registry.All.Select(a => a.Code).ToList());
            var bytes = new FileInfo(csv).Length;

            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            var set = Pipeline.MissingValueCalculator.Load(work);
            var elapsed = clock.Elapsed;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            var retained = GC.GetTotalMemory(forceFullCollection: true);
            var result = new Result(rows, bytes, elapsed, set.Values.Count, set.Diagnostics.Count(d => d.Severity == Data.Diagnostics.Severity.Error), peak, retained);
            GC.KeepAlive(set);
            return result;
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
            GC.Collect();
        }
    }

    /// <summary>Runs <c>benchmark --csv-only</c> in a new process of this tool and returns what it printed.</summary>
    public static string RunInChildProcess(string dataFolder, int rows)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var psi = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // Run through "dotnet reportgen.dll" or the reportgen executable, whichever started this process.
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            psi.ArgumentList.Add(typeof(LargeCsvBenchmark).Assembly.Location);
        foreach (var a in new[] { "benchmark", "--csv-only", "--csv-rows", rows.ToString(CultureInfo.InvariantCulture), "--data", dataFolder })
            psi.ArgumentList.Add(a);
        using var child = Process.Start(psi)!;
        var output = child.StandardOutput.ReadToEndAsync();
        var errors = child.StandardError.ReadToEndAsync();
        child.WaitForExit();
        return output.Result + (child.ExitCode == 0 ? "" : $"(the large-CSV measurement failed: {BuildSafetyText(errors.Result)})\n");
    }

    private static string BuildSafetyText(string text) => Publishing.BuildSafety.FirstLine(text);

    private static void Write(string path, int rows, IReadOnlyList<string> indicators, IReadOnlyList<string> areas)
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false), 1 << 16);
        writer.WriteLine("indicator_id,area_code,period,sex,age,category_type,category,count,denominator,value,lower_95,upper_95,lower_998,upper_998,value_note,provenance");
        string[] sexes = ["Persons", "Male", "Female"];
        int written = 0;
        for (int year = 2025; year >= 1900 && written < rows; year--)
            foreach (var sex in sexes)
                foreach (var indicator in indicators)
                    foreach (var area in areas)
                    {
                        if (written++ >= rows) goto done;
                        double v = 10 + (written % 50) / 10.0;
                        writer.Write(indicator); writer.Write(','); writer.Write(area); writer.Write(',');
                        writer.Write(year.ToString(CultureInfo.InvariantCulture)); writer.Write(','); writer.Write(sex);
                        writer.Write(",,,,,,");
                        writer.Write(string.Create(CultureInfo.InvariantCulture, $"{v:0.0},{v - 1:0.0},{v + 1:0.0},{v - 2:0.0},{v + 2:0.0}"));
                        writer.WriteLine(",,illustrative");
                    }
        done:;
    }
}
