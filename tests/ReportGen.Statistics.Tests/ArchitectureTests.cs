namespace ReportGen.Statistics.Tests;

/// <summary>
/// Issue 3: the statistics code does not depend on the document or chart code. It is a library of pure functions, so it
/// may reference no other ReportGen project at all.
/// </summary>
public class ArchitectureTests
{
    [Fact]
    public void The_statistics_assembly_references_no_other_reportgen_assembly()
    {
        var referenced = typeof(Estimate).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("MathNet.Numerics", referenced);   // the list really holds the references it uses
        Assert.DoesNotContain(referenced, name => name.StartsWith("ReportGen", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_statistics_project_file_has_no_project_reference()
    {
        // The compiler drops references nothing uses, so a stray project reference would not show in the assembly.
        var project = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "ReportGen.Statistics", "ReportGen.Statistics.csproj"));
        Assert.DoesNotContain("ProjectReference", project, StringComparison.OrdinalIgnoreCase);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("ReportGen.sln not found above the test folder.");
    }
}
