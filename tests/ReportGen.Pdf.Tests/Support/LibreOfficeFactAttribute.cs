namespace ReportGen.Pdf.Tests.Support;

/// <summary>A fact that is skipped, with a message saying how to install them, when LibreOffice or poppler is missing.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (!PdfConverter.IsLibreOfficeAvailable)
        {
            Skip = "LibreOffice (soffice) is not installed, so this conversion test cannot run. " + LibreOfficeLocator.InstallInstructions;
        }
        else if (!PdfInspector.IsAvailable)
        {
            Skip = "The poppler tools (pdfinfo, pdffonts, pdftotext) are not installed. " + PdfInspector.InstallInstructions;
        }
    }
}
