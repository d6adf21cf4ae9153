using System.Threading.Channels;
using ReportGen.Pdf.Office;

namespace ReportGen.Pdf;

/// <summary>
/// Converts DOCX files to accessible PDF files with LibreOffice.
/// </summary>
/// <remarks>
/// <para>
/// A converter owns a small pool of workers (<see cref="PdfConverterOptions.MaxParallelism"/>), each with its own
/// LibreOffice process and private profile folder, so conversions run in parallel without sharing state. Workers pull
/// documents from one queue. By default (<see cref="OfficeEngine.Resident"/>) each worker's office process stays up
/// between documents and between batches, and is replaced after <see cref="PdfConverterOptions.RestartAfter"/>
/// documents.
/// </para>
/// <para>
/// A document that fails, crashes LibreOffice or hangs past <see cref="PdfConverterOptions.DocumentTimeout"/> has its
/// office process tree killed and is tried again in a fresh process, up to <see cref="PdfConverterOptions.MaxAttempts"/>
/// times in all; other documents carry on. PDFs are written to a private folder first and moved into place
/// atomically, so the destination never holds a half-written file. When a document finally fails, any older PDF at its
/// destination is deleted, so a stale file cannot be mistaken for the new one; the DOCX is never touched.
/// </para>
/// <para>Batches on one converter run one after another; use several converters for independent work.</para>
/// </remarks>
public sealed class PdfConverter : IDisposable, IAsyncDisposable
{
    private readonly List<IOfficeWorker> _workers = [];
    private readonly SemaphoreSlim _batchGate = new(1, 1);
    private bool _disposed;

    /// <summary>
    /// Creates a converter. No office process starts until the first document is converted.
    /// </summary>
    /// <param name="options">Settings; <c>null</c> for the defaults.</param>
    /// <exception cref="LibreOfficeNotFoundException">LibreOffice cannot be found.</exception>
    public PdfConverter(PdfConverterOptions? options = null)
    {
        Options = options ?? new PdfConverterOptions();
        Options.Validate();
        if (Interlocked.Exchange(ref _reaped, 1) == 0) EndOrphanedOfficeProcesses(Options.WorkRoot);
        if (Options.SofficePath is { } given)
        {
            if (!LibreOfficeLocator.IsUsableFile(given))
            {
                throw new LibreOfficeNotFoundException(
                    $"The configured soffice path does not exist: {given}. {LibreOfficeLocator.InstallInstructions}");
            }

            SofficePath = Path.GetFullPath(given);
        }
        else
        {
            SofficePath = LibreOfficeLocator.Locate();
        }
    }

    /// <summary>
    /// Ends LibreOffice processes, and deletes their private folders, left behind by a converter whose process was
    /// killed (by their recorded process ids; see <c>OfficeOwnership</c>). Folders of converters still running are
    /// left alone. Returns how many office processes were ended. Every new converter does this once per process.
    /// </summary>
    public static int EndOrphanedOfficeProcesses(string? workRoot = null) => Office.OfficeOwnership.ReapOrphans(workRoot);

    private static int _reaped;

    /// <summary>The settings in force.</summary>
    public PdfConverterOptions Options { get; }

    /// <summary>The soffice executable used.</summary>
    public string SofficePath { get; }

    /// <summary>True when LibreOffice can be found on this machine (see <see cref="LibreOfficeLocator"/>).</summary>
    public static bool IsLibreOfficeAvailable => LibreOfficeLocator.TryLocate() is not null;

    /// <summary>
    /// Process ids of the office processes (the soffice launchers) running right now; empty between documents for the
    /// command-line engine. Meant for monitoring and tests.
    /// </summary>
    public IReadOnlyList<int> OfficeProcessIds
    {
        get
        {
            lock (_workers)
            {
                return _workers.Select(w => w.ProcessId).OfType<int>().ToList();
            }
        }
    }

    /// <summary>Converts one DOCX file to a PDF file.</summary>
    /// <param name="docxPath">The DOCX to read.</param>
    /// <param name="pdfPath">Where to write the PDF.</param>
    /// <param name="cancellationToken">Stops the conversion and kills the office process.</param>
    public async Task<PdfConversionResult> ConvertAsync(string docxPath, string pdfPath, CancellationToken cancellationToken = default)
    {
        var results = await ConvertAsync([new PdfConversionRequest(docxPath, pdfPath)], null, cancellationToken).ConfigureAwait(false);
        return results[0];
    }

