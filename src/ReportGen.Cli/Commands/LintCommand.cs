using ReportGen.Pipeline;
using System.CommandLine;
using ReportGen.Templates.Definitions;
using ReportGen.Templates.Lint;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen lint</c>: checks that every claim in the report follows from the data and agrees everywhere
/// (summary, body, key insights, summary report), and that no area's content carries another area's facts.
/// </summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var area = CommonOptions.Area();
        var data = CommonOptions.Data();
        var templates = CommonOptions.Templates();
        var report = new Option<string[]>("--report")
        {
            Description = "Which reports under --templates to check; repeat for several. Default: every report folder.",
        };
        var command = new Command("lint", "Check the report's sentences against the data: trends, significance and comparisons that contradict it, unguarded pattern claims, key insights citing what their section does not show, and one area's facts in another's content. Exit code 0 only when clean.")
        {
            area, data, templates, report,
        };
        command.SetAction(parse =>
        {
            var loaded = Pipeline.MissingValueCalculator.Load(parse.GetValue(data)!.FullName);
            var root = parse.GetValue(templates)!.FullName;
            var names = parse.GetValue(report) is { Length: > 0 } r ? r
                : Directory.GetDirectories(root).Where(d => File.Exists(Path.Combine(d, "report.yaml"))).Select(Path.GetFileName).OfType<string>().Order().ToArray();
            var findings = new List<LintFinding>();
            var areasChecked = 0;
            foreach (var name in names)
            {
                var diagnostics = new Data.Diagnostics.DiagnosticBag();
                var project = ReportProject.Load(Path.Combine(root, name), diagnostics);
                if (project is null)
                {
                    DiagnosticPrinter.Print(diagnostics.Items);
                    return 2;
                }
                var wanted = parse.GetValue(area) ?? [];
                var areas = wanted.Length == 0 ? project.DefaultAreas.ToList()
                    : wanted.Select(w => project.FindArea(w, loaded.Areas)).OfType<AreaContent>().ToList();
                if (wanted.Length > 0 && areas.Count < wanted.Length)
                {
                    Console.Error.WriteLine($"error: an area given with --area is not in the report '{name}'. Fix: use a folder under {project.AreasFolder}, an area code or an area name.");
                    return 2;
                }
                areasChecked += areas.Count;
                findings.AddRange(new ReportLint(loaded).Check(project, areas));
            }
            foreach (var f in findings.Distinct()) Console.Error.WriteLine("lint: " + f);
            Console.WriteLine(findings.Count == 0
                ? $"Lint passed: {string.Join(", ", names)} for {areasChecked} area report(s), no finding."
                : $"Lint found {findings.Distinct().Count()} problem(s).");
            return findings.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
