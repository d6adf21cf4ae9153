using System.Diagnostics;
using ReportGen.Pdf.Tests.Support;
using Xunit.Abstractions;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// Timings for the report: one cold conversion, and a batch of four small documents with one and two workers, for both
/// engines. Runs only when REPORTGEN_PDF_TIMINGS=1 (it takes a minute or two); otherwise it returns at once.
/// </summary>
[Collection(LibreOfficeCollection.Name)]
public sealed class ConversionTimingTests(ITestOutputHelper output)
{
    [LibreOfficeFact]
    public async Task Measure_cold_and_batch_times()
    {
        if (Environment.GetEnvironmentVariable("REPORTGEN_PDF_TIMINGS") != "1")
        {
            output.WriteLine("Set REPORTGEN_PDF_TIMINGS=1 to measure conversion times.");
            return;
        }

        using var folder = new TempFolder();
        var docs = Enumerable.Range(1, 4).Select(i =>
        {
            var path = folder.File($"area{i}.docx");
            SampleDocx.Write(path);
            return path;
        }).ToList();

        foreach (var engine in new[] { OfficeEngine.Resident, OfficeEngine.CommandLine })
        {
            await using (var converter = new PdfConverter(new PdfConverterOptions { Engine = engine, MaxParallelism = 1 }))
            {
                var clock = Stopwatch.StartNew();
                var r = await converter.ConvertAsync(docs[0], folder.File($"cold-{engine}.pdf"));
                Assert.True(r.Success, r.Error);
                output.WriteLine($"{engine}: one document, cold: {clock.Elapsed.TotalSeconds:0.00} s");
            }

            if (engine == OfficeEngine.Resident)
            {
                await using var converter = new PdfConverter(new PdfConverterOptions { Engine = engine, MaxParallelism = 1 });
                var clock = Stopwatch.StartNew();
                await converter.WarmUpAsync();
                var started = clock.Elapsed;
                clock.Restart();
                var r = await converter.ConvertAsync(docs[0], folder.File("warm-single.pdf"));
                Assert.True(r.Success, r.Error);
                output.WriteLine($"{engine}: warm-up {started.TotalSeconds:0.00} s, then one document {clock.Elapsed.TotalSeconds:0.00} s");
            }

            foreach (var workers in new[] { 1, 2 })
            {
                await using var converter = new PdfConverter(new PdfConverterOptions { Engine = engine, MaxParallelism = workers });
                for (var round = 1; round <= (engine == OfficeEngine.Resident ? 2 : 1); round++)
                {
                    var clock = Stopwatch.StartNew();
                    var results = await converter.ConvertAsync(docs.Select(d => new PdfConversionRequest(d, folder.File($"{engine}-{workers}-{round}-{Path.GetFileNameWithoutExtension(d)}.pdf"))));
                    Assert.All(results, r => Assert.True(r.Success, r.Error));
                    output.WriteLine($"{engine}: batch of 4, {workers} worker(s), {(round == 1 ? "cold" : "warm (processes already running)")}: {clock.Elapsed.TotalSeconds:0.00} s");
                }
            }
        }
    }
}
