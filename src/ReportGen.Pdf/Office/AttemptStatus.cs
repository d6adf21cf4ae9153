namespace ReportGen.Pdf.Office;

/// <summary>How one attempt at one document ended.</summary>
internal enum AttemptStatus
{
    /// <summary>LibreOffice wrote a PDF to <see cref="AttemptOutcome.TempPdfPath"/>.</summary>
    Succeeded,

    /// <summary>LibreOffice failed, crashed or hung on this document.</summary>
    Failed,

    /// <summary>The document was never started (another document in the same call broke the process first).</summary>
    NotAttempted,
}