    /// <summary>
    /// Converts a batch of DOCX files to PDF. One bad document never stops the others: every request gets a result,
    /// in the order given.
    /// </summary>
    /// <param name="requests">The documents; no two may share a PDF path.</param>
    /// <param name="progress">
    /// Told about each document as soon as it is finished (successfully or not). It may be called from several
    /// threads at once when more than one worker runs.
    /// </param>
    /// <param name="cancellationToken">Stops the batch and kills the office processes; PDFs already placed stay.</param>
    /// <returns>One result per request, in request order.</returns>
    /// <exception cref="ArgumentException">Two requests name the same PDF path.</exception>
    /// <exception cref="OperationCanceledException">The batch was cancelled.</exception>
    public async Task<IReadOnlyList<PdfConversionResult>> ConvertAsync(
        IEnumerable<PdfConversionRequest> requests,
        IProgress<PdfConversionResult>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ObjectDisposedException.ThrowIf(_disposed, this);

        var items = requests.Select((r, i) => new WorkItem(i, r)).ToList();
        var duplicate = items.GroupBy(i => i.PdfPath, OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal)
            .FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two documents would be written to the same PDF: {duplicate.Key}", nameof(requests));
        }

        await _batchGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunBatchAsync(items, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _batchGate.Release();
        }
    }

    /// <summary>
    /// Starts the office processes now, so that a later <see cref="ConvertAsync(IEnumerable{PdfConversionRequest}, IProgress{PdfConversionResult}?, CancellationToken)"/>
    /// does not wait for LibreOffice to start. Call it without awaiting while the DOCX files are still being written;
    /// a batch started meanwhile waits for the warm-up to finish. Does nothing for <see cref="OfficeEngine.CommandLine"/>.
    /// </summary>
    /// <param name="workers">How many workers to start; default <see cref="PdfConverterOptions.MaxParallelism"/>.</param>
    /// <param name="cancellationToken">Stops waiting (the processes keep starting).</param>
    public async Task WarmUpAsync(int? workers = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var count = Math.Clamp(workers ?? Options.MaxParallelism, 1, Options.MaxParallelism);
        await _batchGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Task.WhenAll(EnsureWorkers(count).Select(w => w.WarmUpAsync(cancellationToken))).ConfigureAwait(false);
        }
        finally
        {
            _batchGate.Release();
        }
    }

    /// <summary>Stops the office processes and deletes their private folders.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        List<IOfficeWorker> workers;
        lock (_workers)
        {
            workers = [.. _workers];
            _workers.Clear();
        }

        foreach (var worker in workers)
        {
            await worker.DisposeAsync().ConfigureAwait(false);
        }

        _batchGate.Dispose();
    }

    /// <summary>Stops the office processes and deletes their private folders.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task<IReadOnlyList<PdfConversionResult>> RunBatchAsync(
        List<WorkItem> items,
        IProgress<PdfConversionResult>? progress,
        CancellationToken cancellationToken)
    {
        var results = new PdfConversionResult?[items.Count];
        var queue = Channel.CreateUnbounded<WorkItem>();
        var remaining = 0;

        void Finish(WorkItem item, PdfConversionResult result)
        {
            results[item.Index] = result;
            progress?.Report(result);
            if (Interlocked.Decrement(ref remaining) == 0)
            {
                queue.Writer.TryComplete();
            }
        }

        var valid = new List<WorkItem>();
        foreach (var item in items)
        {
            var problem = DocxInputCheck.Problem(item.DocxPath);
            if (problem is null)
            {
                valid.Add(item);
            }
            else
            {
                DeleteStale(item.PdfPath);
                results[item.Index] = new PdfConversionResult(item.Request, false, null, TimeSpan.Zero, 0, problem);
                progress?.Report(results[item.Index]!);
            }
        }

        if (valid.Count > 0)
        {
            remaining = valid.Count;
            foreach (var item in valid)
            {
                queue.Writer.TryWrite(item);
            }

            var workers = EnsureWorkers(Math.Min(Options.MaxParallelism, valid.Count));

            // Share new documents fairly, so one command-line call does not take the whole batch from idle workers.
            var fairShare = (valid.Count + workers.Count - 1) / workers.Count;
            var runs = workers.Select(w => RunWorkerAsync(w, queue, Finish, fairShare, cancellationToken)).ToList();
            try
            {
                await Task.WhenAll(runs).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                foreach (var worker in workers)
                {
                    worker.Abort();
                }

                throw;
            }
        }

        return results.Select(r => r!).ToList();
    }

    private async Task RunWorkerAsync(
        IOfficeWorker worker,
        Channel<WorkItem> queue,
        Action<WorkItem, PdfConversionResult> finish,
        int fairShare,
        CancellationToken cancellationToken)
    {
        var reader = queue.Reader;
        while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!reader.TryRead(out var first))
            {
                continue;
            }

            // A retry always runs alone in a fresh office process; new documents may share a process.
            var retry = first.Attempts > 0;
            var chunk = new List<WorkItem> { first };
            var chunkLimit = Math.Max(1, Math.Min(worker.PreferredChunkSize, fairShare));
            while (!retry && chunk.Count < chunkLimit
                   && reader.TryPeek(out var next) && next.Attempts == 0 && reader.TryRead(out next))
            {
                chunk.Add(next);
            }

            IReadOnlyList<AttemptOutcome> outcomes;
            try
            {
                outcomes = await worker.ConvertAsync(chunk, retry, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                worker.Abort();
                outcomes = chunk.Select(i => AttemptOutcome.Fail(i, "The conversion failed: " + ex.Message, TimeSpan.Zero)).ToList();
            }

            foreach (var outcome in outcomes)
            {
                var item = outcome.Item;
                item.Elapsed += outcome.Elapsed;
                switch (outcome.Status)
                {
                    case AttemptStatus.NotAttempted:
                        queue.Writer.TryWrite(item);
                        break;

                    case AttemptStatus.Succeeded:
                        item.Attempts++;
                        try
                        {
                            PlaceAtomically(outcome.TempPdfPath!, item.PdfPath);
                            finish(item, new PdfConversionResult(item.Request, true, item.PdfPath, item.Elapsed, item.Attempts, null));
                        }
                        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                        {
                            finish(item, new PdfConversionResult(item.Request, false, null, item.Elapsed, item.Attempts,
                                $"The PDF was made but could not be moved to {item.PdfPath}: {ex.Message}"));
                        }

                        break;

                    default:
                        item.Attempts++;
                        item.Errors.Add($"Attempt {item.Attempts}: {outcome.Error}");
                        if (item.Attempts < Options.MaxAttempts)
                        {
                            queue.Writer.TryWrite(item);
                        }
                        else
                        {
                            DeleteStale(item.PdfPath);
                            finish(item, new PdfConversionResult(item.Request, false, null, item.Elapsed, item.Attempts,
                                string.Join(Environment.NewLine, item.Errors)));
                        }

                        break;
                }
            }
        }
    }

    private List<IOfficeWorker> EnsureWorkers(int count)
    {
        lock (_workers)
        {
            while (_workers.Count < count)
            {
                _workers.Add(Options.Engine == OfficeEngine.CommandLine
                    ? new CommandLineOfficeWorker(SofficePath, Options)
                    : new ResidentOfficeWorker(SofficePath, Options));
            }

            return _workers.Take(count).ToList();
        }
    }

    /// <summary>
    /// Moves a finished PDF to its destination: first next to the destination under a hidden temporary name, then
    /// renamed over it, so readers see either the old file or the whole new one.
    /// </summary>
    private static void PlaceAtomically(string stagedPdf, string destination)
    {
        var folder = Path.GetDirectoryName(destination)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, "." + Path.GetFileName(destination) + "." + Guid.NewGuid().ToString("N")[..8] + ".partial");
        try
        {
            File.Move(stagedPdf, temporary);
            File.Move(temporary, destination, overwrite: true);
        }
        finally
        {
            TryDelete(temporary);
            TryDelete(stagedPdf);
        }
    }

    private static void DeleteStale(string pdfPath) => TryDelete(pdfPath);

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do.
        }
    }
}
