using System.Text.RegularExpressions;
using ReportGen.Charts;
using ReportGen.Documents;
using ReportGen.Docx;
using ReportGen.Docx.Refresh;
using ReportGen.Pdf;
using ReportGen.Publishing;
using ReportGen.Publishing.Refresh;
using ReportGen.Templates;
using ReportGen.Templates.Definitions;

namespace ReportGen.Pipeline;

/// <summary>What the refresh command was asked to do.</summary>
public sealed record RefreshRequest(string DataFolder, string TemplatesFolder, string Report, string OutputFolder,
    IReadOnlyList<string> Areas, string? Draft, string? HouseStyleFile, bool WritePdf);

/// <summary>Runs a refresh for each area asked for.</summary>
public sealed class DraftRefresh(TextWriter stdout, TextWriter stderr)
{
    public async Task<int> RunAsync(RefreshRequest request)
    {
        if (request.Draft is not null && !File.Exists(request.Draft))
        {
            stderr.WriteLine($"error: {request.Draft}: the draft does not exist. Fix: give the path of the edited Word file with --draft.");
            return 2;
        }
        if (request.Draft is not null && request.Areas.Count > 1)
        {
            stderr.WriteLine("error: --draft names one file, but several areas were given. Fix: refresh one area at a time with --draft, or leave --draft out.");
            return 2;
        }
        var data = MissingValueCalculator.Load(request.DataFolder);
        var diagnostics = new Data.Diagnostics.DiagnosticBag();
        var reportFolder = Path.Combine(request.TemplatesFolder, request.Report);
        var project = ReportProject.Load(reportFolder, diagnostics);
        diagnostics.AddRange(data.Diagnostics);
        if (diagnostics.HasErrors || project is null)
        {
            DiagnosticPrinter.Print(diagnostics.Items);
            stderr.WriteLine("The refresh stopped: the inputs have problems (listed above). Nothing was written.");
            return 1;
        }
        var areas = new List<AreaContent>();
        foreach (var name in request.Areas)
        {
            var match = project.FindArea(name, data.Areas);
            if (match is null)
            {
                stderr.WriteLine($"error: there is no report content for the area '{name}'. Fix: use one of {string.Join(", ", project.Areas.Select(a => $"{a.Folder} ({a.Code})"))}.");
                return 2;
            }
            areas.Add(match);
        }
        if (areas.Count == 0)
        {
            // Without --area: the area of --draft (by its folder), else every area with a draft in the output folder.
            areas = request.Draft is not null
                ? project.Areas.Where(a => string.Equals(a.Folder, new DirectoryInfo(Path.GetDirectoryName(request.Draft)!).Name, StringComparison.OrdinalIgnoreCase)).Take(1).ToList()
                : project.DefaultAreas.Where(a => Directory.Exists(Path.Combine(request.OutputFolder, a.Folder))).ToList();
            if (areas.Count == 0)
            {
                stderr.WriteLine("error: no area to refresh was found. Fix: name it with --area (and build it first with `reportgen build --area NAME`).");
                return 2;
            }
        }

        var house = HouseStyle.Load(request.HouseStyleFile);
        var builder = new ReportBuilder(house.Charts, ChartKinds.ChartKindCatalog.All);
        int failures = 0;
        foreach (var content in areas)
        {
            if (!await RefreshArea(content, project, data, builder, house, request, reportFolder)) failures++;
        }
        return failures == 0 ? 0 : 1;
    }

