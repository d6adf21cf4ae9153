using System.Reflection;
using System.Text;

namespace ReportGen.Cli.Tests.TestSupport;

/// <summary>
/// Kept so that test classes written against the old name still compile. It no longer stops other tests running at the
/// same time: <see cref="InProcessCli"/> captures each run's output on its own, so no test needs to run alone for it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}

/// <summary>What one in-process run of reportgen printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public string All => Out + "\n" + Error;
}

/// <summary>
/// Runs reportgen in this process through its real entry point (Program.cs), so the commands are wired up exactly
/// as on the command line, and captures what it prints.
/// </summary>
/// <remarks>
/// The tool prints through <see cref="Console.Out"/> and <see cref="Console.Error"/>, which are process-wide. So that
/// runs may go side by side (xunit runs test classes in parallel), both are replaced once by a writer that sends each
/// write to the capture of the run it belongs to: the run's capture is held in an <see cref="AsyncLocal{T}"/>, which
/// flows into the tasks and parallel loops a run starts. Writes from outside any run go to the original console.
/// </remarks>
public static class InProcessCli
{
    /// <summary>
    /// The asynchronous Main the compiler makes of Program.cs's top-level statements (<c>&lt;Main&gt;$</c>, returning
    /// Task&lt;int&gt;); the assembly's entry point only blocks on it.
    /// </summary>
    private static readonly MethodInfo MainAsync = FindMainAsync();

    private static MethodInfo FindMainAsync()
    {
        var entry = Assembly.Load("reportgen").EntryPoint ?? throw new InvalidOperationException("reportgen has no entry point.");
        if (entry.ReturnType == typeof(Task<int>)) return entry;
        return entry.DeclaringType!.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
            .SingleOrDefault(m => m.ReturnType == typeof(Task<int>) && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(string[]))
            ?? throw new InvalidOperationException("reportgen's Main does not return Task<int>.");
    }

    private static readonly AsyncLocal<Capture?> Current = new();

    static InProcessCli()
    {
        Console.SetOut(new RoutingWriter(Console.Out, c => c.Out));
        Console.SetError(new RoutingWriter(Console.Error, c => c.Error));
    }

    public static CliRun Run(params string[] args) => RunAsync(args).GetAwaiter().GetResult();

    public static Task<CliRun> RunAsync(params string[] args) =>
        // Task.Run gives the run its own flow, so the capture set inside it never leaks into the caller's.
        Task.Run(async () =>
        {
            var capture = new Capture();
            Current.Value = capture;
            var code = await (Task<int>)MainAsync.Invoke(null, [args])!;
            return new CliRun(code, capture.Out.ToString(), capture.Error.ToString());
        });

    private sealed class Capture
    {
        public StringBuilder Out { get; } = new();
        public StringBuilder Error { get; } = new();
    }

    /// <summary>Sends each write to the current run's capture, or to the original writer outside a run.</summary>
    private sealed class RoutingWriter(TextWriter original, Func<Capture, StringBuilder> pick) : TextWriter
    {
        public override Encoding Encoding => original.Encoding;

        private void Send(string? text)
        {
            if (text is null) return;
            if (Current.Value is { } capture)
            {
                var target = pick(capture);
                lock (target) target.Append(text);
            }
            else original.Write(text);
        }

        public override void Write(char value) => Send(value.ToString());
        public override void Write(string? value) => Send(value);
        public override void Write(char[] buffer, int index, int count) => Send(new string(buffer, index, count));
        public override void Write(ReadOnlySpan<char> buffer) => Send(new string(buffer));
        public override void WriteLine() => Send(NewLine);
        public override void WriteLine(string? value) => Send(value + NewLine);
        public override void WriteLine(ReadOnlySpan<char> buffer) => Send(new string(buffer) + NewLine);

        public override void Flush()
        {
            if (Current.Value is null) original.Flush();
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
