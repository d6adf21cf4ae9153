using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using System.Text.RegularExpressions;
using ReportGen.Cli.Tests.TestSupport;
using ReportGen.Data.Diagnostics;
using ReportGen.Templates.References;
using Xunit.Abstractions;

namespace ReportGen.Cli.Tests;

/// <summary>
/// Issue 16, references as data: every "Source: ..." line under a figure or table of the built Cambridgeshire report
/// either links to where the source is published or cites a bibliography entry for local data that is unpublished
/// (no address, a note beginning "Unpublished"), and is dated: by the publication year of a source it cites, or by
/// the period of the data the figure or table shows ("Data for 2021-23."). Reads the shared Word-only build of Cambridgeshire.
/// </summary>
public sealed partial class SourceNoteReferenceTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_source_note_of_Cambridgeshire_links_its_source_or_cites_an_unpublished_reference()
    {
        var build = SharedBuilds.CambridgeshireDocx;
        Assert.True(build.Run.ExitCode == 0, "the shared build failed:\n" + build.Run.All);
        var diagnostics = new DiagnosticBag();
        var bibliography = Bibliography.Load(Path.Combine(CliRunner.RepoRoot, "templates", "dana"), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Errors));
        // As printed: "Publisher (undated). Title. Unpublished ..." (the link-free citation of each unpublished entry).
        var unpublished = bibliography.Entries.Where(r => r.Unpublished).Select(r => r.Citation.TrimEnd('.')).ToList();
        Assert.NotEmpty(unpublished);

        using var doc = WordprocessingDocument.Open(Directory.EnumerateFiles(build.Area("cambridgeshire"), "*.docx").Single(), false);
        var main = doc.MainDocumentPart!;
        var external = main.HyperlinkRelationships
            .Where(r => r.Uri.IsAbsoluteUri && r.Uri.Scheme is "https" or "http").Select(r => r.Id).ToHashSet();
        var notes = main.Document!.Body!.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "SourceNote" && p.InnerText.StartsWith("Source", StringComparison.Ordinal))
            .ToList();
        var linked = notes.Where(p => p.Descendants<Hyperlink>().Any(h => h.Id?.Value is { } id && external.Contains(id))).ToList();
        var local = notes.Except(linked).Where(p => unpublished.Any(c => p.InnerText.Contains(c, StringComparison.Ordinal))).ToList();
        var bare = notes.Except(linked).Except(local).Select(p => p.InnerText).ToList();

        output.WriteLine($"Cambridgeshire: {notes.Count} source notes; {linked.Count} linked, {local.Count} citing unpublished local data, {bare.Count} neither.");
        // The report has well over a hundred figures and tables: far fewer notes means the notes were not found at all.
        Assert.True(notes.Count > 100, $"only {notes.Count} source notes found");
        Assert.True(bare.Count == 0, "source notes with neither a link nor an unpublished reference:\n" + string.Join("\n", bare));

        // Dated: a cited source's publication year, "Publisher (2024). Title", or the data's period, "Data for 2023/24."
        var withYear = notes.Where(p => PublicationYear().IsMatch(p.InnerText)).ToList();
        var withPeriod = notes.Where(p => DataPeriod().IsMatch(p.InnerText)).ToList();
        var undated = notes.Except(withYear).Except(withPeriod).Select(p => p.InnerText).ToList();
        output.WriteLine($"Cambridgeshire: {notes.Count - undated.Count} of {notes.Count} source notes dated; {withYear.Count} give a publication year, "
            + $"{withPeriod.Count} the period of the data shown, {undated.Count} neither.");
        Assert.True(undated.Count == 0, $"{undated.Count} source notes with neither a publication year nor a data period:\n" + string.Join("\n", undated));
    }

    [GeneratedRegex(@"\((?:19|20)\d\d\)")]
    private static partial Regex PublicationYear();

    [GeneratedRegex(@"Data for (?:19|20)\d\d")]
    private static partial Regex DataPeriod();
}
