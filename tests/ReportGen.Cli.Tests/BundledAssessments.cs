namespace ReportGen.Cli.Tests;

/// <summary>
/// Builds every bundled area once (Word and PDF) into a temporary folder; the end-to-end tests read the results.
/// </summary>
public sealed class BundledAssessments : IDisposable
{
    public BundledAssessments()
    {
        Output = CliRunner.TempFolder("rg-e2e");
        Build = CliRunner.Run("build", "--out", Output);
    }

    public string Output { get; }
    public CliRunner.Result Build { get; }

    public IReadOnlyList<string> Files(string extension) =>
        Directory.EnumerateFiles(Output, "*" + extension, SearchOption.AllDirectories).Order().ToList();

    public void Dispose()
    {
        try { Directory.Delete(Output, true); } catch (IOException) { }
    }
}

/// <summary>The end-to-end test classes share one build of the bundled areas.</summary>
[CollectionDefinition(Name)]
public sealed class BundledAssessmentsCollection : ICollectionFixture<BundledAssessments>
{
    public const string Name = "bundled assessments";
}
