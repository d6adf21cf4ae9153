using System.CommandLine;
using ReportGen.Cli.Pipeline;

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
            Description = "Comma-separated output formats: docx, pdf, html (PDF is converted from the DOCX by LibreOffice; html is the accessible web edition in html/index.html).",
            DefaultValueFactory = _ => "docx,pdf,html",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Replace Word files even if someone edited them after they were generated (normally the new draft is written beside them).",
        };
        var houseStyle = CommonOptions.HouseStyle();
        var strict = CommonOptions.Strict();
        var command = new Command("build", "Generate the needs assessment for every bundled area (or those named with --area) as Word, PDF and an accessible web page.")
        {
            area, data, templates, report, output, format, force, houseStyle, strict,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var formats = (parse.GetValue(format) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(f => f.ToLowerInvariant()).ToHashSet();
            var unknown = formats.Except(["docx", "pdf", "html"]).ToList();
            if (unknown.Count > 0 || formats.Count == 0)
            {
                Console.Error.WriteLine($"error: unknown format '{string.Join(", ", unknown)}'. Use any of docx, pdf and html, comma-separated: --format docx,pdf,html.");
                return 2;
            }
            var request = new BuildRequest(
                parse.GetValue(data)!.FullName, parse.GetValue(templates)!.FullName, parse.GetValue(report)!,
                parse.GetValue(output)!.FullName, parse.GetValue(area) ?? [], formats.Contains("docx") || formats.Contains("pdf"), formats.Contains("pdf"), parse.GetValue(force))
            {
                HouseStyleFile = parse.GetValue(houseStyle)?.FullName,
                Strict = parse.GetValue(strict),
                WriteHtml = formats.Contains("html"),
            };
            return await new AssessmentBuild(Console.Out, Console.Error) { OutputRoot = request.OutputFolder }.RunAsync(request);
        });
        return command;
    }
}
