using ReportGen.Publishing;

namespace ReportGen.Publishing.Tests;

public sealed class OutputFolderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "rg-out-" + Guid.NewGuid().ToString("N"));

    public void Dispose() { if (Directory.Exists(_dir)) Directory.Delete(_dir, true); }

    private BuildManifest ManifestFor(string file) => new()
    {
        AreaCode = "X", AreaName = "X", Outputs = [new FileHash(Path.GetFileName(file), BuildManifest.Sha256Of(file))],
    };

    [Fact]
    public void Nothing_in_place_changes_until_commit_and_uncommitted_staging_is_cleared_next_time()
    {
        Directory.CreateDirectory(_dir);
        var final = Path.Combine(_dir, "report.docx");
        File.WriteAllText(final, "previous");
        var folder = new OutputFolder(_dir);
        File.WriteAllText(folder.StagedPath("report.docx"), "new");
        Assert.Equal("previous", File.ReadAllText(final)); // an interruption here leaves the previous output

        // A build that died left its staging folder (named with its process id); the next build clears it.
        var abandoned = Path.Combine(_dir, $".reportgen-staging-{Hardening.DeadProcess.Id()}-0badf00d");
        Directory.CreateDirectory(abandoned);
        var again = new OutputFolder(_dir);
        Assert.False(Directory.Exists(abandoned));
        Assert.True(Directory.Exists(folder.Staging));   // a live build's staging folder is never touched
        File.WriteAllText(again.StagedPath("report.docx"), "new");
        again.Commit(["report.docx"], new HashSet<string>(), " (new)");
        Assert.Equal("new", File.ReadAllText(final));
        Assert.False(Directory.Exists(again.Staging));
    }

    [Fact]
    public void An_edited_draft_is_detected_and_kept_while_the_new_draft_goes_beside_it()
    {
        Directory.CreateDirectory(_dir);
        var final = Path.Combine(_dir, "report.docx");
        File.WriteAllText(final, "generated");
        var manifest = ManifestFor(final);
        Assert.False(OutputFolder.WasEditedSinceGenerated(final, manifest));

        File.AppendAllText(final, " plus an analyst's edits");
        Assert.True(OutputFolder.WasEditedSinceGenerated(final, manifest));

        var folder = new OutputFolder(_dir);
        File.WriteAllText(folder.StagedPath("report.docx"), "regenerated");
        var committed = Assert.Single(folder.Commit(["report.docx"], new HashSet<string> { "report.docx" }, " (new draft)"));
        Assert.True(committed.KeptEditedDraft);
        Assert.Equal("generated plus an analyst's edits", File.ReadAllText(final));
        Assert.Equal("regenerated", File.ReadAllText(Path.Combine(_dir, "report (new draft).docx")));
    }

    [Fact]
    public void A_file_the_tool_never_wrote_is_not_overwritten_once_a_manifest_exists()
    {
        Directory.CreateDirectory(_dir);
        var stranger = Path.Combine(_dir, "notes.docx");
        File.WriteAllText(stranger, "mine");
        Assert.True(OutputFolder.WasEditedSinceGenerated(stranger, new BuildManifest { AreaCode = "X", AreaName = "X" }));
        Assert.False(OutputFolder.WasEditedSinceGenerated(Path.Combine(_dir, "absent.docx"), new BuildManifest { AreaCode = "X", AreaName = "X" }));
    }

    [Fact]
    public void Manifests_round_trip_through_json()
    {
        Directory.CreateDirectory(_dir);
        var m = new BuildManifest
        {
            AreaCode = "E06000031", AreaName = "Peterborough", TemplateVersion = "abc",
            Values = [new ManifestValue("x", "E06000031", "2023", "value", "1.0%", 1.0, 0.5, 1.5, "Similar", "c.md")],
        };
        var path = Path.Combine(_dir, BuildManifest.FileName);
        OutputFolder.WriteAllTextAtomic(path, m.ToJson());
        var back = BuildManifest.Read(path)!;
        Assert.Equal(m.AreaName, back.AreaName);
        Assert.Equal(m.Values[0], back.Values[0]);
        Assert.Contains("\"area_code\"", File.ReadAllText(path));
    }
}
