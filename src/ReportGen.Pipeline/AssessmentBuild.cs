using System.Diagnostics;
using ReportGen.Charts;
using ReportGen.Data;
using ReportGen.Docx;
using ReportGen.Docx.Accessibility;
using ReportGen.Pdf;
using ReportGen.Publishing;
using ReportGen.Templates;
using ReportGen.Templates.Definitions;
using Spectre.Console;

namespace ReportGen.Pipeline;

/// <summary>What the build command was asked to do.</summary>
public sealed record BuildRequest(string DataFolder, string TemplatesFolder, string Report, string OutputFolder,
    IReadOnlyList<string> Areas, bool WriteDocx, bool WritePdf, bool Force = false)
{
    /// <summary>The Word reference document holding the house style (templates/house-style/reference.docx).</summary>
    public string? HouseStyleFile { get; init; }
    /// <summary>Fail an area when its accessibility report has any finding.</summary>
    public bool Strict { get; init; }
    /// <summary>When set, a publication pack for each area is written under this folder after the build.</summary>
    public string? PackFolder { get; init; }
    /// <summary>Publish a pack even when the report prints illustrative values (the pack then says so).</summary>
    public bool AllowIllustrative { get; init; }
    /// <summary>The registered editions to write besides Word (see <see cref="Editions"/>); Word is always written.</summary>
    public IReadOnlyList<string> Formats { get; init; } = ["docx"];
    /// <summary>
    /// Keep drawn chart images in the output folder's .cache/charts and reuse those whose spec, style and drawing code
    /// are unchanged (see <see cref="ChartImageCache"/>); false draws every chart afresh.
    /// </summary>
    public bool ChartCache { get; init; } = true;
}

/// <summary>How one area's build ended.</summary>
public sealed class AreaOutcome(AreaContent content)
{
    public AreaContent Content { get; } = content;
    public string Name { get; set; } = content.Folder;
    public BuildResult? Result { get; set; }
    public OutputFolder? Output { get; set; }
    public string? DocxName { get; set; }
    public string? PdfName { get; set; }
    public bool PdfMade { get; set; }
    public string? Failure { get; set; }
    /// <summary>Why the PDF asked for was not made; the Word file is still delivered, but the build fails.</summary>
    public string? PdfProblem { get; set; }
    public int Warnings { get; set; }
    public ChangeReport? Changes { get; set; }
    public List<CommittedFile> Files { get; } = [];
    /// <summary>Files written by editions other than Word, staged beside it.</summary>
    public List<string> EditionFiles { get; } = [];
    public TimeSpan Elapsed { get; set; }
    public Docx.Accessibility.AccessibilityReport? Accessibility { get; set; }
}

/// <summary>One named step of the build: it runs over the build's shared state and returns an exit code to stop the
/// build there, or null to go on to the next step.</summary>
public sealed record BuildStep(string Name, Func<AssessmentBuild.Run, Task<int?>> Execute);

/// <summary>
/// The build: load and check the data and templates, build each area's document, write the editions into a staging
/// folder, convert them all to PDF in one batch, then for each area move the files into place, write the manifest and
/// the change report, and the publication pack when asked. <see cref="Steps"/> lists the steps in order; the CLI,
/// the benchmark and the tests all run them through <see cref="RunAsync"/>. An input error stops everything before a
/// file is written; an error in one area's build fails that area alone and the others are still written.
/// </summary>
public sealed class AssessmentBuild(TextWriter stdout, TextWriter stderr)
{
    /// <summary>The build's state, passed from step to step.</summary>
    public sealed class Run(BuildRequest request) : IAsyncDisposable
    {
        public BuildRequest Request { get; } = request;
        public Stopwatch Clock { get; } = Stopwatch.StartNew();
        public DataSet Data { get; set; } = null!;
        public ReportProject Project { get; set; } = null!;
        public string ReportFolder => Path.Combine(Request.TemplatesFolder, Request.Report);
        public List<AreaOutcome> Outcomes { get; } = [];
        public HashSet<Data.Diagnostics.Diagnostic> AreaErrors { get; set; } = [];
        public HouseStyle House { get; set; } = null!;
        public ReportBuilder Builder { get; set; } = null!;
        public ReportProject? Cited { get; set; }
        public IDisposable? OutputLock { get; set; }
        public PdfConverter? Converter { get; set; }
        public Task? OfficeWarmUp { get; set; }
        public ChartImageCache? ChartCache { get; set; }
        /// <summary>Work that needs nothing from the inputs, started with the build on a spare core: the house style and the template parser.</summary>
        public Task<HouseStyle>? HouseLoading { get; set; }
        public Task? ParserWarmUp { get; set; }
        /// <summary>The lint, which runs beside the document build and is waited for before anything is written.</summary>
        public Task<bool>? Linting { get; set; }
        /// <summary>Areas still going: not failed so far.</summary>
        public IEnumerable<AreaOutcome> Live => Outcomes.Where(o => o.Failure is null);

