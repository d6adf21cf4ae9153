using System.Diagnostics;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// A build killed with SIGKILL leaves its office processes and private folders behind. The next converter ends the
/// processes recorded in folders whose owner is gone, and never touches those of a converter still running.
/// </summary>
public sealed class OrphanedOfficeTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "rg-orphans-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly List<Process> _started = [];

    public OrphanedOfficeTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        foreach (var p in _started)
        {
            try { if (!p.HasExited) p.Kill(); } catch (InvalidOperationException) { }
            p.Dispose();
        }
        try { Directory.Delete(_root, true); } catch (IOException) { }
    }

    private static int DeadPid()
    {
        using var p = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        p.WaitForExit();
        return p.Id;
    }

    /// <summary>A stand-in for soffice.bin: a long sleep whose command line names the private folder, as soffice's does.</summary>
    private Process FakeOffice(string marker)
    {
        var psi = new ProcessStartInfo("sh") { UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("sleep 120; true");
        psi.ArgumentList.Add(marker);
        var p = Process.Start(psi)!;
        _started.Add(p);
        return p;
    }

    private string Folder(int owner, long ownerStart, params int[] offices)
    {
        var folder = Path.Combine(_root, "reportgen-lo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "profile"));
        File.WriteAllLines(Path.Combine(folder, "owner.txt"),
            [$"owner {owner} {ownerStart}", .. offices.Select(o => $"office {o}")]);
        return folder;
    }

    [Fact]
    public void Office_processes_of_a_killed_build_are_ended_and_their_folder_removed()
    {
        var folder = Path.Combine(_root, "reportgen-lo-" + Guid.NewGuid().ToString("N"));
        var office = FakeOffice(Path.GetFileName(folder));
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, "owner.txt"), [$"owner {DeadPid()} 0", $"office {office.Id}"]);

        var ended = PdfConverter.EndOrphanedOfficeProcesses(_root);

        Assert.True(office.WaitForExit(5000), "the orphaned office process is still running");
        Assert.True(ended >= 1);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void A_live_converter_s_processes_and_folder_are_left_alone()
    {
        var start = Process.GetCurrentProcess().StartTime.ToUniversalTime().Ticks;
        var folder = Path.Combine(_root, "reportgen-lo-" + Guid.NewGuid().ToString("N"));
        var office = FakeOffice(Path.GetFileName(folder));
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, "owner.txt"), [$"owner {Environment.ProcessId} {start}", $"office {office.Id}"]);

        Assert.Equal(0, PdfConverter.EndOrphanedOfficeProcesses(_root));
        Assert.False(office.HasExited);
        Assert.True(Directory.Exists(folder));
    }

    [Fact]
    public void A_recorded_id_now_used_by_an_unrelated_process_is_not_killed()
    {
        // The id belongs to a process whose command line does not name the folder: a reused id, not our office.
        var unrelated = FakeOffice("something-else");
        var folder = Folder(DeadPid(), 0, unrelated.Id);

        PdfConverter.EndOrphanedOfficeProcesses(_root);

        Assert.False(unrelated.HasExited);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void A_folder_without_an_owner_record_is_not_touched()
    {
        var folder = Path.Combine(_root, "reportgen-lo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        PdfConverter.EndOrphanedOfficeProcesses(_root);
        Assert.True(Directory.Exists(folder));
    }

    [Fact]
    public void A_dangling_link_to_soffice_counts_as_not_found()
    {
        var link = Path.Combine(_root, "soffice");
        File.CreateSymbolicLink(link, Path.Combine(_root, "gone", "soffice"));
        Assert.False(LibreOfficeLocator.IsUsableFile(link));
        Assert.Throws<LibreOfficeNotFoundException>(() => new PdfConverter(new PdfConverterOptions { SofficePath = link }));
        Assert.Null(LibreOfficeLocator.TryLocate(k => k == LibreOfficeLocator.EnvironmentVariable ? link : "/usr/bin", LibreOfficeLocator.IsUsableFile));
    }
}
