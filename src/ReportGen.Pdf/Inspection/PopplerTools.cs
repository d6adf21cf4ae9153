using System.Diagnostics;
using System.Text;

namespace ReportGen.Pdf.Inspection;

/// <summary>Runs the poppler command-line tools and returns what they print.</summary>
internal static class PopplerTools
{
    /// <summary>Environment variable naming a folder that holds the poppler tools.</summary>
    public const string EnvironmentVariable = "REPORTGEN_POPPLER_DIR";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>How to install the tools on this operating system.</summary>
    public static string InstallInstructions => OperatingSystem.IsWindows()
        ? "Install poppler for Windows (for example `conda install -c conda-forge poppler` or the poppler-windows release) and put its bin folder on PATH or in " + EnvironmentVariable + "."
        : "On Debian/Ubuntu run `sudo apt-get install -y poppler-utils`, or set " + EnvironmentVariable + " to the folder holding pdfinfo.";

    /// <summary>Runs <paramref name="tool"/> with <paramref name="arguments"/>; returns standard output as UTF-8.</summary>
    /// <exception cref="PopplerNotFoundException">The tool cannot be found.</exception>
    /// <exception cref="InvalidOperationException">The tool failed or took too long.</exception>
    public static string Run(string tool, params string[] arguments)
    {
        var path = Locate(tool) ?? throw new PopplerNotFoundException($"The poppler tool '{tool}' was not found. {InstallInstructions}");
        var psi = new ProcessStartInfo(path)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            psi.ArgumentList.Add(argument);
        }

        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"{tool} could not be started.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{tool} did not finish within {Timeout.TotalSeconds:0} s.");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {stderr.Result.Trim()}");
        }

        return stdout.Result;
    }

    /// <summary>True when <paramref name="tool"/> can be found.</summary>
    public static bool IsAvailable(string tool) => Locate(tool) is not null;

    private static string? Locate(string tool)
    {
        var fileName = OperatingSystem.IsWindows() ? tool + ".exe" : tool;
        var folders = new List<string>();
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } dir)
        {
            folders.Add(dir);
        }

        folders.AddRange((Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        folders.Add("/usr/bin");
        folders.Add("/usr/local/bin");
        folders.Add("/opt/homebrew/bin");
        return folders.Select(f => Path.Combine(f.Trim().Trim('"'), fileName)).FirstOrDefault(File.Exists);
    }
}