        public async ValueTask DisposeAsync()
        {
            if (Converter is not null) await Converter.DisposeAsync();
            OutputLock?.Dispose();
        }
    }

    /// <summary>The build's steps, in the order they run.</summary>
    public IReadOnlyList<BuildStep> Steps =>
    [
        new("load", LoadAsync),
        new("lock output", LockOutputAsync),
        new("lint", LintAsync),
        new("prepare", PrepareAsync),
        new("build documents", BuildDocumentsAsync),
        new("write editions", WriteEditionsAsync),
        new("pdf", PdfAsync),
        new("commit", CommitAsync),
        new("pack", PackAsync),
    ];

    /// <summary>How long each step of the last run took, in order (steps not reached are absent).</summary>
    public IReadOnlyList<(string Step, TimeSpan Elapsed)> StepTimes { get; private set; } = [];

    public async Task<int> RunAsync(BuildRequest request)
    {
        await using var run = new Run(request);
        var times = new List<(string, TimeSpan)>();
        try
        {
            foreach (var step in Steps)
            {
                var clock = Stopwatch.StartNew();
                var stop = await step.Execute(run);
                times.Add((step.Name, clock.Elapsed));
                if (stop is { } code) return code;
            }
        }
        finally
        {
            StepTimes = times;
        }
        foreach (var outcome in run.Outcomes.Where(o => o.Failure is not null))
            outcome.Output?.Discard();
        PrintSummary(run.Outcomes, run.Clock.Elapsed, run.ChartCache);
        return run.Outcomes.Any(o => o.Failure is not null || o.PdfProblem is not null) ? 1 : 0;
    }

    /// <summary>Reads and checks the data and the report's templates and chooses the areas; an input error stops the build.</summary>
    private Task<int?> LoadAsync(Run run)
    {
        var request = run.Request;
        run.HouseLoading = Task.Run(() => HouseStyle.Load(request.HouseStyleFile));
        run.ParserWarmUp = Task.Run(Templates.Liquid.LiquidRenderer.WarmUp);
        var diagnostics = new Data.Diagnostics.DiagnosticBag();
        var loadingProject = Task.Run(() => ReportProject.Load(run.ReportFolder, diagnostics));
        run.Data = MissingValueCalculator.Load(request.DataFolder);
        var project = loadingProject.GetAwaiter().GetResult();
        var areas = project is null ? null : SelectAreas(project, run.Data, request.Areas);
        if (project is not null && areas is null) return Task.FromResult<int?>(2);

        // A data error in a row about one report area fails that area alone; any other input error stops everything.
        run.AreaErrors = AreaSpecificErrors(run.Data, areas ?? []);
        diagnostics.AddRange(run.Data.Diagnostics.Where(d => !run.AreaErrors.Contains(d)));
        if (diagnostics.HasErrors || project is null || areas is null)
        {
            DiagnosticPrinter.Print(diagnostics.Items);
            stderr.WriteLine($"The build stopped: {diagnostics.Errors.Count()} problem(s) in the inputs. Nothing was written.");
            return Task.FromResult<int?>(1);
        }
        run.Project = project;
        var data = run.Data;
        run.Outcomes.AddRange(areas.Select(a => new AreaOutcome(a) { Name = data.Areas.Get(a.Code)?.Name ?? a.Folder }));
        foreach (var outcome in run.Outcomes)
        {
            var own = run.AreaErrors.Where(d => BelongsTo(data, d.AreaCode!, outcome.Content.Code)).ToList();
            if (own.Count == 0) continue;
            DiagnosticPrinter.Print(own);
            outcome.Failure = $"{own.Count} error(s) in its data (listed above)";
        }
        return Task.FromResult<int?>(null);
    }

