namespace ReportGen.Pdf.Tests.Support;

/// <summary>
/// Converts one small batch once for all conversion tests: a good sample, a sample with hard-coded wrong contents
/// numbers, a ZIP whose document.xml is broken, a text file named .docx and a missing file.
/// </summary>
public sealed class ConversionFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public string Folder => _folder.Path;

    public string GoodDocx => _folder.File("good.docx");

    public string GoodPdf => _folder.File("out/good.pdf");

    public string WrongContentsPdf => _folder.File("out/wrong-contents.pdf");

    public string BrokenPdf => _folder.File("out/broken.pdf");

    public string TextPdf => _folder.File("out/text.pdf");

    public string MissingPdf => _folder.File("out/missing.pdf");

    public IReadOnlyList<PdfConversionResult> Results { get; private set; } = [];

    public List<PdfConversionResult> Reported { get; } = [];

    public TimeSpan BatchTime { get; private set; }

    public int WarmProcessCount { get; private set; }

    public IReadOnlyList<string> WorkFoldersAfterDispose { get; private set; } = [];

    public PdfFacts? GoodFacts { get; private set; }

    public string? SkipReason { get; private set; }

    public async Task InitializeAsync()
    {
        if (!PdfConverter.IsLibreOfficeAvailable)
        {
            SkipReason = "LibreOffice missing";
            return;
        }

        var workRoot = _folder.File("work");
        var options = new PdfConverterOptions { MaxParallelism = 2, WorkRoot = workRoot };
        var converter = new PdfConverter(options);
        await using (converter.ConfigureAwait(false))
        {
            // As the pipeline would: let LibreOffice start while the DOCX files are being written.
            var warmUp = converter.WarmUpAsync();
            SampleDocx.Write(GoodDocx);
            SampleDocx.Write(_folder.File("wrong-contents.docx"), staticWrongNumbers: true);
            SampleDocx.WriteBrokenBody(_folder.File("broken.docx"));
            File.WriteAllText(_folder.File("text.docx"), "This is plain text, not a Word document.");

            // A stale PDF from an earlier run must not survive a failed conversion.
            Directory.CreateDirectory(_folder.File("out"));
            File.WriteAllText(BrokenPdf, "%PDF-1.4 stale");
            await warmUp.ConfigureAwait(false);
            WarmProcessCount = converter.OfficeProcessIds.Count;

            var clock = System.Diagnostics.Stopwatch.StartNew();
            Results = await converter.ConvertAsync(
                [
                    new PdfConversionRequest(GoodDocx, GoodPdf),
                    new PdfConversionRequest(_folder.File("wrong-contents.docx"), WrongContentsPdf),
                    new PdfConversionRequest(_folder.File("broken.docx"), BrokenPdf),
                    new PdfConversionRequest(_folder.File("text.docx"), TextPdf),
                    new PdfConversionRequest(_folder.File("missing.docx"), MissingPdf),
                ],
                new InlineProgress<PdfConversionResult>(r => { lock (Reported) { Reported.Add(r); } })).ConfigureAwait(false);
            BatchTime = clock.Elapsed;
        }

        WorkFoldersAfterDispose = Directory.Exists(workRoot) ? Directory.GetFileSystemEntries(workRoot) : [];
        if (File.Exists(GoodPdf))
        {
            GoodFacts = PdfInspector.Inspect(GoodPdf);
        }
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