    private async Task<bool> RefreshArea(AreaContent content, ReportProject project, Data.DataSet data, ReportBuilder builder, HouseStyle house,
        RefreshRequest request, string reportFolder)
    {
        var result = builder.Build(project, content, data);
        DiagnosticPrinter.Print(result.Diagnostics.Items);
        if (!result.Succeeded)
        {
            stderr.WriteLine($"error: {content.Folder}: the new version could not be built (problems listed above); the draft was not refreshed.");
            return false;
        }
        var folder = Path.Combine(request.OutputFolder, content.Folder);
        var generatedName = OutputNames.Docx(project.Definition, result.Area);
        var draft = request.Draft ?? FindDraft(folder, generatedName);
        if (draft is null)
        {
            stderr.WriteLine($"error: {Path.Combine(folder, generatedName)}: no draft of {result.Area.Name} to refresh. Fix: build it first (reportgen build --area \"{result.Area.Name}\") or give the edited file with --draft.");
            return false;
        }

        using var generated = new MemoryStream();
        new DocxWriter(house.Document).Write(result.Document!, generated);
        generated.Position = 0;
        var keys = ElementKeys.All(result.Document!).GroupBy(ElementMarks.KeyHash).ToDictionary(g => g.Key, g => g.First());

        var target = RefreshedPath(draft);
        var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        RefreshOutcome outcome;
        try
        {
            using (var input = File.OpenRead(draft))
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
                outcome = DraftRefresher.Refresh(input, generated, file, new RefreshOptions { Keys = keys });
            File.Move(temp, target, overwrite: false);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or UnauthorizedAccessException)
        {
            try { File.Delete(temp); } catch (IOException) { }
            stderr.WriteLine($"error: {draft}: could not be refreshed ({e.Message}). Fix: check it is a Word .docx file that is not open elsewhere, then run refresh again.");
            return false;
        }

        var manifest = ManifestFactory.Create(result, request.DataFolder, reportFolder, []);
        var previous = BuildManifest.Read(Path.Combine(folder, BuildManifest.FileName));
        var refreshReport = RefreshReport.Create(result.Area.Name, Path.GetFileName(draft), Path.GetFileName(target),
            outcome.Changes.Select(c => new RefreshedElement(c.Key, (RefreshAction)(int)c.Outcome, c.DraftText, c.NewText) { ImageChanged = c.ImageChanged }), previous, manifest);
        var reportFolderOut = Path.GetDirectoryName(target)!;
        OutputFolder.WriteAllTextAtomic(Path.Combine(reportFolderOut, "changes.md"), refreshReport.ToMarkdown());
        OutputFolder.WriteAllTextAtomic(Path.Combine(reportFolderOut, "changes.csv"), refreshReport.ToCsv());
        stdout.WriteLine(target);
        foreach (var group in outcome.Changes.GroupBy(c => c.Outcome))
            stderr.WriteLine($"  {RefreshReport.Title((RefreshAction)(int)group.Key)}: {group.Count()}");
        stderr.WriteLine($"{result.Area.Name}: {outcome.Updated} element(s) updated as tracked changes in {Path.GetFileName(target)}; {Path.GetFileName(draft)} was not modified (see changes.md).");

        if (request.WritePdf)
        {
            var office = LibreOfficeLocator.TryLocate();
            if (office is null)
            {
                // As in a build: the refreshed Word file is delivered, but a PDF asked for and not made is a failure.
                stderr.WriteLine("error: the PDF was not made because LibreOffice was not found. " + LibreOfficeLocator.InstallInstructions);
                return false;
            }
            await using var converter = new PdfConverter(new PdfConverterOptions { SofficePath = office });
            var pdf = await converter.ConvertAsync(target, Path.ChangeExtension(target, ".pdf"));
            if (!pdf.Success)
            {
                stderr.WriteLine($"error: {target}: the PDF could not be made: {pdf.Error}");
                return false;
            }
            stdout.WriteLine(Path.ChangeExtension(target, ".pdf"));
        }
        return true;
    }

    private static readonly Regex RefreshedSuffix = new(@" \(refreshed [^)]*\)$");

    /// <summary>The newest of the generated Word file and its refreshed copies in the area's output folder.</summary>
    private static string? FindDraft(string folder, string generatedName)
    {
        if (!Directory.Exists(folder)) return null;
        var stem = Path.GetFileNameWithoutExtension(generatedName);
        return Directory.EnumerateFiles(folder, stem + "*.docx")
            .Where(f => Path.GetFileNameWithoutExtension(f) == stem || RefreshedSuffix.IsMatch(Path.GetFileNameWithoutExtension(f)))
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault();
    }

    /// <summary>"&lt;name&gt; (refreshed 2026-12-07).docx" beside the draft; a time is added when that name is taken.</summary>
    private static string RefreshedPath(string draft)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(draft))!;
        var stem = RefreshedSuffix.Replace(Path.GetFileNameWithoutExtension(draft), "");
        var now = DateTime.Now;
        foreach (var stamp in new[] { now.ToString("yyyy-MM-dd"), now.ToString("yyyy-MM-dd HHmm"), now.ToString("yyyy-MM-dd HHmmss") })
        {
            var path = Path.Combine(folder, $"{stem} (refreshed {stamp}).docx");
            if (!File.Exists(path)) return path;
        }
        return Path.Combine(folder, $"{stem} (refreshed {now:yyyy-MM-dd HHmmss} {Guid.NewGuid().ToString("N")[..4]}).docx");
    }
}
