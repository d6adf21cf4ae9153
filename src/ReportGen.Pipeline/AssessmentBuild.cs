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

/// <summary>
/// The build: load and check the data and templates, build each area's document, write Word files into a
/// staging folder, convert them all to PDF in one batch, then for each area move the files into place, write the
/// manifest and the change report. An input error stops everything before a file is written; an error in one
/// area's build fails that area alone and the others are still written.
/// </summary>
public sealed class AssessmentBuild(TextWriter stdout, TextWriter stderr)
{
    public async Task<int> RunAsync(BuildRequest request)
    {
        var clock = Stopwatch.StartNew();
        var data = MissingValueCalculator.Load(request.DataFolder);
        var diagnostics = new Data.Diagnostics.DiagnosticBag();
        var reportFolder = Path.Combine(request.TemplatesFolder, request.Report);
        var project = ReportProject.Load(reportFolder, diagnostics);
        var areas = project is null ? null : SelectAreas(project, data, request.Areas);
        if (project is not null && areas is null) return 2;

        // A data error in a row about one report area fails that area alone; any other input error stops everything.
        var areaErrors = AreaSpecificErrors(data, areas ?? []);
        diagnostics.AddRange(data.Diagnostics.Where(d => !areaErrors.Contains(d)));
        if (diagnostics.HasErrors || project is null || areas is null)
        {
            DiagnosticPrinter.Print(diagnostics.Items);
            stderr.WriteLine($"The build stopped: {diagnostics.Errors.Count()} problem(s) in the inputs. Nothing was written.");
            return 1;
        }

        // One build at a time per output folder; a second waits, then refuses with a message.
        using var outputLock = BuildSafety.LockOutput(request.OutputFolder, request.WritePdf ? () => PdfConverter.EndOrphanedOfficeProcesses() : null, stderr);
        if (outputLock is null) return 1;

        var outcomes = areas.Select(a => new AreaOutcome(a) { Name = data.Areas.Get(a.Code)?.Name ?? a.Folder }).ToList();
        foreach (var outcome in outcomes)
        {
            var own = areaErrors.Where(d => BelongsTo(data, d.AreaCode!, outcome.Content.Code)).ToList();
            if (own.Count == 0) continue;
            DiagnosticPrinter.Print(own);
            outcome.Failure = $"{own.Count} error(s) in its data (listed above)";
        }
        // Every claim in the templates is checked against the data (reportgen lint); --strict makes a finding fatal.
        if (!LintStep.Run(project, data, areas, request.Strict, stderr)) return 1;
        Names = ReportOutputNames.For(project.Definition, request.Report);
        var house = HouseStyle.Load(request.HouseStyleFile);
        if (house.Problems is { IsClean: false } styleProblems)
            stderr.WriteLine($"warning: the house style {request.HouseStyleFile} has accessibility problems: {styleProblems.Summary()}");
        // Charts carry an SVG rendition only when an edition that draws vector charts (the web edition) is written.
        var vector = Editions.Selected(request.Formats).Any(e => e.WantsVectorCharts);
        var builder = new ReportBuilder(vector ? house.Charts with { IncludeSvg = true } : house.Charts, ChartKinds.ChartKindCatalog.All);
        var cited = project.Definition.Cites is { } citesName ? ReportProject.Load(Path.Combine(request.TemplatesFolder, citesName), diagnostics) : null;
        if (project.Definition.Cites is not null && cited is null)
        {
            DiagnosticPrinter.Print(diagnostics.Items);
            return 1;
        }
        // Start LibreOffice now, so its start-up overlaps with building the documents.
        var office = request.WritePdf ? LibreOfficeLocator.TryLocate() : null;
        await using var converter = office is null ? null : new PdfConverter(new PdfConverterOptions { SofficePath = office });
        var warmUp = converter?.WarmUpAsync(Math.Min(outcomes.Count, converter.Options.MaxParallelism));

        // Areas are built side by side (each area's charts are also rendered in parallel); the data is read-only.
        var position = 0;
        Parallel.ForEach(outcomes, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, outcome =>
        {
            if (outcome.Failure is null) BuildArea(outcome, project, data, builder, cited, house, request.Strict, request.Formats);
            if (outcome.Failure is null && request.PackFolder is not null
                && IllustrativeGate.Refusal(outcome.Result!, data.Indicators, request.AllowIllustrative) is { } refusal)
                outcome.Failure = "not published: " + refusal;
            var done = Interlocked.Increment(ref position);
            stderr.WriteLine(outcome.Failure is null
                ? $"[{done}/{outcomes.Count}] {outcome.Name}: document built in {outcome.Elapsed.TotalSeconds:0.0} s"
                : $"[{done}/{outcomes.Count}] {outcome.Name}: failed, {outcome.Failure}");
        });

        if (request.WritePdf)
        {
            if (warmUp is not null) await warmUp;
            await ConvertToPdfAsync(converter, outcomes.Where(o => o.Failure is null).ToList());
        }

        foreach (var outcome in outcomes.Where(o => o.Failure is null))
        {
            try
            {
                Commit(outcome, request, reportFolder);
                if (request.PackFolder is not null) WritePack(outcome, project, request.PackFolder, data.Indicators);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var problem = OutputErrors.Describe(e, outcome.Output!.Folder);
                stderr.WriteLine(problem.ToString());
                outcome.Failure = problem.Message;
            }
        }
        foreach (var outcome in outcomes.Where(o => o.Failure is not null))
            outcome.Output?.Discard();

        PrintSummary(outcomes, clock.Elapsed);
        return outcomes.Any(o => o.Failure is not null || o.PdfProblem is not null) ? 1 : 0;
    }

