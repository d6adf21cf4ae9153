using System.Diagnostics;

namespace ReportGen.Pdf.Office;

/// <summary>
/// Converts a chunk of documents with one <c>soffice --convert-to</c> call in a fresh private profile.
/// Inputs are copied to numbered names first, so two reports with the same file name cannot collide in the output
/// folder. LibreOffice prints one "convert ..." line per document as it reaches the export, which serves as progress:
/// the timeout applies per document, counted from the last progress line.
/// </summary>
internal sealed class CommandLineOfficeWorker(string sofficePath, PdfConverterOptions options) : IOfficeWorker
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private OfficeProcess? _process;
    private StagingFolder? _staging;

    /// <inheritdoc />
    public int? ProcessId => _process is { HasExited: false } p ? p.Id : null;

    /// <inheritdoc />
    public int PreferredChunkSize => options.RestartAfter;

    /// <inheritdoc />
    public async Task<IReadOnlyList<AttemptOutcome>> ConvertAsync(IReadOnlyList<WorkItem> items, bool freshProcess, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        _staging ??= StagingFolder.Create(options.WorkRoot);
        using var profile = OfficeProfile.Create(options.WorkRoot);
        var inputs = new List<string>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var copy = Path.Combine(profile.InputDir, i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".docx");
            File.Copy(items[i].DocxPath, copy);
            inputs.Add(copy);
        }

        var arguments = new List<string>
        {
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            "--nolockcheck",
            "--nofirststartwizard",
            profile.UserInstallationArgument,
            "--infilter=MS Word 2007 XML",
            "--convert-to",
            options.Export.ToConvertToArgument(),
            "--outdir",
            profile.OutputDir,
        };
        arguments.AddRange(inputs);

        var lastProgress = Stopwatch.StartNew();
        var progressLines = 0;
        var process = OfficeProcess.Start(sofficePath, arguments, Path.GetFileName(profile.Root), profile.Root, line =>
        {
            if (line.StartsWith("convert ", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref progressLines);
                lastProgress.Restart();
            }
        });
        _process = process;

        var killedReason = (string?)null;
        int? exitCode = null;
        var output = string.Empty;
        try
        {
            while (!process.HasExited)
            {
                var allowed = options.DocumentTimeout + (Volatile.Read(ref progressLines) == 0 ? options.StartupTimeout : TimeSpan.Zero);
                if (lastProgress.Elapsed > allowed)
                {
                    killedReason = $"LibreOffice did not finish within {allowed.TotalSeconds:0} s; its process tree was killed.";
                    process.KillTree();
                    break;
                }

                await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
            }

            await process.WaitForExitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.KillTree();
            throw;
        }
        finally
        {
            _process = null;
            exitCode = killedReason is null ? process.ExitCode : null;
            process.KillTree();
            output = process.Output;
            process.Dispose();
        }

        var crashed = killedReason is not null || exitCode is not 0;
        var outcomes = new List<AttemptOutcome>(items.Count);
        var culpritFound = false;
        for (var i = 0; i < items.Count; i++)
        {
            var produced = Path.Combine(profile.OutputDir, i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".pdf");
            if (PdfFileCheck.LooksComplete(produced))
            {
                var staged = _staging.NewPdfPath();
                File.Move(produced, staged);
                outcomes.Add(AttemptOutcome.Ok(items[i], staged, clock.Elapsed / items.Count));
                continue;
            }

            if (crashed && culpritFound)
            {
                outcomes.Add(AttemptOutcome.Skipped(items[i]));
                continue;
            }

            culpritFound = true;
            var reason = killedReason
                ?? (crashed
                    ? $"LibreOffice exited with code {exitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"} before writing this PDF."
                    : "LibreOffice wrote no PDF for this document.");
            outcomes.Add(AttemptOutcome.Fail(items[i], string.IsNullOrWhiteSpace(output) ? reason : reason + Environment.NewLine + "LibreOffice output:" + Environment.NewLine + output, clock.Elapsed / items.Count));
        }

        return outcomes;
    }

    /// <inheritdoc />
    public Task WarmUpAsync(CancellationToken cancellationToken) => Task.CompletedTask;   // each call starts its own office

    /// <inheritdoc />
    public void Abort() => _process?.KillTree();

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _process?.KillTree();
        _staging?.Dispose();
        _staging = null;
        return ValueTask.CompletedTask;
    }
}
