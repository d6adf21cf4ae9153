using System.CommandLine;
using ReportGen.Pipeline;
using ReportGen.Data;
using ReportGen.Data.Diagnostics;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen validate</c>: checks every data file and lists every problem, not just the first.</summary>
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
        var command = new Command("validate", "Check all data files and report every problem with file, row, column and a suggested fix. Exit code 0 only when clean.")
        {
            data, illustrative, area,
        };
        command.SetAction(parse =>
        {
            var loaded = ReportGen.Pipeline.MissingValueCalculator.Load(parse.GetValue(data)!.FullName);
            DiagnosticPrinter.Print(loaded.Diagnostics, includeInfo: true);
            var errors = loaded.Diagnostics.Count(d => d.Severity == Severity.Error);
            var warnings = loaded.Diagnostics.Count(d => d.Severity == Severity.Warning);
            Console.WriteLine(errors == 0
                ? $"Data is valid: {loaded.Values.Count} values, {loaded.Indicators.Count} indicators, {loaded.Areas.Count} areas ({warnings} warning(s))."
                : $"{errors} error(s) and {warnings} warning(s) found.");
            if (parse.GetValue(illustrative) && IllustrativeReport.Print(loaded, parse.GetValue(area) ?? [], Console.Out, Console.Error) != 0) return 2;
            return errors == 0 ? 0 : 1;
        });
        return command;
    }
}
