using System.Runtime.InteropServices;

namespace ReportGen.Pdf;

/// <summary>
/// Finds the LibreOffice <c>soffice</c> launcher on this machine.
/// </summary>
/// <remarks>
/// Search order: the <c>REPORTGEN_SOFFICE</c> environment variable, then <c>soffice</c> on the PATH,
/// then the usual install folders of Linux, macOS and Windows. Nothing is started while searching.
/// </remarks>
public static class LibreOfficeLocator
{
    /// <summary>Name of the environment variable that may point at a specific soffice executable.</summary>
    public const string EnvironmentVariable = "REPORTGEN_SOFFICE";

    /// <summary>
    /// A short explanation, for people, of how to install LibreOffice on the current operating system.
    /// </summary>
    public static string InstallInstructions
    {
        get
        {
            if (OperatingSystem.IsWindows())
            {
                return "Install LibreOffice from https://www.libreoffice.org/download/ (the default install puts "
                    + @"soffice.exe in C:\Program Files\LibreOffice\program), or set " + EnvironmentVariable
                    + " to the full path of soffice.exe.";
            }

            if (OperatingSystem.IsMacOS())
            {
                return "Install LibreOffice from https://www.libreoffice.org/download/ (or `brew install --cask libreoffice`), "
                    + "or set " + EnvironmentVariable + " to the full path of soffice.";
            }

            return "On Debian/Ubuntu run `sudo apt-get install -y libreoffice-writer-nogui` "
                + "(on other distributions install the LibreOffice Writer package), or set "
                + EnvironmentVariable + " to the full path of soffice.";
        }
    }

    /// <summary>
    /// Returns the full path of soffice, or <c>null</c> when LibreOffice cannot be found.
    /// </summary>
    public static string? TryLocate() => TryLocate(Environment.GetEnvironmentVariable, IsUsableFile);

    /// <summary>
    /// True when <paramref name="path"/> is a file that can be started: a symbolic link is followed to its end, so a
    /// dangling link (LibreOffice uninstalled, the link left behind) counts as not found rather than failing later.
    /// </summary>
    public static bool IsUsableFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                var final = info.ResolveLinkTarget(returnFinalTarget: true);
                if (final is null || !final.Exists || final is DirectoryInfo) return false;
            }
            return info.Exists;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// Returns the full path of soffice, or throws <see cref="LibreOfficeNotFoundException"/>
    /// whose message says where we looked and how to install LibreOffice.
    /// </summary>
    /// <exception cref="LibreOfficeNotFoundException">LibreOffice is not installed or cannot be found.</exception>
    public static string Locate()
    {
        var found = TryLocate();
        if (found is not null)
        {
            return found;
        }

        var envValue = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var envNote = string.IsNullOrWhiteSpace(envValue)
            ? string.Empty
            : $" {EnvironmentVariable} is set to '{envValue}', but no such file exists (or it is a link to a file that is gone).";
        throw new LibreOfficeNotFoundException(
            "LibreOffice (soffice) was not found, so no PDF can be made; the DOCX files are kept."
            + envNote + " " + InstallInstructions);
    }

    /// <summary>
    /// The candidate paths that are checked, in order, for the current operating system
    /// (the PATH entries and the environment variable are included).
    /// </summary>
    public static IReadOnlyList<string> CandidatePaths() => CandidatePaths(Environment.GetEnvironmentVariable);

    internal static string? TryLocate(Func<string, string?> getEnv, Func<string, bool> fileExists)
    {
        // A path the user set explicitly is the one meant: when it is missing (or a dangling link), say so rather
        // than quietly converting with some other LibreOffice.
        var configured = getEnv(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured) && !fileExists(configured.Trim().Trim('"')))
        {
            return null;
        }

        foreach (var candidate in CandidatePaths(getEnv))
        {
            if (fileExists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    internal static IReadOnlyList<string> CandidatePaths(Func<string, string?> getEnv)
    {
        var candidates = new List<string>();
        var fromEnv = getEnv(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            candidates.Add(fromEnv.Trim().Trim('"'));
        }

        var windows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);
        string[] names = windows ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
        var pathVar = getEnv("PATH") ?? string.Empty;
        foreach (var dir in pathVar.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                candidates.Add(Path.Combine(dir.Trim().Trim('"'), name));
            }
        }

        if (windows)
        {
            foreach (var root in new[] { getEnv("ProgramFiles"), getEnv("ProgramW6432"), getEnv("ProgramFiles(x86)") })
            {
                if (!string.IsNullOrWhiteSpace(root))
                {
                    candidates.Add(Path.Combine(root, "LibreOffice", "program", "soffice.exe"));
                }
            }

            candidates.Add(@"C:\Program Files\LibreOffice\program\soffice.exe");
            candidates.Add(@"C:\Program Files (x86)\LibreOffice\program\soffice.exe");
        }
        else
        {
            candidates.Add("/usr/bin/soffice");
            candidates.Add("/usr/lib/libreoffice/program/soffice");
            candidates.Add("/usr/local/bin/soffice");
            candidates.Add("/opt/libreoffice/program/soffice");
            candidates.Add("/snap/bin/libreoffice");
            candidates.Add("/Applications/LibreOffice.app/Contents/MacOS/soffice");
        }

        return candidates.Distinct(StringComparer.Ordinal).ToList();
    }
}
