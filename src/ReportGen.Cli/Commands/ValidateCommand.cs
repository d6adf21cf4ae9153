using System.CommandLine;
using ReportGen.Pipeline;
using ReportGen.Charts;
using ReportGen.Data;
using ReportGen.Data.Diagnostics;
using ReportGen.Templates;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen validate</c>: checks every data file and lists every problem, not just the first; with
/// <c>--templates</c> it also checks the report templates and each area's content, as a build would.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var illustrative = new Option<bool>("--illustrative")
        {
            Description = "Also list which data rows are still illustrative (not published figures): per area, or with --area by indicator.",
        };
        var area = CommonOptions.Area();
        area.Description = "With --illustrative: the area(s) to list by indicator (code or name).";
        var templates = new Option<string?>("--templates")
        {
            Description = "Also check the report templates and per-area content (area.yaml, chapters, includes) by building each area's document in memory. Optionally give the templates folder (default: templates/).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var report = new Option<string[]>("--report")
        {
            Description = "With --templates: the report(s) to check (default: every folder with a report.yaml).",
        };
        var command = new Command("validate", "Check all data files (and with --templates, the templates and area content) and report every problem with file, row, column and a suggested fix. Exit code 0 only when clean.")
        {
            data, templates, report, illustrative, area,
        };
        command.SetAction(parse =>
        {
            var loaded = ReportGen.Pipeline.MissingValueCalculator.Load(parse.GetValue(data)!.FullName);
            var diagnostics = loaded.Diagnostics.ToList();
            bool checkTemplates = parse.GetResult(templates) is not null;
            if (checkTemplates)
            {
                var folder = parse.GetValue(templates) is { Length: > 0 } given ? Path.GetFullPath(given) : RepoPaths.Default("templates");
                if (loaded.HasErrors)
                    Console.Error.WriteLine("note: the templates were not built because the data has errors (listed below); fix those first.");
                var builder = new ReportBuilder(ChartStyle.Default, ReportGen.ChartKinds.ChartKindCatalog.All);
                diagnostics.AddRange(TemplateValidator.Check(folder, loaded, builder, parse.GetValue(report)));
            }
            DiagnosticPrinter.Print(diagnostics, includeInfo: true);
            var errors = diagnostics.Count(d => d.Severity == Severity.Error);
            var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
            var what = checkTemplates ? "Data and templates are" : "Data is";
            Console.WriteLine(errors == 0
                ? $"{what} valid: {loaded.Values.Count} values, {loaded.Indicators.Count} indicators, {loaded.Areas.Count} areas ({warnings} warning(s))."
                : $"{errors} error(s) and {warnings} warning(s) found.");
            if (parse.GetValue(illustrative) && IllustrativeReport.Print(loaded, parse.GetValue(area) ?? [], Console.Out, Console.Error) != 0) return 2;
            return errors == 0 ? 0 : 1;
        });
        return command;
    }
}
