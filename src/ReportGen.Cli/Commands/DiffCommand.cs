using System.CommandLine;
using ReportGen.Publishing;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen diff OLD NEW</c>: what changed between any two builds of an area (their manifests).</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var oldBuild = new Argument<FileSystemInfo>("OLD") { Description = "The earlier build: an area's output folder or its manifest.json." };
        var newBuild = new Argument<FileSystemInfo>("NEW") { Description = "The later build: an area's output folder or its manifest.json." };
        var csv = new Option<bool>("--csv") { Description = "Print the changes as CSV instead of Markdown." };
        var command = new Command("diff", "Compare two builds of an area: values changed, comparison or trend flips, new periods, indicators that appeared or disappeared, wording that changed.")
        {
            oldBuild, newBuild, csv,
        };
        command.SetAction(parse =>
        {
            var before = Read(parse.GetValue(oldBuild)!);
            var after = Read(parse.GetValue(newBuild)!);
            if (before is null || after is null) return 2;
            if (before.AreaCode != after.AreaCode)
                Console.Error.WriteLine($"warning: comparing different areas ({before.AreaName} and {after.AreaName}).");
            var report = ChangeReport.Compare(before, after);
            Console.Write(parse.GetValue(csv) ? report.ToCsv() : report.ToMarkdown());
            return 0;
        });
        return command;
    }

    private static BuildManifest? Read(FileSystemInfo place)
    {
        var path = place is DirectoryInfo d ? Path.Combine(d.FullName, BuildManifest.FileName)
            : Directory.Exists(place.FullName) ? Path.Combine(place.FullName, BuildManifest.FileName) : place.FullName;
        var manifest = BuildManifest.Read(path);
        if (manifest is null)
            Console.Error.WriteLine($"error: {path} is not a build manifest. Fix: give an area's output folder (it holds manifest.json after a build) or the manifest file itself.");
        return manifest;
    }
}
