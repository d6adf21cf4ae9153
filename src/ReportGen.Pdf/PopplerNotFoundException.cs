namespace ReportGen.Pdf;

/// <summary>Raised when a poppler command-line tool (pdfinfo, pdffonts, pdftotext) is missing.</summary>
public sealed class PopplerNotFoundException : Exception
{
    /// <summary>Creates the exception with a message that says how to install poppler.</summary>
    public PopplerNotFoundException(string message)
        : base(message)
    {
    }
}
