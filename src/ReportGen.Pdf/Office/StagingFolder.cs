namespace ReportGen.Pdf.Office;

/// <summary>
/// A worker's private folder (<c>reportgen-lo-&lt;guid&gt;-out</c>) where finished PDFs wait until they are moved
/// to their destination. It outlives office restarts, so a PDF is never lost when its process is replaced.
/// </summary>
internal sealed class StagingFolder : IDisposable
{
    private int _counter;

    private StagingFolder(string path)
    {
        Path = path;
        Directory.CreateDirectory(path);
        OfficeOwnership.RecordOwner(path);
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>Creates a fresh staging folder under <paramref name="workRoot"/> (or the temp folder).</summary>
    public static StagingFolder Create(string? workRoot)
    {
        var parent = string.IsNullOrWhiteSpace(workRoot) ? System.IO.Path.GetTempPath() : System.IO.Path.GetFullPath(workRoot);
        return new StagingFolder(System.IO.Path.Combine(parent, "reportgen-lo-" + Guid.NewGuid().ToString("N") + "-out"));
    }

    /// <summary>A new, unused file name in the folder.</summary>
    public string NewPdfPath() =>
        System.IO.Path.Combine(Path, Interlocked.Increment(ref _counter).ToString("D5", System.Globalization.CultureInfo.InvariantCulture) + ".pdf");

    /// <summary>Deletes the folder and anything left in it.</summary>
    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the system's temp cleaner.
        }
    }
}
