using System.Diagnostics;
using ReportGen.Cli.Tests.TestSupport;
using ReportGen.Publishing;

namespace ReportGen.Cli.Tests;

/// <summary>
/// Faults around a build: another build holding the output folder, LibreOffice missing when a PDF is asked for and an
/// output folder that cannot be made are run through the real tool as a separate process (their settings come from
/// environment variables, and the process's exit code and output are the point); validate --templates reporting
/// template problems as build does runs in process. Every case exits non-zero with a one-line error and no stack trace.
/// </summary>
public sealed class HardeningCliTests : IDisposable
{
    private readonly string _dir = CliRunner.TempFolder("rg-hardening");

    public void Dispose() { try { Directory.Delete(_dir, true); } catch (IOException) { } }

    private static CliRunner.Result Run(IDictionary<string, string> env, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = CliRunner.RepoRoot };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reportgen.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(10))) { p.Kill(true); throw new TimeoutException(string.Join(' ', args)); }
        return new CliRunner.Result(p.ExitCode, stdout.Result, stderr.Result);
    }

    private static void NoStackTrace(string all)
    {
        Assert.DoesNotContain("   at ", all);
        Assert.DoesNotContain("Unhandled exception", all);
    }

    [Fact]
    public void A_build_into_a_folder_another_build_holds_is_refused_with_a_message()
    {
        var output = Path.Combine(_dir, "out");
        using var held = OutputLock.Acquire(output, TimeSpan.Zero);
        var r = Run(new Dictionary<string, string> { ["REPORTGEN_LOCK_WAIT_SECONDS"] = "1" },
            "build", "--area", "peterborough", "--format", "docx", "--out", output);
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("error output-folder: Another build is writing to", r.Error);
        Assert.Contains("Fix:", r.Error);
        Assert.False(Directory.Exists(Path.Combine(output, "peterborough")));
        NoStackTrace(r.All);
    }

    [Fact]
    public void A_pdf_asked_for_without_libreoffice_fails_the_build_but_delivers_the_word_file()
    {
        var output = Path.Combine(_dir, "out");
        var r = Run(new Dictionary<string, string> { ["REPORTGEN_SOFFICE"] = Path.Combine(_dir, "no-such-soffice") },
            "build", "--area", "peterborough", "--format", "docx,pdf", "--out", output);
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("error pdf-unavailable:", r.Error);
        Assert.Single(Directory.GetFiles(Path.Combine(output, "peterborough"), "*.docx"));
        Assert.Empty(Directory.GetFiles(Path.Combine(output, "peterborough"), "*.pdf"));
        Assert.Empty(Directory.GetDirectories(Path.Combine(output, "peterborough"), ".reportgen-staging*"));
        NoStackTrace(r.All);
    }

    [Fact]
    public void An_output_folder_that_cannot_be_made_is_one_plain_error()
    {
        var blocker = Path.Combine(_dir, "a-file");
        File.WriteAllText(blocker, "not a folder");
        var r = CliRunner.Run("build", "--area", "peterborough", "--format", "docx", "--out", Path.Combine(blocker, "out"));
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("error output-folder:", r.Error);
        NoStackTrace(r.All);
    }

    [Fact]
    public void Validate_with_templates_reports_an_area_yaml_problem_with_the_same_message_as_build()
    {
        var templates = CliRunner.CopyOf("templates", Path.Combine(_dir, "templates"));
        var file = Path.Combine(templates, "dana", "areas", "cambridgeshire", "area.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\norganisation:", "\norganisaton:"));

        var plain = InProcessCli.Run("validate");
        Assert.Equal(0, plain.ExitCode);   // data alone is fine
        var validate = InProcessCli.Run("validate", "--templates", templates);
        Assert.Equal(1, validate.ExitCode);
        var build = InProcessCli.Run("build", "--templates", templates, "--format", "docx", "--out", Path.Combine(_dir, "out"));
        Assert.NotEqual(0, build.ExitCode);

        static string Line(string text) => text.Split('\n').Single(l => l.StartsWith("error TPL004", StringComparison.Ordinal)).Trim();
        Assert.Equal(Line(build.Error), Line(validate.Error));
        Assert.Contains("area.yaml", Line(validate.Error));
        NoStackTrace(validate.All);
    }
}
