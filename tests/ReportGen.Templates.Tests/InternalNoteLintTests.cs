using ReportGen.Data;
using ReportGen.Data.Diagnostics;
using ReportGen.Templates.Definitions;
using ReportGen.Templates.Lint;

namespace ReportGen.Templates.Tests;

/// <summary>
/// Issue 17: no working note ("TODO", "check this", a bracketed "[illustrative]" remark) may reach a printed report.
/// The lint reads the templates as written and names the file and line of each note; comments are not printed and
/// are not reported.
/// </summary>
public sealed class InternalNoteLintTests : IDisposable
{
    private static readonly Lazy<DataSet> Data = new(() => DataLoader.Load(Path.Combine(RepoRoot(), "data")));
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "reportgen-notes-" + Guid.NewGuid().ToString("N")[..8]);

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

    private string CopyTemplates()
    {
        var source = Path.Combine(RepoRoot(), "templates");
        var target = Path.Combine(_dir, "templates");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return target;
    }

    private static List<LintFinding> Notes(string templates, string report)
    {
        var diagnostics = new DiagnosticBag();
        var project = ReportProject.Load(Path.Combine(templates, report), diagnostics);
        Assert.NotNull(project);
        return new ReportLint(Data.Value).Check(project).Where(f => f.Rule == "internal-note").ToList();
    }

    private static int LineOf(string file, string text) =>
        Array.FindIndex(File.ReadAllLines(file), l => l.Contains(text, StringComparison.Ordinal)) + 1;

    [Fact]
    public void The_bundled_reports_hold_no_working_notes()
    {
        var templates = Path.Combine(RepoRoot(), "templates");
        var found = Notes(templates, "dana").Concat(Notes(templates, "summary")).ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public void Notes_in_chapters_area_text_and_area_yaml_are_found_at_their_lines_and_comments_are_not()
    {
        var templates = CopyTemplates();
        var chapter = Path.Combine(templates, "dana", "chapters", "05e-mortality.md");
        File.AppendAllText(chapter,
            "\nDeaths rose in {{ area.name }}. TODO: add the 2024 registrations.\n" +
            "\n{% comment %}TODO: a note kept in a Liquid comment is not printed.{% endcomment %}\n");
        var areaText = Path.Combine(templates, "dana", "areas", "peterborough", "qualitative-findings.md");
        File.AppendAllText(areaText, "\nMost partners [illustrative] were confident in the offer.\n");
        var yaml = Path.Combine(templates, "dana", "areas", "cambridgeshire", "area.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml)
            .Replace("    summary: Press for sustainable funding", "    # TODO: a YAML comment is not printed either.\n    summary: Press (check with commissioners) for sustainable funding"));

        var found = Notes(templates, "dana");

        Assert.Equal(3, found.Count);
        Assert.Contains(found, f => f.File.EndsWith("05e-mortality.md") && f.Line == LineOf(chapter, "TODO: add") && f.Message.Contains("\"TODO\""));
        Assert.Contains(found, f => f.File.EndsWith("qualitative-findings.md") && f.Line == LineOf(areaText, "[illustrative]") && f.Message.Contains("[illustrative]"));
        Assert.Contains(found, f => f.File.EndsWith("area.yaml") && f.Line == LineOf(yaml, "(check with commissioners)") && f.Message.Contains("check with"));
        Assert.All(found, f => Assert.Contains("Fix:", f.ToString()));
    }

    [Fact]
    public void Links_cross_references_footnotes_and_citations_are_not_mistaken_for_notes()
    {
        var templates = CopyTemplates();
        var chapter = Path.Combine(templates, "dana", "chapters", "05e-mortality.md");
        File.AppendAllText(chapter,
            "\nSee [Check the latest data on Fingertips](https://fingertips.phe.org.uk) and [](#sec-drug-deaths).[^note-a] [@ons-deaths]\n" +
            "\n[^note-a]: Notes on the method are in the source.\n");
        Assert.Empty(Notes(templates, "dana"));
    }

    [Fact]
    public void A_path_into_the_project_printed_in_the_report_is_a_note_but_a_link_to_a_file_is_not()
    {
        var templates = CopyTemplates();
        var chapter = Path.Combine(templates, "dana", "chapters", "05e-mortality.md");
        File.AppendAllText(chapter,
            "\nThe figures come from data/tidy/drug-deaths.csv, as set in indicators.yaml.\n" +
            "\nThe [published tables](https://www.ons.gov.uk/data/deaths.csv) give the same figures.\n");

        var found = Notes(templates, "dana");

        var note = Assert.Single(found);
        Assert.Equal(LineOf(chapter, "data/tidy/drug-deaths.csv"), note.Line);
        Assert.Contains("path into the project", note.Message);
    }
}
