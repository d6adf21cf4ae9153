using ReportGen.Cli.Tests.TestSupport;

namespace ReportGen.Cli.Tests;

/// <summary>
/// Issue 7: rebuilding after a data update says what changed, and never destroys an edited draft. Each case starts
/// from a copy of a shared build of the bundled inputs (<see cref="SharedBuilds"/>) in place of a first build of its own.
/// </summary>
public sealed class RegenerationTests : IDisposable
{
    private readonly string _dir = CliRunner.TempFolder("rg-regen");

    public void Dispose() { try { Directory.Delete(_dir, true); } catch (IOException) { } }

    private static CliRun Build(string data, string output) =>
        InProcessCli.Run("build", "--area", "Cambridgeshire", "--data", data, "--out", output, "--format", "docx");

    [Fact]
    public void Changing_one_value_gives_a_change_report_naming_that_indicator_area_values_and_flip_and_nothing_else()
    {
        var data = CliRunner.CopyOf("data", Path.Combine(_dir, "data"));
        var output = Path.Combine(_dir, "out");
        // The first build: the shared one of the bundled data, which the copy in data/ still equals.
        SharedBuilds.CambridgeshireDocx.CopyTo(output);

        // Cambridgeshire's latest alcohol-specific mortality, made much higher (with limits clear of England's).
        var file = Path.Combine(data, "tidy", "lape-mortality.csv");
        var lines = File.ReadAllLines(file);
        var header = lines[0].Split(',');
        int Col(string n) => Array.IndexOf(header, n);
        var target = lines.Select((l, i) => (Cells: l.Split(','), Index: i)).Skip(1)
            .Where(r => r.Cells[Col("indicator_id")] == "alcohol_specific_mortality" && r.Cells[Col("area_code")] == "E10000003"
                && r.Cells[Col("sex")] is "" or "Persons" && r.Cells[Col("category")] == "")
            .OrderBy(r => r.Cells[Col("period")], StringComparer.Ordinal).Last();
        var oldValue = target.Cells[Col("value")];
        target.Cells[Col("value")] = "31.5";
        target.Cells[Col("lower_95")] = "29.0";
        target.Cells[Col("upper_95")] = "34.0";
        lines[target.Index] = string.Join(',', target.Cells);
        File.WriteAllLines(file, lines);

        var firstManifest = Path.Combine(_dir, "first-manifest.json");
        File.Copy(Path.Combine(output, "cambridgeshire", "manifest.json"), firstManifest);
        var rebuilt = Build(data, output);
        Assert.Equal(0, rebuilt.ExitCode);
        var csv = File.ReadAllLines(Path.Combine(output, "cambridgeshire", "changes.csv")).Skip(1).ToList();
        Assert.NotEmpty(csv);
        Assert.All(csv, row => Assert.Contains("alcohol_specific_mortality", row));
        Assert.Contains(csv, row => row.StartsWith("ValueChanged,Cambridgeshire,") && row.Contains(oldValue.TrimEnd('0').TrimEnd('.')) && row.Contains("31.5"));
        Assert.Contains(csv, row => row.StartsWith("ComparisonChanged,") && row.Contains("Worse"));
        var markdown = File.ReadAllText(Path.Combine(output, "cambridgeshire", "changes.md"));
        Assert.Contains("alcohol_specific_mortality", markdown);
        Assert.Contains("changed", rebuilt.Error);

        // diff compares any two builds: the same answer from the saved first manifest and the new output folder.
        var diff = InProcessCli.Run("diff", firstManifest, Path.Combine(output, "cambridgeshire"), "--csv");
        Assert.Equal(0, diff.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(output, "cambridgeshire", "changes.csv")).Trim(), diff.Out.Trim());
    }

    [Fact]
    public void A_build_killed_part_way_leaves_the_previous_outputs_byte_identical()
    {
        var output = Path.Combine(_dir, "out");
        // The previous outputs: Cambridgeshire's Word, PDF and web page from the shared build of every area.
        var shared = SharedBuilds.AllAreas;
        Assert.True(shared.Run.ExitCode == 0, shared.Run.All);
        var folder = Path.Combine(output, "cambridgeshire");
        CliRunner.CopyOf(shared.Area("cambridgeshire"), folder);
        var before = Directory.GetFiles(folder).ToDictionary(f => f, File.ReadAllBytes);

        // Start a second build and kill it (SIGKILL, with its office processes) once it is writing its staging folder.
        var psi = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "reportgen.dll"), "build", "--area", "Cambridgeshire", "--out", output })
            psi.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(psi)!;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !Directory.GetDirectories(folder, ".reportgen-staging*").Any(d => Directory.EnumerateFiles(d).Any()))
            Thread.Sleep(50);
        Thread.Sleep(500);
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        foreach (var (file, bytes) in before)
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(file)), $"{Path.GetFileName(file)} changed");
        Assert.Equal(before.Keys.Order(), Directory.GetFiles(folder).Order());

        // The next build clears the abandoned staging folder and completes.
        Assert.Equal(0, InProcessCli.Run("build", "--area", "Cambridgeshire", "--out", output, "--format", "docx").ExitCode);
        Assert.Empty(Directory.GetDirectories(folder, ".reportgen-staging*"));
    }

    [Fact]
    public void An_edited_docx_is_not_overwritten_and_the_new_draft_is_written_beside_it()
    {
        var output = Path.Combine(_dir, "out");
        SharedBuilds.CambridgeshireDocx.CopyTo(output);
        var docx = Directory.GetFiles(Path.Combine(output, "cambridgeshire"), "*.docx").Single();
        File.AppendAllText(docx, "an analyst's edit");
        var edited = File.ReadAllBytes(docx);

        var again = Build(Path.Combine(CliRunner.RepoRoot, "data"), output);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(edited, File.ReadAllBytes(docx));
        Assert.Contains("was edited after it was generated", again.Error);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(output, "cambridgeshire"), "*.docx").Length);

        var forced = InProcessCli.Run("build", "--area", "Cambridgeshire", "--out", output, "--format", "docx", "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.NotEqual(edited, File.ReadAllBytes(docx));
    }
}
