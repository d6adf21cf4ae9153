using ReportGen.Data.Diagnostics;
using ReportGen.Templates.Definitions;

namespace ReportGen.Templates.Tests;

/// <summary>
/// Bad template folders made from the bundled templates: a looping link, an alias bomb in area.yaml, a misspelt
/// key. Each gives one error naming the broken file, in plain words, instead of a stack trace or a hang.
/// </summary>
public sealed class TemplateHardeningTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "reportgen-tpl-hardening-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string _report;

    public TemplateHardeningTests()
    {
        var source = Path.Combine(RepoRoot(), "templates", "dana");
        _report = Path.Combine(_dir, "dana");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_report, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("no repository root");
    }

    private static void Plain(Diagnostic d)
    {
        var text = d.ToString();
        Assert.Contains("Fix:", text);
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain("ReportGen.Templates", text);   // no .NET type names
        Assert.DoesNotContain("Idx:", text);
    }

    [Fact]
    public void The_bundled_report_loads_cleanly()
    {
        var diagnostics = new DiagnosticBag();
        Assert.NotNull(ReportProject.Load(_report, diagnostics));
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Errors));
    }

    [Fact]
    public void A_symbolic_link_loop_in_the_templates_is_one_error_naming_the_link()
    {
        var link = Path.Combine(_report, "partials", "loop.md");
        File.CreateSymbolicLink(link, link);
        var diagnostics = new DiagnosticBag();
        ReportProject.Load(_report, diagnostics);
        var d = Assert.Single(diagnostics.Errors);
        Assert.Equal(link, d.File);
        Assert.Contains("loop", d.Message);
        Plain(d);
    }

    [Fact]
    public void A_chapter_that_is_a_looping_link_is_named_as_such_not_as_missing()
    {
        var diagnostics = new DiagnosticBag();
        var project = ReportProject.Load(_report, diagnostics)!;
        var chapter = Path.Combine(_report, project.Definition.Chapters[0].File);
        File.Delete(chapter);
        File.CreateSymbolicLink(chapter, chapter);
        diagnostics = new DiagnosticBag();
        ReportProject.Load(_report, diagnostics);
        Assert.Contains(diagnostics.Errors, d => d.Code == "TPL002" && d.Message.Contains("loop"));
        Assert.All(diagnostics.Errors, Plain);
    }

    [Fact]
    public void An_alias_bomb_in_area_yaml_is_refused_at_its_line()
    {
        var file = Path.Combine(_report, "areas", "peterborough", "area.yaml");
        File.AppendAllText(file, "\nx0: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\nx1: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nx2: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n");
        int line = File.ReadAllLines(file).Length - 1;
        var diagnostics = new DiagnosticBag();
        ReportProject.Load(_report, diagnostics);
        var d = Assert.Single(diagnostics.Errors);
        Assert.Equal(file, d.File);
        Assert.Equal(line, d.Line);
        Assert.Contains("alias", d.Message);
        Plain(d);
    }

    [Fact]
    public void A_misspelt_key_in_area_yaml_names_the_key_not_a_dotnet_property()
    {
        var file = Path.Combine(_report, "areas", "cambridgeshire", "area.yaml");
        var lines = File.ReadAllLines(file);
        int index = Array.FindIndex(lines, l => l.StartsWith("organisation:", StringComparison.Ordinal));
        lines[index] = lines[index].Replace("organisation:", "organisaton:");
        File.WriteAllLines(file, lines);
        var diagnostics = new DiagnosticBag();
        ReportProject.Load(_report, diagnostics);
        var d = Assert.Single(diagnostics.Errors);
        Assert.Equal(index + 1, d.Line);
        Assert.Contains("'organisaton'", d.Message);
        Plain(d);
    }
}
