namespace ReportGen.Pdf;

/// <summary>
/// Raised when no LibreOffice installation can be found. The message explains how to install it.
/// </summary>
public sealed class LibreOfficeNotFoundException : Exception
{
    /// <summary>Creates the exception with a message that tells the user how to install LibreOffice.</summary>
    public LibreOfficeNotFoundException(string message)
        : base(message)
    {
    }
}
