using System.Diagnostics;

namespace ReportGen.Cli.Tests;

/// <summary>
/// Runs the real command-line tool (reportgen.dll) as a separate process, as a user would: for the few tests that need
/// a process of its own (a build killed part way, settings from environment variables, the exit code and output of the
/// process itself). Every other test runs the tool in process (<see cref="TestSupport.InProcessCli"/>), which is far cheaper.
/// </summary>
public static class CliRunner
{
    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("Could not find the repository root (ReportGen.sln) above " + AppContext.BaseDirectory);
    }

    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public string All => Out + "\n" + Error;
    }

    public static Result Run(params string[] args) => Run(TimeSpan.FromMinutes(10), args);

    public static Result Run(TimeSpan timeout, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "reportgen.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoRoot };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout)) { p.Kill(entireProcessTree: true); throw new TimeoutException("reportgen " + string.Join(' ', args)); }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>A private copy of a repository folder, to break or change without touching the real one.</summary>
    public static string CopyOf(string folder, string into)
    {
        var source = Path.Combine(RepoRoot, folder);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(into, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return into;
    }

    public static string TempFolder(string prefix)
    {
        var dir = Path.Combine(Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return dir;
    }
}
