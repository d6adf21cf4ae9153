using ReportGen.Data;
using ReportGen.Data.Diagnostics;
using ReportGen.Templates.Definitions;

namespace ReportGen.Templates;

/// <summary>
/// Checks templates and per-area content the way a build does, without writing anything: every report folder
/// under the templates folder is loaded (report.yaml, area.yaml files, links) and each area's document is built
/// in memory, so a template or area.yaml problem is reported by <c>validate</c> with the same message as by <c>build</c>.
/// </summary>
public static class TemplateValidator
{
    /// <summary>Every problem found in the reports under <paramref name="templatesFolder"/> (or only <paramref name="reports"/>).</summary>
    public static IReadOnlyList<Diagnostic> Check(string templatesFolder, DataSet data, ReportBuilder builder, IReadOnlyList<string>? reports = null)
    {
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(templatesFolder))
        {
            diagnostics.Error("TPL001", "The templates folder does not exist.", templatesFolder,
                fix: "Point --templates at the folder that holds the report folders (default: templates/).");
            return diagnostics.Items;
        }
        var names = reports is { Count: > 0 } ? reports
            : Directory.GetDirectories(templatesFolder).Where(d => File.Exists(Path.Combine(d, "report.yaml")))
                .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var loaded = new Dictionary<string, ReportProject?>(StringComparer.Ordinal);
        ReportProject? Load(string name)
        {
            if (!loaded.TryGetValue(name, out var p)) loaded[name] = p = ReportProject.Load(Path.Combine(templatesFolder, name), diagnostics);
            return p;
        }
        foreach (var name in names)
        {
            var project = Load(name);
            if (project is null || diagnostics.HasErrors || data.HasErrors) continue;
            var cited = project.Definition.Cites is { } c ? Load(c) : null;
            foreach (var area in project.Areas)
            {
                try
                {
                    IReadOnlyDictionary<string, string>? targets = null;
                    if (cited is not null)
                    {
                        var full = builder.Build(cited, cited.Areas.FirstOrDefault(a => a.Folder == area.Folder) ?? area, data);
                        diagnostics.AddRange(full.Diagnostics.Items.Where(d => d.Severity != Severity.Info));
                        if (!full.Succeeded) continue;
                        targets = full.Targets;
                    }
                    var result = builder.Build(project, area, data, targets);
                    diagnostics.AddRange(result.Diagnostics.Items.Where(d => d.Severity != Severity.Info));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException or FormatException)
                {
                    diagnostics.Error("TPL099", $"Building the {name} report for {area.Folder} failed: {ErrorText.Plain(e)}",
                        Path.Combine(project.AreasFolder, area.Folder, "area.yaml"), fix: "Check the files this area's report uses.");
                }
            }
        }
        // A report cited by another is checked with it; the same problem is listed once.
        return diagnostics.Items.Distinct().ToList();
    }
}
