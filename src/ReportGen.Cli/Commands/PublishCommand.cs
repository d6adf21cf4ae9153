using System.CommandLine;
using ReportGen.Cli.Pipeline;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen publish</c>: builds the report and assembles the publication pack for each area.</summary>
internal static class PublishCommand
{
    public static Command Create()
    {
        var area = CommonOptions.Area();
        var data = CommonOptions.Data();
        var templates = CommonOptions.Templates();
        var report = CommonOptions.Report();
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder for the publication packs; each area gets its own sub-folder.",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(RepoPaths.Default("output"), "publish")),
        };
        var command = new Command("publish", "Build the report for each area and write its publication pack: PDF, Word, one CSV per figure and table, an XLSX workbook of them all, and metadata.json.")
        {
            area, data, templates, report, output,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var request = new BuildRequest(parse.GetValue(data)!.FullName, parse.GetValue(templates)!.FullName, parse.GetValue(report)!,
                RepoPaths.Default("output"), parse.GetValue(area) ?? [], WriteDocx: true, WritePdf: true)
            {
                PackFolder = parse.GetValue(output)!.FullName,
            };
            return await new AssessmentBuild(Console.Out, Console.Error) { OutputRoot = request.OutputFolder }.RunAsync(request);
        });
        return command;
    }
}
