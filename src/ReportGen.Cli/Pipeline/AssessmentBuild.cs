using System.Diagnostics;
using ReportGen.Charts;
using ReportGen.Cli.Commands;
using ReportGen.Data;
using ReportGen.Docx;
using ReportGen.Pdf;
using ReportGen.Templates;
using ReportGen.Templates.Definitions;

namespace ReportGen.Cli.Pipeline;

/// <summary>What the build command was asked to do.</summary>
internal sealed record BuildRequest(string DataFolder, string TemplatesFolder, string Report, string OutputFolder,
    IReadOnlyList<string> Areas, bool WriteDocx, bool WritePdf);

/// <summary>
/// The build: load and validate the data, build each area's document, write the DOCX files, then convert them
/// to PDF in one batch. Any input error stops the build before a file is written.
/// </summary>
internal sealed class AssessmentBuild(TextWriter stdout, TextWriter stderr)
{
    public int Run(BuildRequest request)
    {
        var clock = Stopwatch.StartNew();
        var loaded = MissingValueCalculator.Load(request.DataFolder);
        var diagnostics = new Data.Diagnostics.DiagnosticBag();
        diagnostics.AddRange(loaded.Diagnostics);
        var project = ReportProject.Load(Path.Combine(request.TemplatesFolder, request.Report), diagnostics);
        if (diagnostics.HasErrors || project is null)
        {
            DiagnosticPrinter.Print(diagnostics.Items);
            stderr.WriteLine($"The build stopped: {diagnostics.Errors.Count()} problem(s) in the inputs. Nothing was written.");
            return 1;
        }
        var data = loaded;

        var areas = SelectAreas(project, data, request.Areas);
        if (areas is null) return 2;

        var renderer = new ChartRenderer(ChartStyle.Default);
        var builder = new ReportBuilder(renderer);
        var docxFiles = new List<string>();
        int failed = 0;
        foreach (var content in areas)
        {
            var result = builder.Build(project, content, data);
            DiagnosticPrinter.Print(result.Diagnostics.Items);
            if (!result.Succeeded)
            {
                stderr.WriteLine($"{result.Area.Name}: not written, because of the errors above.");
                failed++;
                continue;
            }
            var folder = Path.Combine(request.OutputFolder, content.Folder);
            Directory.CreateDirectory(folder);
            var docx = Path.Combine(folder, OutputNames.Docx(project.Definition, result.Area));
            new DocxWriter().Write(result.Document!, docx);
            docxFiles.Add(docx);
            stdout.WriteLine(docx);
        }

        if (request.WritePdf && docxFiles.Count > 0)
            failed += ConvertToPdf(docxFiles);

        stderr.WriteLine($"Done in {clock.Elapsed.TotalSeconds:0.0} s: {docxFiles.Count} area(s) written, {failed} failed.");
        return failed > 0 ? 1 : 0;
    }

    private int ConvertToPdf(IReadOnlyList<string> docxFiles)
    {
        stderr.WriteLine("TEMP: PDF conversion not wired yet");
        return 0;
    }

    private IReadOnlyList<AreaContent>? SelectAreas(ReportProject project, DataSet data, IReadOnlyList<string> requested)
    {
        if (requested.Count == 0)
        {
            var listed = project.Definition.Areas.Count == 0 ? project.Areas
                : project.Definition.Areas.Select(f => project.Areas.FirstOrDefault(a => a.Folder == f)).OfType<AreaContent>().ToList();
            return listed;
        }
        var chosen = new List<AreaContent>();
        foreach (var name in requested)
        {
            var registryArea = data.Areas.Find(name);
            var match = project.Areas.FirstOrDefault(a => string.Equals(a.Folder, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(a.Code, name, StringComparison.OrdinalIgnoreCase)
                || (registryArea is not null && a.Code == registryArea.Code));
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
internal static class OutputNames
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
