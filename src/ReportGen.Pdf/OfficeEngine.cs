namespace ReportGen.Pdf;

/// <summary>How <see cref="PdfConverter"/> drives LibreOffice.</summary>
public enum OfficeEngine
{
    /// <summary>
    /// Each worker keeps one LibreOffice process running and hands it documents one at a time through a
    /// small queue folder read by a Basic macro installed in the worker's private profile. Start-up is paid once
    /// per process; the process is restarted after <see cref="PdfConverterOptions.RestartAfter"/> documents,
    /// after a failure, a crash or a hang.
    /// </summary>
    Resident,

    /// <summary>
    /// Each worker runs <c>soffice --convert-to</c> with up to <see cref="PdfConverterOptions.RestartAfter"/>
    /// documents per call, using the JSON filter options of LibreOffice 7.4. Simpler, but start-up is paid per call.
    /// </summary>
    CommandLine,
}
