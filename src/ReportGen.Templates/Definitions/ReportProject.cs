using ReportGen.Data.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ReportGen.Templates.Definitions;

/// <summary>A report folder (templates/dana): its definition and the per-area content folders under areas/.</summary>
public sealed class ReportProject
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public required string Folder { get; init; }
    public required ReportDefinition Definition { get; init; }
    public required IReadOnlyList<AreaContent> Areas { get; init; }
    /// <summary>The folder holding the per-area content folders.</summary>
    public required string AreasFolder { get; init; }

    /// <summary>The areas built when none is named: those report.yaml lists, else every area folder.</summary>
    public IReadOnlyList<AreaContent> DefaultAreas => Definition.Areas.Count == 0 ? Areas
        : Definition.Areas.Select(f => Areas.FirstOrDefault(a => a.Folder == f)).OfType<AreaContent>().ToList();

    /// <summary>The area content named by folder ("peterborough"), code ("E06000031") or registry name ("Peterborough"); null if none.</summary>
    public AreaContent? FindArea(string name, Data.AreaRegistry registry)
    {
        var registered = registry.Find(name);
        return Areas.FirstOrDefault(a => string.Equals(a.Folder, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(a.Code, name, StringComparison.OrdinalIgnoreCase)
            || (registered is not null && a.Code == registered.Code));
    }

    /// <summary>Loads report.yaml and every areas/*/area.yaml; problems are added to <paramref name="diagnostics"/>.</summary>
    public static ReportProject? Load(string folder, DiagnosticBag diagnostics)
    {
        var definitionFile = Path.Combine(folder, "report.yaml");
        if (!File.Exists(definitionFile))
        {
            diagnostics.Error("TPL001", $"No report definition at {definitionFile}.", definitionFile,
                fix: "Point --templates at the folder that holds the report folders (default: templates/), and --report at the report (default: dana).");
            return null;
        }
        var definition = ReadYaml<ReportDefinition>(definitionFile, diagnostics);
        if (definition is null) return null;
        TemplateFolderCheck.Check(folder, diagnostics);
        foreach (var (chapter, index) in definition.Chapters.Select((c, i) => (c, i)))
        {
            var chapterPath = Path.Combine(folder, chapter.File);
            if (TemplateFolderCheck.FileProblem(chapterPath) is { } problem)
                diagnostics.Error("TPL002", $"Chapter {index + 1} names the file '{chapter.File}', which {problem}.", definitionFile,
                    fix: $"Create {chapterPath} or correct the name in report.yaml.");
        }
        var areas = new List<AreaContent>();
        var areasFolder = Path.GetFullPath(Path.Combine(folder, definition.AreasFrom));
        if (Directory.Exists(areasFolder))
        {
            foreach (var dir in Directory.GetDirectories(areasFolder).Order(StringComparer.Ordinal))
            {
                var file = Path.Combine(dir, "area.yaml");
                if (!File.Exists(file)) continue;
                var content = ReadYaml<AreaContent>(file, diagnostics);
                if (content is null) continue;
                content.Folder = Path.GetFileName(dir);
                if (string.IsNullOrWhiteSpace(content.Code))
                    diagnostics.Error("TPL003", "The area file has no 'code'.", file, fix: "Add 'code: E10000003' (the area's GSS code).");
                AreaContentChecks_Run(content, file, diagnostics);
                areas.Add(content);
            }
        }
        return new ReportProject { Folder = folder, Definition = definition, Areas = areas, AreasFolder = areasFolder };
    }

    private static void AreaContentChecks_Run(AreaContent content, string file, DiagnosticBag diagnostics) =>
        Blocks.AreaContentChecks.Check(content, file, diagnostics);

    // YamlDotNet speaks of .NET types and properties; an analyst edits keys in a file.
    private static string LibraryWording(string message)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(message, @"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", "");
        var unknown = System.Text.RegularExpressions.Regex.Match(text, @"Property '([^']+)' not found on type '[^']+'");
        if (unknown.Success) return $"the key '{unknown.Groups[1].Value}' is not one this file can have (a misspelling?).";
        return System.Text.RegularExpressions.Regex.Replace(text, @"'[A-Za-z0-9_.`]+\.([A-Za-z0-9_`]+)'", "'$1'");
    }

    private static T? ReadYaml<T>(string file, DiagnosticBag diagnostics) where T : class, new()
    {
        string text;
        try
        {
            if (new FileInfo(file).Length > Data.YamlSafety.MaxChars)
            {
                diagnostics.Error("TPL004", "The file is too large for a settings file.", file, fix: "Check this is the right file.");
                return null;
            }
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("TPL004", $"The file could not be read: {ErrorText.Plain(e)}", file,
                fix: "Check the file exists, is not a broken or looping link, and that you may read it.");
            return null;
        }
        // Syntax errors at the right line, and aliases (which can expand without limit) refused, before deserialising.
        if (Data.YamlSafety.Check(text) is { } problem)
        {
            diagnostics.Error("TPL004", problem.Message, file, problem.Line, fix: problem.Fix);
            return null;
        }
        try
        {
            return Yaml.Deserialize<T>(text) ?? new T();
        }
        catch (YamlException e)
        {
            var detail = LibraryWording(e.InnerException is { } inner ? ErrorText.Plain(inner) : e.Message);
            diagnostics.Error("TPL004", $"Could not read the YAML: {detail}", file, (int)Math.Max(e.Start.Line, 1),
                fix: "Check indentation and option names (see templates/README.md); quote text that contains a colon.");
            return null;
        }
    }
}
