using System.Diagnostics;
using System.Globalization;

namespace ReportGen.Pdf.Office;

/// <summary>
/// Records who owns each private office folder (<c>reportgen-lo-*</c>): the process that created it and the office
/// processes started in it, in <c>owner.txt</c>. A build killed with SIGKILL cannot clean up after itself, so the
/// next converter finds folders whose owner is gone, ends the office processes recorded there (only when their
/// command line still names that folder, so a reused process id is never hit) and deletes the folders.
/// Folders whose owner is still running, or that carry no record, are never touched.
/// </summary>
internal static class OfficeOwnership
{
    public const string FileName = "owner.txt";
    public const string FolderPrefix = "reportgen-lo-";

    private static readonly long OwnStart = StartTicks(Environment.ProcessId) ?? 0;

    /// <summary>Writes the owner line into a new private folder.</summary>
    public static void RecordOwner(string folder)
    {
        try
        {
            File.WriteAllText(Path.Combine(folder, FileName),
                string.Create(CultureInfo.InvariantCulture, $"owner {Environment.ProcessId} {OwnStart}\n"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without a record the folder is simply never reaped.
        }
    }

    /// <summary>Adds an office process started with <paramref name="folder"/> as its working folder.</summary>
    public static void RecordOffice(string folder, int pid)
    {
        var file = Path.Combine(folder, FileName);
        if (!File.Exists(file)) return;
        try
        {
            File.AppendAllText(file, string.Create(CultureInfo.InvariantCulture, $"office {pid}\n"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// Ends the office processes of folders under <paramref name="workRoot"/> (or the temp folder) whose owner is
    /// no longer running, and deletes those folders. Returns how many office processes were ended.
    /// </summary>
    public static int ReapOrphans(string? workRoot)
    {
        var parent = string.IsNullOrWhiteSpace(workRoot) ? Path.GetTempPath() : Path.GetFullPath(workRoot);
        if (!Directory.Exists(parent)) return 0;
        int ended = 0;
        IEnumerable<string> folders;
        try { folders = Directory.EnumerateDirectories(parent, FolderPrefix + "*").ToList(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return 0; }
        foreach (var folder in folders)
        {
            var record = Read(Path.Combine(folder, FileName));
            if (record is null || OwnerAlive(record.Value.Owner, record.Value.OwnerStart)) continue;
            var marker = Path.GetFileName(folder);
            foreach (var pid in record.Value.Offices)
                if (CommandLineNames(pid, marker) && Kill(pid)) ended++;
            // Children of the launcher (soffice.bin) carry the profile folder in their command line as well.
            if (!marker.EndsWith("-out", StringComparison.Ordinal))
                ended += CountAndKillMarked(marker);
            try { Directory.Delete(folder, recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        return ended;
    }

    private static (int Owner, long OwnerStart, List<int> Offices)? Read(string file)
    {
        try
        {
            if (!File.Exists(file)) return null;
            int owner = 0; long start = 0; var offices = new List<int>();
            foreach (var line in File.ReadAllLines(file))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length >= 2 && parts[0] == "owner" && int.TryParse(parts[1], out var o))
                {
                    owner = o;
                    if (parts.Length >= 3) long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out start);
                }
                else if (parts.Length >= 2 && parts[0] == "office" && int.TryParse(parts[1], out var p)) offices.Add(p);
            }
            return owner == 0 ? null : (owner, start, offices);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    private static bool OwnerAlive(int pid, long recordedStart)
    {
        if (pid == Environment.ProcessId) return true;
        var start = StartTicks(pid);
        if (start is null) return false;
        // The same id with a different start time is another program that reused the id: the owner is gone.
        return recordedStart == 0 || Math.Abs(start.Value - recordedStart) <= (OperatingSystem.IsLinux() ? 0 : 1);
    }

    private static long? StartTicks(int pid)
    {
        // On Linux the kernel's own start stamp (clock ticks since boot, field 22 of /proc/<pid>/stat) is exact and the
        // same whichever process reads it. Process.StartTime is derived from the boot time as each reader estimates it,
        // which differs between processes by fractions of a second: a live build would then look dead and lose its
        // office processes to another build's clean-up.
        if (OperatingSystem.IsLinux())
        {
            try
            {
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                return long.Parse(fields[19], NumberStyles.Integer, CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
            {
                return null;
            }
        }
        try
        {
            // Elsewhere: whole seconds, compared with a second's tolerance (see OwnerAlive).
            using var p = Process.GetProcessById(pid);
            return p.HasExited ? null : p.StartTime.ToUniversalTime().Ticks / TimeSpan.TicksPerSecond;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return null;
        }
    }

    private static bool CommandLineNames(int pid, string marker)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try { return File.ReadAllText($"/proc/{pid}/cmdline").Contains(marker, StringComparison.Ordinal); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    private static bool Kill(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            p.Kill(entireProcessTree: true);
            p.WaitForExit(2000);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static int CountAndKillMarked(string marker)
    {
        if (!OperatingSystem.IsLinux()) return 0;
        int count = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
            if (int.TryParse(Path.GetFileName(dir), out var pid) && pid != Environment.ProcessId && CommandLineNames(pid, marker) && Kill(pid))
                count++;
        return count;
    }
}