    /// <summary>Data errors on rows about a report area (or one of its districts).</summary>
    private static HashSet<Data.Diagnostics.Diagnostic> AreaSpecificErrors(DataSet data, IReadOnlyList<AreaContent> areas) =>
        data.Diagnostics.Where(d => d.Severity == Data.Diagnostics.Severity.Error && d.AreaCode is not null
            && areas.Any(a => BelongsTo(data, d.AreaCode, a.Code))).ToHashSet();

    private static bool BelongsTo(DataSet data, string rowArea, string reportArea) =>
        string.Equals(rowArea, reportArea, StringComparison.OrdinalIgnoreCase)
        || data.Areas.ParentChain(rowArea).Any(p => string.Equals(p.Code, reportArea, StringComparison.OrdinalIgnoreCase));

    private void BuildArea(AreaOutcome outcome, ReportProject project, DataSet data, ReportBuilder builder, ReportProject? cited,
        HouseStyle house, bool strict, IReadOnlyList<string> formats)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            // A report that cites another (the summary cites the full report) needs that report's numbers first.
            IReadOnlyDictionary<string, string>? citedTargets = null;
            if (cited is not null)
            {
                var citedContent = cited.Areas.FirstOrDefault(a => a.Folder == outcome.Content.Folder) ?? outcome.Content;
                var full = builder.Build(cited, citedContent, data);
                if (!full.Succeeded)
                {
                    DiagnosticPrinter.Print(full.Diagnostics.Errors);
                    outcome.Failure = "the full report it cites could not be built";
                    return;
                }
                citedTargets = full.Targets;
            }
            var result = builder.Build(project, outcome.Content, data, citedTargets);
            outcome.Result = result;
            outcome.Name = result.Area.Name;
            DiagnosticPrinter.Print(result.Diagnostics.Items);
            outcome.Warnings = result.Diagnostics.Warnings.Count();
            if (!result.Succeeded)
            {
                outcome.Failure = $"{result.Diagnostics.Errors.Count()} error(s) in its template or content (listed above)";
                return;
            }
            outcome.Output = new OutputFolder(Path.Combine(Path.GetFullPath(OutputRoot), outcome.Content.Folder));
            outcome.DocxName = OutputNames.Docx(project.Definition, result.Area);
            outcome.PdfName = Path.ChangeExtension(outcome.DocxName, ".pdf");
            var docxPath = outcome.Output.StagedPath(outcome.DocxName);
            var edition = new EditionContext(house, Path.GetFileNameWithoutExtension(outcome.DocxName));
            foreach (var writer in Editions.Selected(formats))
                outcome.EditionFiles.AddRange(writer.Write(result.Document!, Path.GetDirectoryName(docxPath)!, edition).Where(n => n != outcome.DocxName));

            // The accessibility report goes beside the document; --strict makes any finding fail the area.
            var accessibility = DocxAccessibilityChecker.Check(docxPath, new AccessibilityCheckOptions { ChartColours = house.ChartContrast() });
            File.WriteAllText(outcome.Output.StagedPath(Names.AccessibilityMarkdown), accessibility.ToMarkdown());
            File.WriteAllText(outcome.Output.StagedPath(Names.AccessibilityJson), accessibility.ToJson());
            outcome.Accessibility = accessibility;
            if (!accessibility.IsClean)
                stderr.WriteLine($"{(strict ? "error" : "warning")}: accessibility check of {result.Area.Name}: {accessibility.Summary()} (see {Names.AccessibilityMarkdown})");
            if (strict && !accessibility.IsClean)
                outcome.Failure = "accessibility findings with --strict: " + accessibility.Summary();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One area's failure must not stop the others: report it with enough to act on, without a stack trace.
            var (line, failure) = BuildSafety.Describe(e, outcome.Name, Path.Combine(Path.GetFullPath(OutputRoot), outcome.Content.Folder));
            outcome.Failure = failure;
            stderr.WriteLine(line);
        }
        finally
        {
            outcome.Elapsed = clock.Elapsed;
        }
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

    private void PrintSummary(IReadOnlyList<AreaOutcome> outcomes, TimeSpan elapsed)
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
