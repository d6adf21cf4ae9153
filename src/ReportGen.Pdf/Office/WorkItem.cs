namespace ReportGen.Pdf.Office;

/// <summary>One document moving through a batch: its request, how often it was tried and how long that took.</summary>
internal sealed class WorkItem(int index, PdfConversionRequest request)
{
    /// <summary>Position of the request in the batch, so results come back in the caller's order.</summary>
    public int Index { get; } = index;

    public PdfConversionRequest Request { get; } = request;

    /// <summary>Full path of the DOCX.</summary>
    public string DocxPath { get; } = Path.GetFullPath(request.DocxPath);

    /// <summary>Full path of the destination PDF.</summary>
    public string PdfPath { get; } = Path.GetFullPath(request.PdfPath);

    public int Attempts { get; set; }

    /// <summary>Time spent in conversion attempts so far.</summary>
    public TimeSpan Elapsed { get; set; }

    public List<string> Errors { get; } = [];
}