    /// <summary>One build at a time per output folder; a second waits, then refuses with a message.</summary>
    private Task<int?> LockOutputAsync(Run run)
    {
        run.OutputLock = BuildSafety.LockOutput(run.Request.OutputFolder, run.Request.WritePdf ? () => PdfConverter.EndOrphanedOfficeProcesses() : null, stderr);
        return Task.FromResult<int?>(run.OutputLock is null ? 1 : null);
    }

    /// <summary>
    /// Every claim in the templates is checked against the data (reportgen lint); --strict makes a finding fatal. The
    /// lint only reads, so it runs beside the document build, and the build waits for it before writing anything.
    /// </summary>
    private Task<int?> LintAsync(Run run)
    {
        var areas = run.Outcomes.Select(o => o.Content).ToList();
        run.Linting = Task.Run(() => LintStep.Run(run.Project, run.Data, areas, run.Request.Strict, stderr));
        return Task.FromResult<int?>(null);
    }

    /// <summary>House style, the report builder with every chart kind, the report this one cites, and LibreOffice started early.</summary>
    private async Task<int?> PrepareAsync(Run run)
    {
        var request = run.Request;
        Names = ReportOutputNames.For(run.Project.Definition, request.Report);
        run.House = await run.HouseLoading!;
        if (run.House.Problems is { IsClean: false } styleProblems)
            stderr.WriteLine($"warning: the house style {request.HouseStyleFile} has accessibility problems: {styleProblems.Summary()}");
        // Charts carry an SVG rendition only when an edition that draws vector charts (the web edition) is written.
        var vector = Editions.Selected(request.Formats).Any(e => e.WantsVectorCharts);
        run.ChartCache = request.ChartCache ? new ChartImageCache(Path.Combine(request.OutputFolder, ".cache", "charts")) : null;
        run.Builder = new ReportBuilder(vector ? run.House.Charts with { IncludeSvg = true } : run.House.Charts, ChartKinds.ChartKindCatalog.All, run.ChartCache)
        {
            // Areas are built side by side on the cores; only a single area spreads its charts over them.
            ChartParallelism = run.Outcomes.Count > 1 ? 1 : Environment.ProcessorCount,
        };
        if (run.Project.Definition.Cites is { } citesName)
        {
            var diagnostics = new Data.Diagnostics.DiagnosticBag();
            run.Cited = ReportProject.Load(Path.Combine(request.TemplatesFolder, citesName), diagnostics);
            if (run.Cited is null)
            {
                DiagnosticPrinter.Print(diagnostics.Items);
                return 1;
            }
        }
        // Start LibreOffice now, so its start-up overlaps with building the documents.
        var office = request.WritePdf ? LibreOfficeLocator.TryLocate() : null;
        run.Converter = office is null ? null : new PdfConverter(new PdfConverterOptions { SofficePath = office });
        run.OfficeWarmUp = run.Converter?.WarmUpAsync(Math.Min(run.Outcomes.Count, run.Converter.Options.MaxParallelism));
        return null;
    }

