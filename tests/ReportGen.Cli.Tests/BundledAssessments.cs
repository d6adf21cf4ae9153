using ReportGen.Cli.Tests.TestSupport;

namespace ReportGen.Cli.Tests;

/// <summary>
/// Every bundled area built once (Word, PDF and web page, the default formats) in process; the end-to-end tests read
/// the results. The build is the shared one (<see cref="SharedBuilds.AllAreas"/>), so other tests may start from it too.
/// </summary>
public sealed class BundledAssessments
{
    private readonly SharedBuild _build = SharedBuilds.AllAreas;

    public string Output => _build.Output;
    public CliRun Build => _build.Run;

    public IReadOnlyList<string> Files(string extension) =>
        Directory.EnumerateFiles(Output, "*" + extension, SearchOption.AllDirectories).Order().ToList();
}

/// <summary>The end-to-end test classes share one build of the bundled areas.</summary>
[CollectionDefinition(Name)]
public sealed class BundledAssessmentsCollection : ICollectionFixture<BundledAssessments>
{
    public const string Name = "bundled assessments";
}
