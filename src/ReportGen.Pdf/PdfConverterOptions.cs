namespace ReportGen.Pdf;

/// <summary>Settings for <see cref="PdfConverter"/>. The defaults suit a small batch of reports on a 2-core machine.</summary>
public sealed record PdfConverterOptions
{
    /// <summary>
    /// Path of soffice. When <c>null</c>, <see cref="LibreOfficeLocator.Locate"/> finds it
    /// (and throws <see cref="LibreOfficeNotFoundException"/> if it cannot).
    /// </summary>
    public string? SofficePath { get; init; }

    /// <summary>How many LibreOffice processes may convert at once. Default: min(2, processor count).</summary>
    public int MaxParallelism { get; init; } = Math.Min(2, Environment.ProcessorCount);

    /// <summary>Longest time one document may take before its office process is killed. Default 180 s.</summary>
    public TimeSpan DocumentTimeout { get; init; } = TimeSpan.FromSeconds(180);

    /// <summary>Extra time allowed for a fresh office process to start before its first document. Default 60 s.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How many times a document is tried in all; each retry runs in a fresh office process. Default 2.</summary>
    public int MaxAttempts { get; init; } = 2;

    /// <summary>
    /// How many documents one office process converts before it is replaced by a fresh one
    /// (for <see cref="OfficeEngine.CommandLine"/>, the most documents passed to one soffice call). Default 10.
    /// </summary>
    public int RestartAfter { get; init; } = 10;

    /// <summary>How LibreOffice is driven. Default <see cref="OfficeEngine.Resident"/>.</summary>
    public OfficeEngine Engine { get; init; } = OfficeEngine.Resident;

    /// <summary>The PDF export options. Default <see cref="PdfExportSettings.Accessible"/>.</summary>
    public PdfExportSettings Export { get; init; } = PdfExportSettings.Accessible;

    /// <summary>
    /// Folder under which each worker makes its private <c>reportgen-lo-&lt;guid&gt;</c> folder (profile, queue, output).
    /// Default: the system temporary folder.
    /// </summary>
    public string? WorkRoot { get; init; }

    /// <summary>Checks the values and throws <see cref="ArgumentOutOfRangeException"/> for impossible ones.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxParallelism, 1, nameof(MaxParallelism));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxAttempts, 1, nameof(MaxAttempts));
        ArgumentOutOfRangeException.ThrowIfLessThan(RestartAfter, 1, nameof(RestartAfter));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(DocumentTimeout, TimeSpan.Zero, nameof(DocumentTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(StartupTimeout, TimeSpan.Zero, nameof(StartupTimeout));
    }
}
