using System.Diagnostics;
using ReportGen.Pdf.Tests.Support;
using Xunit.Abstractions;

namespace ReportGen.Pdf.Tests;

/// <summary>Crashes, hangs and kills in the middle of a batch.</summary>
[Collection(LibreOfficeCollection.Name)]
public sealed class ResilienceTests(ITestOutputHelper output)
{
    [LibreOfficeFact]
    public async Task Killing_the_office_process_mid_batch_still_gives_four_pdfs()
    {
        using var folder = new TempFolder();
        var requests = Enumerable.Range(1, 4).Select(i =>
        {
            var docx = folder.File($"area{i}.docx");
            SampleDocx.Write(docx);
            return new PdfConversionRequest(docx, folder.File($"out/area{i}.pdf"));
        }).ToList();

        await using var converter = new PdfConverter(new PdfConverterOptions { MaxParallelism = 1, WorkRoot = folder.File("work") });
        var killed = new List<int>();
        var progress = new InlineProgress<PdfConversionResult>(result =>
        {
            if (killed.Count > 0)
            {
                return;
            }

            // Kill the office a moment after the first area is done, while the next one is under way.
            var pids = converter.OfficeProcessIds;
            killed.AddRange(pids);
            _ = Task.Run(async () =>
            {
                await Task.Delay(150);
                foreach (var pid in pids)
                {
                    try
                    {
                        using var process = Process.GetProcessById(pid);
                        process.Kill(entireProcessTree: true);
                    }
                    catch (ArgumentException)
                    {
                        // Already gone.
                    }
                }
            });
        });

        var results = await converter.ConvertAsync(requests, progress);
        foreach (var r in results)
        {
            output.WriteLine($"{Path.GetFileName(r.Request.DocxPath)}: success={r.Success} attempts={r.Attempts} {r.Elapsed.TotalSeconds:0.0}s {r.Error}");
        }

        Assert.NotEmpty(killed);
        Assert.All(results, r => Assert.True(r.Success, r.Error));
        Assert.All(results, r => Assert.True(PdfInspector.Inspect(r.PdfPath!).Tagged));
        Assert.DoesNotContain(killed.Single(), converter.OfficeProcessIds);
    }

    [Theory]
    [InlineData("hang", "did not finish within")]
    [InlineData("crash", "exited (code 3)")]
    public async Task Hung_or_crashing_office_is_killed_retried_once_and_reported(string behaviour, string expectedError)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the stand-in soffice below is a POSIX shell script
        }

        using var folder = new TempFolder();
        var pidFile = folder.File("pids.txt");
        var script = folder.File("fake-soffice");
        var body = behaviour == "hang" ? "exec sleep 300" : "echo 'simulated crash' >&2; exit 3";
        File.WriteAllText(script, $"#!/bin/sh\necho $$ >> '{pidFile}'\n{body}\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var docx = folder.File("report.docx");
        SampleDocx.Write(docx);
        var pdf = folder.File("report.pdf");

        var options = new PdfConverterOptions
        {
            SofficePath = script,
            MaxParallelism = 1,
            DocumentTimeout = TimeSpan.FromSeconds(1),
            StartupTimeout = TimeSpan.Zero,
            WorkRoot = folder.File("work"),
        };
        var clock = Stopwatch.StartNew();
        PdfConversionResult result;
        await using (var converter = new PdfConverter(options))
        {
            result = await converter.ConvertAsync(docx, pdf);
        }

        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0}s: {result.Error}");
        Assert.False(result.Success);
        Assert.Equal(2, result.Attempts);
        Assert.Contains(expectedError, result.Error);
        Assert.False(File.Exists(pdf));
        Assert.Empty(Directory.GetFileSystemEntries(folder.File("work")));
        if (behaviour == "crash")
        {
            Assert.Contains("simulated crash", result.Error);
        }

        // Every stand-in process that was started has been ended.
        var pids = File.ReadAllLines(pidFile).Select(int.Parse).ToList();
        Assert.Equal(2, pids.Count);
        Assert.All(pids, pid => Assert.False(IsRunning(pid), $"process {pid} is still running"));
    }

    [LibreOfficeFact]
    public async Task Command_line_engine_converts_several_files_per_call_and_isolates_a_bad_one()
    {
        using var folder = new TempFolder();
        SampleDocx.Write(folder.File("a.docx"));
        SampleDocx.WriteBrokenBody(folder.File("b.docx"));
        SampleDocx.Write(folder.File("c.docx"));
        var options = new PdfConverterOptions { Engine = OfficeEngine.CommandLine, MaxParallelism = 1, WorkRoot = folder.File("work") };
        IReadOnlyList<PdfConversionResult> results;
        await using (var converter = new PdfConverter(options))
        {
            results = await converter.ConvertAsync(new[] { "a", "b", "c" }.Select(n => new PdfConversionRequest(folder.File(n + ".docx"), folder.File($"out/{n}.pdf"))));
        }

        foreach (var r in results)
        {
            output.WriteLine($"{Path.GetFileName(r.Request.DocxPath)}: success={r.Success} attempts={r.Attempts} {r.Elapsed.TotalSeconds:0.0}s {r.Error}");
        }

        Assert.True(results[0].Success, results[0].Error);
        Assert.True(results[2].Success, results[2].Error);
        Assert.False(results[1].Success);
        Assert.Equal(2, results[1].Attempts);
        Assert.False(File.Exists(folder.File("out/b.pdf")));
        var facts = PdfInspector.Inspect(results[0].PdfPath!);
        Assert.True(facts.Tagged);
        Assert.Equal("en-GB", facts.Language);
        Assert.Equal(SampleDocx.Headings.Count, facts.Outline.Count);
        Assert.True(ContentsCheck.Verify(facts).Passed);
        Assert.Empty(Directory.GetFileSystemEntries(folder.File("work")));
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
