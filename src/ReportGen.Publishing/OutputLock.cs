using System.Diagnostics;

namespace ReportGen.Publishing;

/// <summary>
/// One build at a time per output folder. The lock is an open, exclusively locked file (<c>.reportgen.lock</c>) in
/// the output folder (its holder's process id is written beside it, in .reportgen.lock.owner); the operating system releases it when the process ends,
/// however it ends (even <c>kill -9</c>), so a stale lock can never block the next build.
/// </summary>
public sealed class OutputLock : IDisposable
{
    /// <summary>The lock file's name inside the output folder.</summary>
    public const string FileName = ".reportgen.lock";

    private readonly FileStream _stream;

    private OutputLock(FileStream stream, string path)
    {
        _stream = stream;
        Path = path;
    }

    /// <summary>The lock file.</summary>
    public string Path { get; }

    /// <summary>
    /// Takes the lock on <paramref name="outputFolder"/>, waiting up to <paramref name="wait"/> for another build to
    /// finish. Throws <see cref="OutputFolderException"/> with a message for the analyst when the lock cannot be had
    /// (another build holds it) or the folder cannot be written.
    /// </summary>
    public static OutputLock Acquire(string outputFolder, TimeSpan wait, Action<string>? onWaiting = null)
    {
        var path = System.IO.Path.Combine(outputFolder, FileName);
        try
        {
            Directory.CreateDirectory(outputFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputErrors.Describe(e, outputFolder);
        }
        var clock = Stopwatch.StartNew();
        bool told = false;
        while (true)
        {
            try
            {
                // FileShare.None takes an exclusive advisory lock (flock) on Unix and a sharing lock on Windows.
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                // The holder's id goes in a plain file beside the lock: the locked file itself cannot be read by others.
                try { File.WriteAllText(path + ".owner", $"{Environment.ProcessId}\n"); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
                return new OutputLock(stream, path);
            }
            catch (UnauthorizedAccessException e)
            {
                throw OutputErrors.Describe(e, outputFolder);
            }
            catch (IOException e) when (!IsHeldByAnother(e))
            {
                // A read-only folder, a full disk, a file where a folder should be: not another build.
                throw OutputErrors.Describe(e, outputFolder);
            }
            catch (IOException)
            {
                if (clock.Elapsed >= wait)
                    throw new OutputFolderException(
                        $"Another build is writing to {outputFolder}{Holder(path)}, and it did not finish within {wait.TotalSeconds:0} s.",
                        "Wait for the other build to finish, or give this one its own folder with --out.");
                if (!told) { onWaiting?.Invoke($"Another build is writing to {outputFolder}{Holder(path)}; waiting for it to finish..."); told = true; }
                Thread.Sleep(250);
            }
        }
    }

    // The sharing violation .NET raises when another open of the file holds the lock (flock on Unix).
    private static bool IsHeldByAnother(IOException e) =>
        e.HResult == unchecked((int)0x80070020) || e.HResult == unchecked((int)0x80070021) || e.HResult == 11
        || e.Message.Contains("being used by another process", StringComparison.OrdinalIgnoreCase);

    // "(process 1234)" from the lock file, read without taking the lock; empty when it cannot be read.
    private static string Holder(string path)
    {
        try
        {
            var text = File.ReadAllText(path + ".owner").Trim();
            return int.TryParse(text, out var pid) ? $" (process {pid})" : "";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return ""; }
    }

    public void Dispose()
    {
        try { File.Delete(Path + ".owner"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        _stream.Dispose();
    }
}

/// <summary>A problem with the output folder, worded for the analyst: what is wrong and what to do.</summary>
public sealed class OutputFolderException(string message, string fix) : IOException(message)
{
    public string Fix { get; } = fix;

    /// <summary>The message in the tool's error form.</summary>
    public override string ToString() => $"error output-folder: {Message} Fix: {Fix}";
}

/// <summary>Turns file-system exceptions met while writing outputs into plain messages.</summary>
public static class OutputErrors
{
    /// <summary>True for "no space left on the disk" (or quota exceeded).</summary>
    public static bool IsDiskFull(Exception e) =>
        e is IOException && (e.HResult is 28 or 122 or unchecked((int)0x80070070) or unchecked((int)0x80070027)
            || e.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("quota", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("not enough space", StringComparison.OrdinalIgnoreCase));

    /// <summary>True for "read-only file system" or "permission denied".</summary>
    public static bool IsNotWritable(Exception e) =>
        e is UnauthorizedAccessException
        || (e is IOException && (e.HResult is 30 or 13 || e.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase)));

    /// <summary>An <see cref="OutputFolderException"/> saying what went wrong writing under <paramref name="folder"/>.</summary>
    public static OutputFolderException Describe(Exception e, string folder)
    {
        if (e is OutputFolderException already) return already;
        if (IsDiskFull(e))
            return new OutputFolderException($"The disk holding {folder} is full, so the outputs could not be written. The previous outputs were left as they were.",
                "Free some space on that disk (or choose another folder with --out) and build again.");
        if (IsNotWritable(e))
            return new OutputFolderException($"The output folder {folder} cannot be written (it is read-only, or you do not have permission).",
                "Make the folder writable, or choose another folder with --out.");
        return new OutputFolderException($"Writing the outputs under {folder} failed: {e.Message}",
            "Check the folder exists and is writable and that no other program holds its files, then build again.");
    }
}
