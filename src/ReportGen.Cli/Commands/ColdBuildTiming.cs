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

    /// <summary>
    /// Runs <c>build</c> for <paramref name="areas"/> (empty = every area) <paramref name="repeat"/> times. Each run
    /// writes into a new folder, so no chart image is reused; with <paramref name="warmChartCache"/> every run starts
    /// from the chart images of an untimed first build instead (an unchanged rebuild, as after a text edit).
    /// </summary>
    public static IReadOnlyList<Run> Measure(IReadOnlyList<string> areas, string dataFolder, string templatesFolder, string report, int repeat,
        bool warmChartCache = false)
    {
        var (exe, prefix) = Self();
        var runs = new List<Run>();
        var primed = warmChartCache ? Path.Combine(Path.GetTempPath(), "reportgen-cold-cache-" + Guid.NewGuid().ToString("N")[..8]) : null;
        try
        {
            if (primed is not null) RunOnce(exe, prefix, areas, dataFolder, templatesFolder, report, primed);
            for (var i = 0; i < repeat; i++)
            {
                var output = Path.Combine(Path.GetTempPath(), "reportgen-cold-" + Guid.NewGuid().ToString("N")[..8]);
                if (primed is not null) CopyFolder(Path.Combine(primed, ".cache"), Path.Combine(output, ".cache"));
                try
                {
                    runs.Add(RunOnce(exe, prefix, areas, dataFolder, templatesFolder, report, output));
                }
                finally
                {
                    if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
                }
            }
        }
        finally
        {
            if (primed is not null && Directory.Exists(primed)) Directory.Delete(primed, recursive: true);
        }
        return runs;
    }

    private static void CopyFolder(string from, string to)
    {
        if (!Directory.Exists(from)) return;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static Run RunOnce(string exe, string[] prefix, IReadOnlyList<string> areas, string dataFolder, string templatesFolder, string report, string output)
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
        // The child's own peak resident memory (VmHWM only grows), read until it exits: getrusage's figure for
        // children is the largest of every child so far, which would carry one run's peak into the next.
        long peakKb = 0;
        while (!process.WaitForExit(10))
            peakKb = Math.Max(peakKb, PeakResidentKb(process.Id));
        clock.Stop();
        Task.WaitAll(drainOut, drainErr);
        var after = ChildrenUsage();
        return new Run(clock.Elapsed, after.Cpu - before.Cpu, (peakKb > 0 ? peakKb : after.MaxRssKb) / 1024, process.ExitCode);
    }

    private static long PeakResidentKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // The process has just ended, or this is not Linux.
        }
        return 0;
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
