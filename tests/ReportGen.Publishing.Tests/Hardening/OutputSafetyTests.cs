using System.Diagnostics;
using ReportGen.Publishing;

namespace ReportGen.Publishing.Tests.Hardening;

/// <summary>A process id that belonged to a process which has exited.</summary>
internal static class DeadProcess
{
    public static int Id()
    {
        using var p = Process.Start(new ProcessStartInfo(OperatingSystem.IsWindows() ? "cmd" : "true") { UseShellExecute = false })!;
        p.WaitForExit();
        return p.Id;
    }
}

/// <summary>Two builds into one folder, a build's staging folder, and file-system failures worded for the analyst.</summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "rg-safety-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose() { try { Directory.Delete(_dir, true); } catch (IOException) { } }

    [Fact]
    public void A_second_build_into_the_same_folder_is_refused_with_a_message_while_the_first_holds_the_lock()
    {
        using var first = OutputLock.Acquire(_dir, TimeSpan.Zero);
        var waiting = new List<string>();
        var e = Assert.Throws<OutputFolderException>(() => OutputLock.Acquire(_dir, TimeSpan.FromMilliseconds(300), waiting.Add));
        Assert.Contains("Another build is writing to", e.Message);
        Assert.Contains($"process {Environment.ProcessId}", e.Message);
        Assert.Contains("--out", e.Fix);
        Assert.Single(waiting);   // it said it was waiting before it gave up
    }

    [Fact]
    public void The_lock_is_free_again_once_its_holder_lets_go()
    {
        OutputLock.Acquire(_dir, TimeSpan.Zero).Dispose();
        using var again = OutputLock.Acquire(_dir, TimeSpan.Zero);
        Assert.True(File.Exists(again.Path));
    }

    [Fact]
    public void A_waiting_build_goes_ahead_when_the_first_finishes()
    {
        var first = OutputLock.Acquire(_dir, TimeSpan.Zero);
        var release = Task.Run(() => { Thread.Sleep(400); first.Dispose(); });
        using var second = OutputLock.Acquire(_dir, TimeSpan.FromSeconds(30));
        release.Wait();
        Assert.NotNull(second);
    }

    [Fact]
    public void Each_build_has_its_own_staging_folder_and_one_build_never_removes_another_live_ones()
    {
        var a = new OutputFolder(_dir);
        File.WriteAllText(a.StagedPath("a.docx"), "a");
        var b = new OutputFolder(_dir);
        Assert.NotEqual(a.Staging, b.Staging);
        Assert.Contains(Environment.ProcessId.ToString(), Path.GetFileName(a.Staging));
        Assert.True(File.Exists(a.StagedPath("a.docx")));
        b.Discard();
        Assert.True(File.Exists(a.StagedPath("a.docx")));
        a.Commit(["a.docx"], new HashSet<string>(), "");
        Assert.Equal("a", File.ReadAllText(Path.Combine(_dir, "a.docx")));
    }

    [Fact]
    public void An_output_path_that_cannot_be_a_folder_gives_a_plain_error_with_a_fix()
    {
        Directory.CreateDirectory(_dir);
        var blocker = Path.Combine(_dir, "output");
        File.WriteAllText(blocker, "a file where the output folder should be");
        var e = Assert.Throws<OutputFolderException>(() => OutputLock.Acquire(Path.Combine(blocker, "area"), TimeSpan.Zero));
        Assert.StartsWith("error output-folder: ", e.ToString());
        Assert.Contains("Fix:", e.ToString());
        Assert.DoesNotContain("   at ", e.ToString());
    }

    [Fact]
    public void A_full_disk_and_a_read_only_folder_are_named_as_such()
    {
        var full = OutputErrors.Describe(new IOException("No space left on device : '/out/x.docx'", 28), "/out");
        Assert.Contains("disk holding /out is full", full.Message);
        Assert.Contains("Free some space", full.Fix);
        var readOnly = OutputErrors.Describe(new UnauthorizedAccessException("Access to the path '/out/x' is denied."), "/out");
        Assert.Contains("cannot be written", readOnly.Message);
        var readOnlyFs = OutputErrors.Describe(new IOException("Read-only file system : '/out/x'", 30), "/out");
        Assert.Contains("cannot be written", readOnlyFs.Message);
    }

    [Fact]
    public void An_area_that_throws_is_described_without_a_stack_trace()
    {
        var (line, failure) = BuildSafety.Describe(new InvalidOperationException("boom\n   at Somewhere()"), "Peterborough", "/out/peterborough");
        Assert.StartsWith("error internal: building Peterborough", line);
        Assert.DoesNotContain("   at ", line);
        Assert.DoesNotContain("   at ", failure);
        var (io, _) = BuildSafety.Describe(new IOException("No space left on device", 28), "Peterborough", "/out/peterborough");
        Assert.StartsWith("error output-folder: The disk holding /out/peterborough is full", io);
    }
}
