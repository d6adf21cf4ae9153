using System.CommandLine;
using ReportGen.Pipeline;

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
        var reports = new Option<DirectoryInfo>("--reports")
        {
            Description = "Folder where the reports themselves are built before packing (as for build --out).",
            DefaultValueFactory = _ => new DirectoryInfo(RepoPaths.Default("output")),
        };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Leave the PDF out of the pack (for a quick check; a published pack should have it)." };
        var allowIllustrative = new Option<bool>("--allow-illustrative")
        {
            Description = "Publish an area even when its report prints illustrative (made-up) values; metadata.json then says so and lists them. Without it such an area is refused.",
        };
        var houseStyle = CommonOptions.HouseStyle();
        var strict = CommonOptions.Strict();
        var command = new Command("publish", "Build the report for each area and write its publication pack: PDF, Word, one CSV per figure and table, an XLSX workbook of them all, and metadata.json.")
        {
            area, data, templates, report, output, reports, noPdf, houseStyle, strict, allowIllustrative,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var request = new BuildRequest(parse.GetValue(data)!.FullName, parse.GetValue(templates)!.FullName, parse.GetValue(report)!,
                parse.GetValue(reports)!.FullName, parse.GetValue(area) ?? [], WriteDocx: true, WritePdf: !parse.GetValue(noPdf))
            {
                PackFolder = parse.GetValue(output)!.FullName,
                Formats = ["docx", "html"],
                HouseStyleFile = parse.GetValue(houseStyle)?.FullName,
                Strict = parse.GetValue(strict),
                AllowIllustrative = parse.GetValue(allowIllustrative),
            };
            return await new AssessmentBuild(Console.Out, Console.Error) { OutputRoot = request.OutputFolder }.RunAsync(request);
        });
        return command;
    }
}
