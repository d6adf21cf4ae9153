using System.CommandLine;
using ReportGen.Pipeline;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen build</c>: generates the assessment for each area as Word and PDF.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var area = CommonOptions.Area();
        var data = CommonOptions.Data();
        var templates = CommonOptions.Templates();
        var report = CommonOptions.Report();
        var output = CommonOptions.Out();
        var format = new Option<string>("--format")
        {
            Description = "Comma-separated output formats: " + string.Join("; ", Editions.All.Select(e => $"{e.Format} ({e.Description})")
                .Concat(Editions.PostSteps.Select(p => $"{p.Key} ({p.Value})"))) + ".",
            DefaultValueFactory = _ => "docx,pdf,html",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Replace Word files even if someone edited them after they were generated (normally the new draft is written beside them).",
        };
        var noChartCache = new Option<bool>("--no-chart-cache")
        {
            Description = "Draw every chart afresh. Normally charts whose data, style and drawing code are unchanged are reused from <out>/.cache/charts (byte for byte what a fresh render gives).",
        };
        var houseStyle = CommonOptions.HouseStyle();
        var strict = CommonOptions.Strict();
        var command = new Command("build", "Generate the needs assessment for every bundled area (or those named with --area) as Word, PDF and an accessible web page.")
        {
            area, data, templates, report, output, format, force, houseStyle, strict, noChartCache,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var formats = (parse.GetValue(format) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(f => f.ToLowerInvariant()).ToHashSet();
            var unknown = formats.Except(Editions.Formats).ToList();
            if (unknown.Count > 0 || formats.Count == 0)
            {
                Console.Error.WriteLine($"error: unknown format '{string.Join(", ", unknown)}'. Fix: use --format with any of: {string.Join(", ", Editions.Formats)} (comma-separated, e.g. docx,pdf).");
                return 2;
            }
            var request = new BuildRequest(
                parse.GetValue(data)!.FullName, parse.GetValue(templates)!.FullName, parse.GetValue(report)!,
                parse.GetValue(output)!.FullName, parse.GetValue(area) ?? [], formats.Contains("docx") || formats.Contains("pdf"), formats.Contains("pdf"), parse.GetValue(force))
            {
                HouseStyleFile = parse.GetValue(houseStyle)?.FullName,
                Strict = parse.GetValue(strict),
                Formats = formats.ToList(),
                ChartCache = !parse.GetValue(noChartCache),
            };
            return await new AssessmentBuild(Console.Out, Console.Error) { OutputRoot = request.OutputFolder }.RunAsync(request);
        });
        return command;
    }
}
