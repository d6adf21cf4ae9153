using System.CommandLine;
using System.Diagnostics;
using ReportGen.Charts;
using ReportGen.Pipeline;
using ReportGen.Docx;
using ReportGen.Pdf;
using ReportGen.Templates;
using ReportGen.Templates.Definitions;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen benchmark</c>: times each stage of a build and prints the figures (speed targets live here, not in
/// unit tests): data load, document build with charts, chart rendering alone (serial and parallel), DOCX writing,
/// PDF conversion, and peak memory.
/// </summary>
internal static class BenchmarkCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var templates = CommonOptions.Templates();
        var report = CommonOptions.Report();
        var area = CommonOptions.Area();
        var pdf = new Option<bool>("--pdf") { Description = "Also time the PDF conversion (LibreOffice)." };
        var cold = new Option<int>("--cold") { Description = "Whole-process builds to time (a fresh process each, DOCX only): for the first area, then for every area. 0 skips them.", DefaultValueFactory = _ => 3 };
        var csvRows = new Option<int>("--csv-rows")
        {
            Description = "Rows of the generated tidy CSV whose loading time and peak memory are measured first (0 to skip).",
            DefaultValueFactory = _ => LargeCsvBenchmark.DefaultRows,
        };
        var csvOnly = new Option<bool>("--csv-only") { Hidden = true, Description = "Run only the large-CSV measurement (used in a child process)." };
        var command = new Command("benchmark", "Time every stage of a build and print the figures.") { data, templates, report, area, pdf, csvRows, csvOnly, cold };
        command.SetAction(async (parse, _) =>
        {
            if (parse.GetValue(csvOnly))
            {
                var big = LargeCsvBenchmark.Run(parse.GetValue(data)!.FullName, Math.Max(1, parse.GetValue(csvRows)));
                Line($"load a {big.Rows:N0}-row tidy CSV ({big.FileBytes / (1024 * 1024):N0} MB)", big.LoadTime,
                    $"{big.ValuesLoaded:N0} values, {big.Errors:N0} errors; peak memory {big.PeakBytes / (1024 * 1024):N0} MB (target: under 400 MB), {big.RetainedBytes / (1024 * 1024):N0} MB held once loaded");
                return big.Errors == 0 ? 0 : 1;
            }
            // The large CSV is measured in a process of its own, so its peak memory is its own and the document
            // build's peak below is not inflated by it.
            if (parse.GetValue(csvRows) is > 0 and var rows)
                Console.Write(LargeCsvBenchmark.RunInChildProcess(parse.GetValue(data)!.FullName, rows));
            var clock = Stopwatch.StartNew();
            var set = MissingValueCalculator.Load(parse.GetValue(data)!.FullName);
            var loaded = clock.Elapsed;
            var diagnostics = new Data.Diagnostics.DiagnosticBag();
            var project = ReportProject.Load(Path.Combine(parse.GetValue(templates)!.FullName, parse.GetValue(report)!), diagnostics);
            if (project is null || set.HasErrors || diagnostics.HasErrors) { Console.Error.WriteLine("The inputs have errors: run `validate` or `build` to see them."); return 1; }
            var requested = parse.GetValue(area) ?? [];
            var areas = requested.Length == 0 ? project.DefaultAreas
                : requested.Select(r => project.FindArea(r, set.Areas)).OfType<AreaContent>().Distinct().ToList();
            if (areas.Count == 0) { Console.Error.WriteLine("error: none of the areas named has report content."); return 2; }

            Console.WriteLine($"{"stage",-48} {"now",8}     previous (issue 16, before the speed work)");
            if (parse.GetValue(cold) is > 0 and var repeat)
                PrintColdRuns(areas, project, parse.GetValue(data)!.FullName, parse.GetValue(templates)!.FullName, parse.GetValue(report)!, repeat);

            var builder = new ReportBuilder(ChartStyle.Default, ReportGen.ChartKinds.ChartKindCatalog.All);
            var work = Path.Combine(Path.GetTempPath(), "reportgen-benchmark-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(work);
            var docxFiles = new List<string>();
            try
            {
                Line("data load (cold, in process)", loaded, $"{set.Values.Count:N0} values, {set.Areas.Count} areas; previous 0.2 s");
                clock.Restart();
                builder.Build(project, areas[0], set); // warm-up: JIT, fonts
                Line($"first document build (cold JIT, fonts)", clock.Elapsed, "previous 1.2 s with 87 charts");
                foreach (var content in areas)
                {
                    clock.Restart();
                    var result = builder.Build(project, content, set);
                    var built = clock.Elapsed;
                    clock.Restart();
                    var path = Path.Combine(work, content.Folder + ".docx");
                    new DocxWriter().Write(result.Document!, path);
                    var written = clock.Elapsed;
                    docxFiles.Add(path);
                    Line($"{result.Area.Name}: build incl. {result.Figures.Count} charts", built, "");
                    Line($"{result.Area.Name}: DOCX write", written, $"{new FileInfo(path).Length / 1024:N0} KB; previous 0.55 s (cold)");
                }
                // Charts alone: 50 charts, serial and on every core.
                var sample = builder.Build(project, areas[0], set);
                var specsToRender = Enumerable.Range(0, 50).Select(i => SpecOf(sample, i)).OfType<ChartSpec>().ToList();
                if (specsToRender.Count > 0)
                {
                    clock.Restart();
                    foreach (var s in specsToRender) builder.Charts.Render(s);
                    Line($"{specsToRender.Count} charts, serial", clock.Elapsed, "");
                    clock.Restart();
                    builder.Charts.RenderAll(specsToRender, Environment.ProcessorCount);
                    Line($"{specsToRender.Count} charts, parallel on {Environment.ProcessorCount} cores", clock.Elapsed, "target: under 2 s");
                }
                if (parse.GetValue(pdf) && LibreOfficeLocator.TryLocate() is { } office)
                {
                    await using var converter = new PdfConverter(new PdfConverterOptions { SofficePath = office });
                    clock.Restart();
                    var results = await converter.ConvertAsync(docxFiles.Select(d => new PdfConversionRequest(d, Path.ChangeExtension(d, ".pdf"))).ToList());
                    Line($"PDF conversion of {docxFiles.Count} document(s)", clock.Elapsed, $"{results.Count(r => r.Success)} succeeded");
                }
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
            // The build itself, as `build` runs it, step by named step (in process, warm).
            var stepsOut = Path.Combine(Path.GetTempPath(), "reportgen-benchmark-steps-" + Guid.NewGuid().ToString("N")[..8]);
            try
            {
                var request = new BuildRequest(parse.GetValue(data)!.FullName, parse.GetValue(templates)!.FullName, parse.GetValue(report)!, stepsOut,
                    [areas[0].Folder], WriteDocx: true, WritePdf: parse.GetValue(pdf));
                var build = new AssessmentBuild(TextWriter.Null, TextWriter.Null) { OutputRoot = stepsOut };
                var code = await build.RunAsync(request);
                foreach (var (step, elapsed) in build.StepTimes)
                    Line($"build {areas[0].Folder}, step '{step}'", elapsed, code == 0 ? "" : $"(the build exited {code})");
            }
            finally
            {
                if (Directory.Exists(stepsOut)) Directory.Delete(stepsOut, recursive: true);
            }
            Console.WriteLine($"{"peak memory (working set)",-48} {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024),8:N0} MB");
            return 0;
        });
        return command;
    }

    private static void PrintColdRuns(IReadOnlyList<AreaContent> areas, ReportProject project, string data, string templates, string report, int repeat)
    {
        void Print(string what, IReadOnlyList<ColdBuildTiming.Run> runs, string previous)
        {
            var walls = runs.Select(r => r.Wall.TotalMilliseconds).Order().ToList();
            var failed = runs.Count(r => r.ExitCode != 0);
            Console.WriteLine($"{what,-48} {walls[walls.Count / 2],8:N0} ms  median of {runs.Count} (min {walls[0]:N0}, max {walls[^1]:N0}); " +
                $"CPU {runs.Average(r => r.Cpu.TotalMilliseconds):N0} ms; peak {runs.Max(r => r.PeakMb):N0} MB; {previous}" +
                (failed > 0 ? $"; {failed} run(s) FAILED" : ""));
        }
        var all = project.DefaultAreas.Select(a => a.Folder).ToList();
        Print($"cold process: build {areas[0].Folder} DOCX", ColdBuildTiming.Measure([areas[0].Folder], data, templates, report, repeat),
            "every chart drawn; previous 3.5 s (issue 16), 3.1 s and 290 MB (stop 21); target <= 1.5 s, < 300 MB");
        Print($"  the same, chart images reused", ColdBuildTiming.Measure([areas[0].Folder], data, templates, report, repeat, warmChartCache: true),
            "an unchanged rebuild: .cache/charts from a first build; previous 2.2 s, 211 MB (stop 21)");
        Print($"cold process: build all {all.Count} areas DOCX", ColdBuildTiming.Measure(all, data, templates, report, repeat),
            "every chart drawn; previous 6.9 s, 427 MB (stop 20), 6.3 s, 355 MB (stop 21); target < 3 s, < 300 MB");
        Print($"  the same, chart images reused", ColdBuildTiming.Measure(all, data, templates, report, repeat, warmChartCache: true),
            "an unchanged rebuild; previous 4.3 s, 300 MB (stop 21)");
    }

    private static ChartSpec? SpecOf(BuildResult result, int i) =>
        result.Figures.Count == 0 ? null : result.Figures[i % result.Figures.Count].Spec;

    private static void Line(string what, TimeSpan elapsed, string note) =>
        Console.WriteLine($"{what,-48} {elapsed.TotalMilliseconds,8:N0} ms  {note}");
}
