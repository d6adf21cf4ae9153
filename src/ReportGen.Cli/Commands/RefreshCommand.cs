using System.CommandLine;
using ReportGen.Pipeline;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen refresh</c>: brings an analyst's edited Word draft up to date with the current data. The new version is
/// built in memory; every generated element whose content changed is replaced in a copy of the draft as a tracked change
/// by "ReportGen data update"; the copy is written beside the draft as "&lt;name&gt; (refreshed &lt;date&gt;).docx" with a
/// change report. The draft itself is never modified.
/// </summary>
internal static class RefreshCommand
{
    public static Command Create()
    {
        var area = CommonOptions.Area();
        var data = CommonOptions.Data();
        var templates = CommonOptions.Templates();
        var report = CommonOptions.Report();
        var output = CommonOptions.Out();
        var houseStyle = CommonOptions.HouseStyle();
        var draft = new Option<FileInfo>("--draft") { Description = "The edited Word draft to refresh (default: the area's draft in its output folder)." };
        var format = new Option<string>("--format")
        {
            Description = "docx (default) or pdf: with pdf the refreshed Word file is also converted to PDF by LibreOffice.",
            DefaultValueFactory = _ => "docx",
        };
        var command = new Command("refresh", "Update an edited Word draft with the current data: changed values, sentences, charts and tables arrive as tracked changes in a copy of the draft.")
        {
            area, data, templates, report, output, houseStyle, draft, format,
        };
        command.SetAction(async parse =>
        {
            var formats = (parse.GetValue(format) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(f => f.ToLowerInvariant()).ToHashSet();
            if (formats.Except(["docx", "pdf"]).Any())
            {
                Console.Error.WriteLine($"error: unknown format '{parse.GetValue(format)}'. Fix: use --format docx or --format pdf.");
                return 2;
            }
            var request = new RefreshRequest(parse.GetValue(data)!.FullName, parse.GetValue(templates)!.FullName, parse.GetValue(report)!,
                parse.GetValue(output)!.FullName, parse.GetValue(area) ?? [], parse.GetValue(draft)?.FullName,
                parse.GetValue(houseStyle)?.FullName, formats.Contains("pdf"));
            return await new DraftRefresh(Console.Out, Console.Error).RunAsync(request);
        });
        return command;
    }
}
