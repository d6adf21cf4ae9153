using ReportGen.ChartKinds;
using System.CommandLine;
using ReportGen.Charts;
using ReportGen.Pipeline;
using ReportGen.Templates;
using ReportGen.Templates.Definitions;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen gallery</c>: one example of every chart type, drawn from the bundled data exactly as the report draws
/// it, written as PNG files with their alt text and data table, for reviewing the house style.
/// </summary>
internal static class GalleryCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var templates = CommonOptions.Templates();
        var report = CommonOptions.Report();
        var area = new Option<string>("--area") { Description = "Area whose report the examples come from.", DefaultValueFactory = _ => "cambridgeshire" };
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder for the gallery.",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(RepoPaths.Default("output"), "gallery")),
        };
        var houseStyle = CommonOptions.HouseStyle();
        var command = new Command("gallery", "Draw one example of every chart type from the bundled data into a folder (PNG, alt text, data).")
        {
            data, templates, report, area, output, houseStyle,
        };
        command.SetAction(parse =>
        {
            var set = MissingValueCalculator.Load(parse.GetValue(data)!.FullName);
            var diagnostics = new Data.Diagnostics.DiagnosticBag();
            var project = ReportProject.Load(Path.Combine(parse.GetValue(templates)!.FullName, parse.GetValue(report)!), diagnostics);
            var name = parse.GetValue(area)!;
            var content = project?.FindArea(name, set.Areas);
            if (project is null || content is null || set.HasErrors)
            {
                DiagnosticPrinter.Print(diagnostics.Items.Concat(set.Diagnostics));
                Console.Error.WriteLine(content is null ? $"error: no report content for the area '{name}'." : "The inputs have errors.");
                return 1;
            }
            var house = HouseStyle.Load(parse.GetValue(houseStyle)?.FullName);
            var builder = new ReportBuilder(house.Charts, ChartKindCatalog.All);
            var result = builder.Build(project, content, set);
            // One of each type, preferring the local chapter's (where area, region and England are compared).
            var examples = result.Figures.GroupBy(f => f.Spec.GetType().Name)
                .Select(g => g.OrderBy(f => f.Spec is TrendChartSpec { Series.Count: > 1 } || !(f.Spec is TrendChartSpec) ? 0 : 1).First())
                .Select(f => new GalleryEntry($"{f.Spec.GetType().Name.Replace("Spec", "")}-figure-{f.Number}", f.Spec))
                .ToList();
            var folder = parse.GetValue(output)!.FullName;
            foreach (var file in new ChartGallery(builder.Charts).WriteToFolder(examples, folder, Environment.ProcessorCount))
                Console.WriteLine(file);
            return 0;
        });
        return command;
    }
}
