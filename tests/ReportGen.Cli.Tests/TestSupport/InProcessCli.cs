using System.Reflection;

namespace ReportGen.Cli.Tests.TestSupport;

/// <summary>
/// Tests that swap Console.Out and Console.Error belong here, so xunit never runs two of them at once.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}

/// <summary>What one in-process run of reportgen printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error);

/// <summary>
/// Runs reportgen in this process through its real entry point (Program.cs), so the commands are wired up exactly
/// as on the command line, and captures what it prints.
/// </summary>
public static class InProcessCli
{
    private static readonly MethodInfo EntryPoint =
        Assembly.Load("reportgen").EntryPoint
        ?? throw new InvalidOperationException("reportgen has no entry point.");

    public static CliRun Run(params string[] args)
    {
        var originalOut = Console.Out;
        var originalError = Console.Error;
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            // Top-level statements compile to a Main that returns int or Task<int>, depending on the compiler's wrapper.
            var returned = EntryPoint.Invoke(null, [args]);
            var code = returned switch
            {
                int i => i,
                Task<int> task => task.GetAwaiter().GetResult(),
                _ => throw new InvalidOperationException($"Unexpected return from Main: {returned}"),
            };
            return new CliRun(code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }
}

/// <summary>A fresh folder under the system temp folder, deleted when disposed.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reportgen-cli-tests-" + Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    /// <summary>Writes a file (creating folders) and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, text);
        return full;
    }

    public string File(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a leftover temp folder does no harm */ }
    }
}