    /// <summary>Each area's document, areas side by side (each area's charts are also rendered in parallel); the data is read-only.</summary>
    private async Task<int?> BuildDocumentsAsync(Run run)
    {
        await run.ParserWarmUp!;
        Parallel.ForEach(run.Live.ToList(), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) },
            outcome => Guarded(outcome, () => BuildDocument(outcome, run)));
        // The lint ran beside the documents; under --strict a finding stops the build here, before anything is written.
        return await run.Linting! ? null : 1;
    }

    /// <summary>The registered editions (Word always, HTML when asked) into each area's staging folder, with the accessibility report.</summary>
    private Task<int?> WriteEditionsAsync(Run run)
    {
        var position = 0;
        var total = run.Outcomes.Count;
        Parallel.ForEach(run.Outcomes, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, outcome =>
        {
            if (outcome.Failure is null) Guarded(outcome, () => WriteEditions(outcome, run));
            if (outcome.Failure is null && run.Request.PackFolder is not null
                && IllustrativeGate.Refusal(outcome.Result!, run.Data.Indicators, run.Request.AllowIllustrative) is { } refusal)
                outcome.Failure = "not published: " + refusal;
            var done = Interlocked.Increment(ref position);
            stderr.WriteLine(outcome.Failure is null
                ? $"[{done}/{total}] {outcome.Name}: document built in {outcome.Elapsed.TotalSeconds:0.0} s"
                : $"[{done}/{total}] {outcome.Name}: failed, {outcome.Failure}");
        });
        return Task.FromResult<int?>(null);
    }

    /// <summary>All the areas' Word files to PDF in one LibreOffice batch, then the real page numbers written back into each.</summary>
    private async Task<int?> PdfAsync(Run run)
    {
        if (!run.Request.WritePdf) return null;
        if (run.OfficeWarmUp is not null) await run.OfficeWarmUp;
        await ConvertToPdfAsync(run.Converter, run.Live.ToList());
        return null;
    }

    /// <summary>Each area's files moved into place (an edited draft kept), its manifest and its change report written.</summary>
    private Task<int?> CommitAsync(Run run)
    {
        foreach (var outcome in run.Live.ToList())
            Committing(outcome, () => Commit(outcome, run.Request, run.ReportFolder));
        run.ChartCache?.Prune();
        return Task.FromResult<int?>(null);
    }

    /// <summary>The publication pack of each area, when asked for (--pack).</summary>
    private Task<int?> PackAsync(Run run)
    {
        if (run.Request.PackFolder is not { } packs) return Task.FromResult<int?>(null);
        foreach (var outcome in run.Live.ToList())
            Committing(outcome, () => WritePack(outcome, run.Project, packs, run.Data.Indicators));
        return Task.FromResult<int?>(null);
    }

    private void Committing(AreaOutcome outcome, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var problem = OutputErrors.Describe(e, outcome.Output!.Folder);
            stderr.WriteLine(problem.ToString());
            outcome.Failure = problem.Message;
        }
    }

    /// <summary>One area's failure must not stop the others: it is reported with enough to act on, without a stack trace.</summary>
    private void Guarded(AreaOutcome outcome, Action action)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            action();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var (line, failure) = BuildSafety.Describe(e, outcome.Name, Path.Combine(Path.GetFullPath(OutputRoot), outcome.Content.Folder));
            outcome.Failure = failure;
            stderr.WriteLine(line);
        }
        finally
        {
            outcome.Elapsed += clock.Elapsed;
        }
    }

    /// <summary>Data errors on rows about a report area (or one of its districts).</summary>
    private static HashSet<Data.Diagnostics.Diagnostic> AreaSpecificErrors(DataSet data, IReadOnlyList<AreaContent> areas) =>
        data.Diagnostics.Where(d => d.Severity == Data.Diagnostics.Severity.Error && d.AreaCode is not null
            && areas.Any(a => BelongsTo(data, d.AreaCode, a.Code))).ToHashSet();

    private static bool BelongsTo(DataSet data, string rowArea, string reportArea) =>
        string.Equals(rowArea, reportArea, StringComparison.OrdinalIgnoreCase)
        || data.Areas.ParentChain(rowArea).Any(p => string.Equals(p.Code, reportArea, StringComparison.OrdinalIgnoreCase));

    private void BuildDocument(AreaOutcome outcome, Run run)
    {
        // A report that cites another (the summary cites the full report) needs that report's numbers first.
        IReadOnlyDictionary<string, string>? citedTargets = null;
        if (run.Cited is { } cited)
        {
            var citedContent = cited.Areas.FirstOrDefault(a => a.Folder == outcome.Content.Folder) ?? outcome.Content;
            var full = run.Builder.Build(cited, citedContent, run.Data);
            if (!full.Succeeded)
            {
                DiagnosticPrinter.Print(full.Diagnostics.Errors);
                outcome.Failure = "the full report it cites could not be built";
                return;
            }
            citedTargets = full.Targets;
        }
        var result = run.Builder.Build(run.Project, outcome.Content, run.Data, citedTargets);
        outcome.Result = result;
        outcome.Name = result.Area.Name;
        DiagnosticPrinter.Print(result.Diagnostics.Items);
        outcome.Warnings = result.Diagnostics.Warnings.Count();
        if (!result.Succeeded)
            outcome.Failure = $"{result.Diagnostics.Errors.Count()} error(s) in its template or content (listed above)";
    }

    private void WriteEditions(AreaOutcome outcome, Run run)
    {
        var result = outcome.Result!;
        outcome.Output = new OutputFolder(Path.Combine(Path.GetFullPath(OutputRoot), outcome.Content.Folder));
        outcome.DocxName = OutputNames.Docx(run.Project.Definition, result.Area);
        outcome.PdfName = Path.ChangeExtension(outcome.DocxName, ".pdf");
        var docxPath = outcome.Output.StagedPath(outcome.DocxName);
        var checks = new AccessibilityCheckOptions { ChartColours = run.House.ChartContrast() };
        var edition = new EditionContext(run.House, Path.GetFileNameWithoutExtension(outcome.DocxName)) { CheckAccessibility = checks };
        foreach (var writer in Editions.Selected(run.Request.Formats))
            outcome.EditionFiles.AddRange(writer.Write(result.Document!, Path.GetDirectoryName(docxPath)!, edition).Where(n => n != outcome.DocxName));

        // The accessibility report goes beside the document; --strict makes any finding fail the area.
        var accessibility = edition.Accessibility ?? DocxAccessibilityChecker.Check(docxPath, checks);
        File.WriteAllText(outcome.Output.StagedPath(Names.AccessibilityMarkdown), accessibility.ToMarkdown());
        File.WriteAllText(outcome.Output.StagedPath(Names.AccessibilityJson), accessibility.ToJson());
        outcome.Accessibility = accessibility;
        var strict = run.Request.Strict;
        if (!accessibility.IsClean)
            stderr.WriteLine($"{(strict ? "error" : "warning")}: accessibility check of {result.Area.Name}: {accessibility.Summary()} (see {Names.AccessibilityMarkdown})");
        if (strict && !accessibility.IsClean)
            outcome.Failure = "accessibility findings with --strict: " + accessibility.Summary();
    }

    /// <summary>Names of the manifest, accessibility and change reports (the summary report has its own).</summary>
    private ReportOutputNames Names { get; set; } = ReportOutputNames.Primary;

    /// <summary>Set by the command before running: where the area folders go.</summary>
    public string OutputRoot { get; set; } = "output";

    private async Task ConvertToPdfAsync(PdfConverter? converter, IReadOnlyList<AreaOutcome> outcomes)
    {
        if (outcomes.Count == 0) return;
        if (converter is null)
        {
            stderr.WriteLine("error pdf-unavailable: PDF files were asked for but LibreOffice was not found, so none was made; the Word files are written. "
                + "Fix: " + LibreOfficeLocator.InstallInstructions + " Or build with --format docx.");
            foreach (var o in outcomes) o.PdfProblem = "no PDF: LibreOffice was not found";
            return;
        }
        var requests = outcomes.Select(o => new PdfConversionRequest(o.Output!.StagedPath(o.DocxName!), o.Output.StagedPath(o.PdfName!))).ToList();
        var results = await converter.ConvertAsync(requests,
            new Progress<PdfConversionResult>(r => stderr.WriteLine(r.Success
                ? $"  PDF ready: {Path.GetFileName(r.Request.PdfPath)} ({r.Elapsed.TotalSeconds:0.0} s)"
                : $"  PDF failed: {Path.GetFileName(r.Request.DocxPath)}")));
        foreach (var (outcome, result) in outcomes.Zip(results))
        {
            if (result.Success)
            {
                outcome.PdfMade = true;
                if (PageNumberPass.Apply(result.Request.DocxPath, result.Request.PdfPath) is { } note)
                    stderr.WriteLine($"warning: {outcome.Name}: {note}");
            }
            else
            {
                // The Word file is finished and sound: deliver it, and fail the build for the missing PDF.
                outcome.PdfProblem = "no PDF: " + BuildSafety.FirstLine(result.Error);
                stderr.WriteLine($"error pdf-failed: {outcome.Name}: the PDF could not be made: {BuildSafety.FirstLine(result.Error)} The Word file is still written. Fix: check LibreOffice works (soffice --version), or build with --format docx.");
            }
        }
    }

    private void Commit(AreaOutcome outcome, BuildRequest request, string reportFolder)
    {
        var folder = outcome.Output!;
        var manifestPath = Path.Combine(folder.Folder, Names.Manifest);
        var previous = BuildManifest.Read(manifestPath);
        var names = new List<string> { outcome.DocxName!, Names.AccessibilityMarkdown, Names.AccessibilityJson };
        if (outcome.PdfMade) names.Add(outcome.PdfName!);
        names.AddRange(outcome.EditionFiles);

        // An edited Word draft is never overwritten silently: the new draft and its PDF go beside it.
        var protect = new HashSet<string>();
        if (!request.Force && OutputFolder.WasEditedSinceGenerated(Path.Combine(folder.Folder, outcome.DocxName!), previous))
        {
            protect.Add(outcome.DocxName!);
            if (outcome.PdfMade) protect.Add(outcome.PdfName!);
        }
        var suffix = $" (new draft {DateTime.Now:yyyy-MM-dd HHmm})";
        var hashes = names.Select(n => new FileHash(protect.Contains(n)
            ? Path.GetFileNameWithoutExtension(n) + suffix + Path.GetExtension(n) : n, BuildManifest.Sha256Of(folder.StagedPath(n)))).ToList();
        var manifest = ManifestFactory.Create(outcome.Result!, request.DataFolder, reportFolder, hashes);
        outcome.Changes = ChangeReport.Compare(previous, manifest);

        outcome.Files.AddRange(folder.Commit(names, protect, suffix));
        OutputFolder.WriteAllTextAtomic(manifestPath, manifest.ToJson());
        if (previous is not null)
        {
            OutputFolder.WriteAllTextAtomic(Path.Combine(folder.Folder, Names.ChangesMarkdown), outcome.Changes.ToMarkdown());
            OutputFolder.WriteAllTextAtomic(Path.Combine(folder.Folder, Names.ChangesCsv), outcome.Changes.ToCsv());
        }
        foreach (var file in outcome.Files)
        {
            stdout.WriteLine(file.Path);
            if (file.KeptEditedDraft)
                stderr.WriteLine($"note: {file.EditedDraftPath} was edited after it was generated, so it was left alone; the new draft is {file.Path} (use --force to replace it).");
        }
    }

    private void WritePack(AreaOutcome outcome, ReportProject project, string packRoot, Data.IndicatorCatalogue indicators)
    {
        var result = outcome.Result!;
        var docx = outcome.Files.First(f => f.Path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)).Path;
        var pdf = outcome.Files.FirstOrDefault(f => f.Path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))?.Path;
        var d = project.Definition;
        var metadata = new PublicationMetadata
        {
            Title = $"{result.Area.Name} {d.Title} {d.Edition}",
            Summary = $"The {d.Edition} {d.Title.ToLowerInvariant()} for {result.Area.Name}: drug and alcohol use, treatment, harms and services, with recommendations. The data behind every figure and table is included.",
            PublicationDate = outcome.Content.PublicationDate ?? DateTime.UtcNow.ToString("yyyy-MM-dd"),
            Areas = [result.Area.Name + " (" + result.Area.Code + ")"],
            Publisher = outcome.Content.Organisation ?? d.Author,
        };
        metadata = IllustrativeGate.Declare(metadata, result, indicators);
        var html = outcome.EditionFiles.Where(f => f.StartsWith(HtmlEdition.Folder + "/", StringComparison.Ordinal))
            .Select(f => (f[(HtmlEdition.Folder.Length + 1)..], Path.Combine(outcome.Output!.Folder, f))).ToList();
        var files = PublicationPack.Write(Path.Combine(packRoot, outcome.Content.Folder), metadata, docx, pdf, PackContents.From(result), html);
        stderr.WriteLine($"  publication pack for {result.Area.Name}: {files.Count} files in {Path.Combine(packRoot, outcome.Content.Folder)}");
    }

    private void PrintSummary(IReadOnlyList<AreaOutcome> outcomes, TimeSpan elapsed, ChartImageCache? cache)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
        var table = new Table().AddColumn(new TableColumn("Area").NoWrap()).AddColumns("Result", "Files", "Warnings", "Illustrative values", "Changes since last build", "Time");
        foreach (var o in outcomes)
        {
            var changes = o.Changes is null ? "-" : o.Changes.OldBuild is null ? "first build" : o.Changes.IsEmpty ? "none"
                : string.Join(", ", o.Changes.Changes.GroupBy(c => c.Kind).Select(g => $"{g.Count()} {ChangeReport.Title(g.Key).ToLowerInvariant()}"));
            table.AddRow(Markup.Escape(o.Name), o.Failure is not null ? "[red]failed[/]: " + Markup.Escape(o.Failure)
                : o.PdfProblem is not null ? "[yellow]Word only[/], " + Markup.Escape(o.PdfProblem) : "[green]written[/]",
                o.Files.Count.ToString(), o.Warnings.ToString(), Markup.Escape(IllustrativeCount(o)), Markup.Escape(changes), $"{o.Elapsed.TotalSeconds:0.0} s");
        }
        console.Write(table);
        if (outcomes.Any(o => o.Result?.Provenance.AnyIllustrative == true))
            console.WriteLine("Reports with illustrative values carry the notice \"" + Templates.Facts.Provenance.Notice + "\" on the cover and every page; manifest.json lists each value's provenance.");
        if (cache is { Hits: > 0 })
            console.WriteLine($"Charts: {cache.Misses} drawn, {cache.Hits} unchanged and reused from {cache.Folder} (--no-chart-cache draws them all).");
        console.WriteLine($"{outcomes.Count(o => o.Failure is null)} of {outcomes.Count} area(s) written in {elapsed.TotalSeconds:0.0} s.");
    }

    /// <summary>"312 of 472" for the summary table: printed values (text, figures and tables) that are illustrative.</summary>
    private static string IllustrativeCount(AreaOutcome o) =>
        o.Result?.Provenance is { Values: > 0 } p ? $"{p.Illustrative} of {p.Values}" : "-";

    private IReadOnlyList<AreaContent>? SelectAreas(ReportProject project, DataSet data, IReadOnlyList<string> requested)
    {
        if (requested.Count == 0) return project.DefaultAreas;
        var chosen = new List<AreaContent>();
        foreach (var name in requested)
        {
            var match = project.FindArea(name, data.Areas);
            if (match is null)
            {
                stderr.WriteLine($"error: there is no report content for the area '{name}'. Areas available: {string.Join(", ", project.Areas.Select(a => $"{a.Folder} ({a.Code})"))}.");
                stderr.WriteLine($"       To add one, create {Path.Combine(project.Folder, "areas", "<name>", "area.yaml")} (see templates/README.md).");
                return null;
            }
            chosen.Add(match);
        }
        return chosen.DistinctBy(a => a.Folder).ToList();
    }
}

/// <summary>File names of the outputs: readable, stable, and the same for Word and PDF.</summary>
public static class OutputNames
{
    public static string Docx(ReportDefinition definition, Data.Model.Area area) =>
        Slug($"{area.Name} {definition.Title} {definition.Edition}") + ".docx";

    public static string Slug(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray();
        var s = new string(chars);
        while (s.Contains("--")) s = s.Replace("--", "-");
        return s.Trim('-');
    }
}
