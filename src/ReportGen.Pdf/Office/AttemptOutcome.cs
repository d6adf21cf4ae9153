namespace ReportGen.Pdf.Office;

/// <summary>The result of one attempt: status, where the PDF was written, the error, and the time spent.</summary>
internal sealed record AttemptOutcome(WorkItem Item, AttemptStatus Status, string? TempPdfPath, string? Error, TimeSpan Elapsed)
{
    public static AttemptOutcome Ok(WorkItem item, string tempPdf, TimeSpan elapsed) => new(item, AttemptStatus.Succeeded, tempPdf, null, elapsed);

    public static AttemptOutcome Fail(WorkItem item, string error, TimeSpan elapsed) => new(item, AttemptStatus.Failed, null, error, elapsed);

    public static AttemptOutcome Skipped(WorkItem item) => new(item, AttemptStatus.NotAttempted, null, null, TimeSpan.Zero);
}
