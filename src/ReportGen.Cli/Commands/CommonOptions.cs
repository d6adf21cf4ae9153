using System.CommandLine;

namespace ReportGen.Cli.Commands;

/// <summary>Options shared by several commands, so each is described once.</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo> Data() => new("--data")
    {
        Description = "Folder with the indicator data (areas.csv, indicators.yaml, fingertips/, tidy/).",
        DefaultValueFactory = _ => new DirectoryInfo(RepoPaths.Default("data")),
    };

    public static Option<DirectoryInfo> Templates() => new("--templates")
    {
        Description = "Folder holding the report templates (one sub-folder per report).",
        DefaultValueFactory = _ => new DirectoryInfo(RepoPaths.Default("templates")),
    };

    public static Option<string> Report() => new("--report")
    {
        Description = "Which report under --templates to build.",
        DefaultValueFactory = _ => "dana",
    };

    public static Option<string[]> Area() => new("--area")
    {
        Description = "Area to build, by code (E10000003), name (Cambridgeshire) or folder; repeat for several. Default: every area the report lists.",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<FileInfo> HouseStyle() => new("--house-style")
    {
        Description = "Word reference document with the house style (fonts, colours, heading and table styles). Swap it for your council's own.",
        DefaultValueFactory = _ => new FileInfo(Path.Combine(RepoPaths.Default("templates"), "house-style", "reference.docx")),
    };

    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Fail an area when its accessibility report lists any problem (missing alt text, heading skips, low contrast...), and stop the build when the lint (reportgen lint) finds a claim the data do not support.",
    };

    public static Option<DirectoryInfo> Out() => new("--out")
    {
        Description = "Folder for the generated files; each area gets its own sub-folder.",
        DefaultValueFactory = _ => new DirectoryInfo(RepoPaths.Default("output")),
    };
}

/// <summary>Finds the repository's folders when the tool is run from anywhere inside it.</summary>
internal static class RepoPaths
{
    public static string Default(string folder)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln"))) return Path.Combine(dir.FullName, folder);
        }
        return Path.Combine(Directory.GetCurrentDirectory(), folder);
    }
}
