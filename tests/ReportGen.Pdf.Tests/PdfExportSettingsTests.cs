namespace ReportGen.Pdf.Tests;

public sealed class PdfExportSettingsTests
{
    [Fact]
    public void Default_filter_argument_asks_for_tagged_pdf_ua_with_bookmarks()
    {
        Assert.Equal(
            "pdf:writer_pdf_Export:{"
            + "\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"},"
            + "\"PDFUACompliance\":{\"type\":\"boolean\",\"value\":\"true\"},"
            + "\"ExportBookmarks\":{\"type\":\"boolean\",\"value\":\"true\"},"
            + "\"ExportBookmarksToPDFDestination\":{\"type\":\"boolean\",\"value\":\"true\"},"
            + "\"EmbedStandardFonts\":{\"type\":\"boolean\",\"value\":\"true\"},"
            + "\"DisplayPDFDocumentTitle\":{\"type\":\"boolean\",\"value\":\"true\"},"
            + "\"EnableTextAccessForAccessibilityTools\":{\"type\":\"boolean\",\"value\":\"true\"}}",
            PdfExportSettings.Accessible.ToConvertToArgument());
    }

    [Fact]
    public void Switching_an_option_off_is_reflected_in_json_and_macro()
    {
        var settings = PdfExportSettings.Accessible with { PdfUaCompliance = false };
        Assert.Contains("\"PDFUACompliance\":{\"type\":\"boolean\",\"value\":\"false\"}", settings.ToFilterJson());
        Assert.Contains("MakeProp(\"PDFUACompliance\", False)", Office.ResidentMacro.Source(settings));
    }

    [Fact]
    public void Options_reject_impossible_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PdfConverterOptions { MaxParallelism = 0 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new PdfConverterOptions { DocumentTimeout = TimeSpan.Zero }.Validate());
        Assert.Equal(Math.Min(2, Environment.ProcessorCount), new PdfConverterOptions().MaxParallelism);
        Assert.Equal(TimeSpan.FromSeconds(180), new PdfConverterOptions().DocumentTimeout);
    }
}
