using System.Diagnostics;
using System.Text;

namespace ReportGen.Pdf.Office;

/// <summary>
/// One started LibreOffice process (the soffice launcher and whatever it starts), with its output
/// kept in a bounded buffer and a kill that takes down the whole process tree.
/// </summary>
internal sealed class OfficeProcess : IDisposable
{
    private const int MaxKeptOutputChars = 16_000;

    private readonly Process _process;
    private readonly string _marker;
    private readonly StringBuilder _output = new();
    private readonly object _gate = new();
    private readonly Action<string>? _onLine;
    private int _lineCount;

    private OfficeProcess(Process process, string marker, Action<string>? onLine)
    {
        _process = process;
        _marker = marker;
        _onLine = onLine;
    }

    /// <summary>Process id of the launcher.</summary>
    public int Id { get; private set; }

    /// <summary>True once the launcher has exited (the office may still be shutting down children).</summary>
    public bool HasExited
    {
        get
        {
            try
            {
                return _process.HasExited;
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        }
    }

    /// <summary>Exit code, or <c>null</c> while running.</summary>
    public int? ExitCode => HasExited ? SafeExitCode() : null;

    /// <summary>How many output lines have been seen so far (stdout and stderr together).</summary>
    public int LineCount => Volatile.Read(ref _lineCount);

    /// <summary>
    /// Starts <paramref name="fileName"/> with the given arguments. <paramref name="marker"/> is a string unique to this
    /// process (its private folder) that appears on its command line; it is used to find children left behind on kill.
    /// </summary>
    public static OfficeProcess Start(string fileName, IEnumerable<string> arguments, string marker, string workingDirectory, Action<string>? onLine = null)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            CreateNoWindow = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            psi.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = psi, EnableRaisingEvents = true };
        var result = new OfficeProcess(process, marker, onLine);
        process.OutputDataReceived += (_, e) => result.Append(e.Data);
        process.ErrorDataReceived += (_, e) => result.Append(e.Data);
        process.Start();
        result.Id = process.Id;
        OfficeOwnership.RecordOffice(workingDirectory, process.Id);
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return result;
    }

    /// <summary>The output kept so far (the last few thousand characters), trimmed.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString().Trim();
            }
        }
    }

    /// <summary>Waits until the process exits or the timeout passes; true if it exited.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>
    /// Kills the process and all its descendants, including any process whose command line carries this process's
    /// marker (LibreOffice's launcher may leave soffice.bin behind when it is killed first).
    /// </summary>
    public void KillTree()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone, or not ours to kill any more.
        }

        KillStragglers(_marker);
        try
        {
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!HasExited)
        {
            KillTree();
        }

        _process.Dispose();
    }

    /// <summary>
    /// On Linux, kills processes whose command line contains <paramref name="marker"/> (a folder name holding a GUID
    /// that only our own office processes are given). Elsewhere the process-tree kill has to suffice.
    /// </summary>
    internal static void KillStragglers(string marker)
    {
        if (!OperatingSystem.IsLinux() || string.IsNullOrEmpty(marker) || !Directory.Exists("/proc"))
        {
            return;
        }

        var self = Environment.ProcessId;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == self)
            {
                continue;
            }

            string commandLine;
            try
            {
                commandLine = File.ReadAllText(Path.Combine(dir, "cmdline"));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            if (!commandLine.Contains(marker, StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                using var straggler = Process.GetProcessById(pid);
                straggler.Kill(entireProcessTree: true);
                straggler.WaitForExit(2000);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // It exited meanwhile.
            }
        }
    }

    private int? SafeExitCode()
    {
        try
        {
            return _process.ExitCode;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private void Append(string? line)
    {
        // Debian's LibreOffice prints a harmless warning about Java on every start; it would only clutter errors.
        if (line is null || line.Contains("failed to launch javaldx", StringComparison.Ordinal))
        {
            return;
        }

        lock (_gate)
        {
            _output.AppendLine(line);
            if (_output.Length > MaxKeptOutputChars)
            {
                _output.Remove(0, _output.Length - MaxKeptOutputChars);
            }
        }

        Interlocked.Increment(ref _lineCount);
        _onLine?.Invoke(line);
    }
}
