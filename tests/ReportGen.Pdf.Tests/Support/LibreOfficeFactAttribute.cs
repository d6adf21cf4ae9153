namespace ReportGen.Pdf.Tests.Support;

/// <summary>A fact that is skipped, with a message saying how to install it, when LibreOffice is missing.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (!PdfConverter.IsLibreOfficeAvailable)
        {
            Skip = "LibreOffice (soffice) is not installed, so this conversion test cannot run. " + LibreOfficeLocator.InstallInstructions;
        }
    }
}
