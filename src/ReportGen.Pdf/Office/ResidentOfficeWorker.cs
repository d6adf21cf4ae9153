using System.Diagnostics;
using System.Text;

namespace ReportGen.Pdf.Office;

/// <summary>
/// Keeps one LibreOffice process running with the <see cref="ResidentMacro"/> loop and feeds it one document at a
/// time. The process is replaced after <see cref="PdfConverterOptions.RestartAfter"/> documents, after any failure,
/// and whenever it has died; a hung document is killed with its whole process tree at the timeout.
/// </summary>
internal sealed class ResidentOfficeWorker(string sofficePath, PdfConverterOptions options) : IOfficeWorker
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(40);

    private OfficeProcess? _process;
    private OfficeProfile? _profile;
    private int _conversionsInProcess;
    private bool _freshlyStarted;
    private int _jobNumber;
    private StagingFolder? _staging;

    /// <inheritdoc />
    public int? ProcessId => _process is { HasExited: false } p ? p.Id : null;

    /// <inheritdoc />
    public int PreferredChunkSize => 1;

    /// <inheritdoc />
    public async Task<IReadOnlyList<AttemptOutcome>> ConvertAsync(IReadOnlyList<WorkItem> items, bool freshProcess, CancellationToken cancellationToken)
    {
        var outcomes = new List<AttemptOutcome>(items.Count);
        foreach (var item in items)
        {
            outcomes.Add(await ConvertOneAsync(item, freshProcess, cancellationToken).ConfigureAwait(false));
            freshProcess = false;
        }

        return outcomes;
    }

    /// <inheritdoc />
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        if (_process is null || _process.HasExited)
        {
            StopProcess(graceful: false);
            StartProcess();
        }

        var ready = Path.Combine(_profile!.QueueDir, ResidentMacro.ReadyFile + ".txt");
        var clock = Stopwatch.StartNew();
        while (!File.Exists(ready) && !_process!.HasExited && clock.Elapsed < options.StartupTimeout)
        {
            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }

        // Whatever happened, the first document will find out and handle it (restart, timeout, retry).
    }

    /// <inheritdoc />
    public void Abort() => StopProcess(graceful: false);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        StopProcess(graceful: true);
        _staging?.Dispose();
        _staging = null;
        return ValueTask.CompletedTask;
    }

    private async Task<AttemptOutcome> ConvertOneAsync(WorkItem item, bool freshProcess, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        // A process that has not converted anything yet counts as fresh, so a retry does not pay for a second start.
        var needsFresh = freshProcess && _conversionsInProcess > 0;
        if (needsFresh || _process is null || _process.HasExited || _conversionsInProcess >= options.RestartAfter)
        {
            StopProcess(graceful: _process is not null && !_process.HasExited);
            try
            {
                StartProcess();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
            {
                StopProcess(graceful: false);
                return AttemptOutcome.Fail(item, "LibreOffice could not be started: " + ex.Message, clock.Elapsed);
            }
        }

        var process = _process!;
        var profile = _profile!;
        var job = (++_jobNumber).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        _staging ??= StagingFolder.Create(options.WorkRoot);
        var tempPdf = _staging.NewPdfPath();
        var jobText = OfficeProfile.ToFileUrl(item.DocxPath) + "\n" + OfficeProfile.ToFileUrl(tempPdf) + "\n";
        var pending = Path.Combine(profile.QueueDir, job + ".tmp");
        File.WriteAllText(pending, jobText, Encoding.ASCII);
        File.Move(pending, Path.Combine(profile.QueueDir, job + ".job"));

        var timeout = options.DocumentTimeout + (_freshlyStarted ? options.StartupTimeout : TimeSpan.Zero);
        _freshlyStarted = false;
        var done = Path.Combine(profile.QueueDir, job + ".done");
        var fail = Path.Combine(profile.QueueDir, job + ".fail");
        while (true)
        {
            if (File.Exists(done))
            {
                _conversionsInProcess++;
                if (!PdfFileCheck.LooksComplete(tempPdf))
                {
                    StopProcess(graceful: false);
                    return AttemptOutcome.Fail(item, "LibreOffice reported success but wrote no complete PDF.", clock.Elapsed);
                }

                return AttemptOutcome.Ok(item, tempPdf, clock.Elapsed);
            }

            if (File.Exists(fail))
            {
                var message = ReadText(fail);
                var output = process.Output;
                StopProcess(graceful: false);
                return AttemptOutcome.Fail(item, Combine(message, output), clock.Elapsed);
            }

            if (process.HasExited)
            {
                // The result file may have appeared just before the exit.
                if (File.Exists(done) || File.Exists(fail))
                {
                    continue;
                }

                var text = $"LibreOffice exited (code {process.ExitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}) while converting the document.";
                var output = process.Output;
                StopProcess(graceful: false);
                return AttemptOutcome.Fail(item, Combine(text, output), clock.Elapsed);
            }

            if (clock.Elapsed > timeout)
            {
                var output = process.Output;
                StopProcess(graceful: false);
                return AttemptOutcome.Fail(item, Combine($"LibreOffice did not finish within {timeout.TotalSeconds:0} s; its process tree was killed.", output), clock.Elapsed);
            }

            try
            {
                await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                StopProcess(graceful: false);
                throw;
            }
        }
    }

    private void StartProcess()
    {
        _profile = OfficeProfile.Create(options.WorkRoot);
        _profile.InstallResidentMacro(options.Export);
        string[] arguments =
        [
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            "--nolockcheck",
            "--nofirststartwizard",
            _profile.UserInstallationArgument,
            ResidentMacro.StartUrl(_profile.QueueDir),
        ];
        _process = OfficeProcess.Start(sofficePath, arguments, Path.GetFileName(_profile.Root), _profile.Root);
        _conversionsInProcess = 0;
        _freshlyStarted = true;
    }

    private void StopProcess(bool graceful)
    {
        var process = _process;
        var profile = _profile;
        _process = null;
        _profile = null;
        if (process is not null)
        {
            if (graceful && !process.HasExited && profile is not null)
            {
                try
                {
                    File.WriteAllText(Path.Combine(profile.QueueDir, ResidentMacro.StopFile), string.Empty);
                    process.WaitForExitAsync(TimeSpan.FromSeconds(10)).GetAwaiter().GetResult();
                }
                catch (IOException)
                {
                }
            }

            process.KillTree();
            process.Dispose();
        }

        if (profile is not null)
        {
            OfficeProcess.KillStragglers(Path.GetFileName(profile.Root));
            profile.Dispose();
        }
    }

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path).Trim();
        }
        catch (IOException ex)
        {
            return "(could not read the error: " + ex.Message + ")";
        }
    }

    private static string Combine(string message, string output) =>
        string.IsNullOrWhiteSpace(output) ? message : message + Environment.NewLine + "LibreOffice output:" + Environment.NewLine + output;
}
