using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ReportGen.Cli.Commands;

/// <summary>
/// Times whole-process builds: each run starts this same program afresh (so start-up, JIT and loading count, as they
/// do for an analyst) with <c>build --format docx</c> into a scratch folder, and records the wall time and the child's
/// peak resident memory. Prints figures only; nothing is asserted.
/// </summary>
internal static class ColdBuildTiming
{
    public sealed record Run(TimeSpan Wall, TimeSpan Cpu, long PeakMb, int ExitCode);

    /// <summary>Runs <c>build</c> for <paramref name="areas"/> (empty = every area) <paramref name="repeat"/> times.</summary>
    public static IReadOnlyList<Run> Measure(IReadOnlyList<string> areas, string dataFolder, string templatesFolder, string report, int repeat)
    {
        var (exe, prefix) = Self();
        var runs = new List<Run>();
        for (var i = 0; i < repeat; i++)
        {
            var output = Path.Combine(Path.GetTempPath(), "reportgen-cold-" + Guid.NewGuid().ToString("N")[..8]);
            try
            {
                var info = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                foreach (var a in prefix) info.ArgumentList.Add(a);
                foreach (var a in new[] { "build", "--format", "docx", "--out", output, "--data", dataFolder, "--templates", templatesFolder, "--report", report })
                    info.ArgumentList.Add(a);
                foreach (var area in areas) { info.ArgumentList.Add("--area"); info.ArgumentList.Add(area); }
                var before = ChildrenUsage();
                var clock = Stopwatch.StartNew();
                using var process = Process.Start(info)!;
                var drainOut = process.StandardOutput.ReadToEndAsync();
                var drainErr = process.StandardError.ReadToEndAsync();
                process.WaitForExit();
                clock.Stop();
                Task.WaitAll(drainOut, drainErr);
                var after = ChildrenUsage();
                runs.Add(new Run(clock.Elapsed, after.Cpu - before.Cpu, after.MaxRssKb / 1024, process.ExitCode));
            }
            finally
            {
                if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
            }
        }

        return runs;
    }

    /// <summary>How to start this program again: the apphost directly, or <c>dotnet reportgen.dll</c>.</summary>
    private static (string Exe, string[] Prefix)Self()
    {
        var path = Environment.ProcessPath ?? "dotnet";
        var name = Path.GetFileNameWithoutExtension(path);
        if (name.Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            return (path, [typeof(ColdBuildTiming).Assembly.Location]);
        return (path, []);
    }

    // getrusage(RUSAGE_CHILDREN): CPU time and the largest peak resident set of the children waited for (Linux, in KB).
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeVal { public long Seconds; public long Micros; }

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public TimeVal User;
        public TimeVal System;
        public long MaxRss;
        public long IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NvCsw, NivCsw;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRUsage(int who, out RUsage usage);

    private static (TimeSpan Cpu, long MaxRssKb) ChildrenUsage()
    {
        if (!OperatingSystem.IsLinux()) return (TimeSpan.Zero, 0);
        try
        {
            if (GetRUsage(-1, out var u) != 0) return (TimeSpan.Zero, 0);
            var micros = (u.User.Seconds + u.System.Seconds) * 1_000_000 + u.User.Micros + u.System.Micros;
            return (TimeSpan.FromTicks(micros * 10), u.MaxRss);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return (TimeSpan.Zero, 0);
        }
    }
}
