using System.Collections.Concurrent;

namespace ReportGen.Cli.Tests.TestSupport;

/// <summary>One finished in-process build of the bundled data and templates, shared by every test that asks for it.</summary>
public sealed class SharedBuild(string output, CliRun run)
{
    /// <summary>The --out folder. Read it, never change it: copy it with <see cref="CopyTo"/> first.</summary>
    public string Output { get; } = output;
    public CliRun Run { get; } = run;

    /// <summary>The folder of one area (by folder name, e.g. "cambridgeshire").</summary>
    public string Area(string folder) => Path.Combine(Output, folder);

    /// <summary>A private copy of the whole output folder (area folders, manifests, reports) at <paramref name="into"/>.</summary>
    public string CopyTo(string into)
    {
        Assert.True(Run.ExitCode == 0, "the shared build failed:\n" + Run.All);
        foreach (var file in Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Output, file);
            // The output lock belongs to the build that made the folder, not to its contents.
            if (Path.GetFileName(relative).StartsWith(".reportgen.lock", StringComparison.Ordinal)) continue;
            var target = Path.Combine(into, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return into;
    }
}

/// <summary>
/// Builds of the bundled inputs that several tests start from, each made once per test run (in process) and shared:
/// a test that only reads the outputs reads the shared folder, and a test that changes them works on a copy. A build
/// is keyed by its arguments, so two tests asking for the same build get the same one.
/// </summary>
public static class SharedBuilds
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "reportgen-shared-builds-" + Guid.NewGuid().ToString("N")[..8]);
    private static readonly ConcurrentDictionary<string, Lazy<SharedBuild>> Builds = new();

    static SharedBuilds()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
    }

    /// <summary>Every bundled area, in every default format (Word, PDF and web page): <c>reportgen build</c>.</summary>
    public static SharedBuild AllAreas => Get();

    /// <summary>Cambridgeshire, Word only: <c>reportgen build --area Cambridgeshire --format docx</c>.</summary>
    public static SharedBuild CambridgeshireDocx => Get("--area", "Cambridgeshire", "--format", "docx");

    /// <summary><c>reportgen build</c> with these arguments and a fresh --out folder, made once.</summary>
    public static SharedBuild Get(params string[] args) =>
        Builds.GetOrAdd(string.Join('\u001f', args), _ => new Lazy<SharedBuild>(() =>
        {
            var output = Path.Combine(Root, Guid.NewGuid().ToString("N")[..8]);
            var run = InProcessCli.Run(["build", .. args, "--out", output]);
            return new SharedBuild(output, run);
        })).Value;
}
