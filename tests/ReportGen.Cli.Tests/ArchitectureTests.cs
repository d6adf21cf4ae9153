using ReportGen.Docx;

namespace ReportGen.Cli.Tests;

/// <summary>The Word writer turns a finished document model into a file; it must not reach back into data, statistics, templates or charts.</summary>
public class ArchitectureTests
{
    private static readonly string[] Forbidden = ["ReportGen.Data", "ReportGen.Statistics", "ReportGen.Templates", "ReportGen.Charts"];

    [Fact]
    public void The_docx_writer_references_no_data_statistics_template_or_chart_assembly()
    {
        var referenced = typeof(DocxWriter).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("ReportGen.Documents", referenced);   // the reflection sees project references at all
        Assert.Empty(referenced.Intersect(Forbidden, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_docx_project_file_has_no_reference_to_them_either()
    {
        // An unused project reference leaves no trace in the compiled assembly, so the project file is checked too.
        var project = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "ReportGen.Docx", "ReportGen.Docx.csproj"));
        Assert.All(Forbidden, name => Assert.DoesNotContain(name + ".csproj", project, StringComparison.OrdinalIgnoreCase));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("ReportGen.sln not found above the test folder.");
    }
}
