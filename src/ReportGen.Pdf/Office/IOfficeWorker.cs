namespace ReportGen.Pdf.Office;

/// <summary>A worker that owns at most one LibreOffice process at a time and converts documents with it.</summary>
internal interface IOfficeWorker : IAsyncDisposable
{
    /// <summary>Process id of the worker's current office process, if one is running.</summary>
    int? ProcessId { get; }

    /// <summary>How many documents this worker would like per call (1 for the resident worker).</summary>
    int PreferredChunkSize { get; }

    /// <summary>
    /// Converts <paramref name="items"/>; each outcome's temporary PDF lies in the worker's private folder until the
    /// caller moves it. When <paramref name="freshProcess"/> is true the documents are converted by a newly started office.
    /// </summary>
    Task<IReadOnlyList<AttemptOutcome>> ConvertAsync(IReadOnlyList<WorkItem> items, bool freshProcess, CancellationToken cancellationToken);

    /// <summary>Starts the office process now, if the engine keeps one, and waits until it is ready for documents.</summary>
    Task WarmUpAsync(CancellationToken cancellationToken);

    /// <summary>Stops the current office process, if any (used when the batch is cancelled).</summary>
    void Abort();
}
