using System.Diagnostics;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Html.Tests;

/// <summary>
/// Builds every bundled area once with the real tool (Word and HTML), then opens each web page in headless Chromium
/// through puppeteer-core and runs axe-core (browser/check-pages.mjs). Chromium (Debian package <c>chromium</c>) and
/// the node modules (<c>npm ci</c> in browser/) are required: <c>./build.sh test</c> installs both. When either is
/// missing the tests fail with that instruction; they never skip.
/// </summary>
public sealed class BrowserFixture : IDisposable
{
    public static string RepoRoot { get; } = FindRepoRoot();
    public static string BrowserFolder => Path.Combine(RepoRoot, "tests", "ReportGen.Html.Tests", "browser");

    public BrowserFixture()
    {
        Output = Path.Combine(Path.GetTempPath(), "rg-html-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Output);
        ScreenshotFolder = Path.Combine(Path.GetTempPath(), "reportgen-html-screenshots");
        Directory.CreateDirectory(ScreenshotFolder);
        try
        {
            var chromium = Environment.GetEnvironmentVariable("REPORTGEN_CHROMIUM") ?? "/usr/bin/chromium";
            if (!File.Exists(chromium))
                throw new InvalidOperationException($"Chromium was not found at {chromium}. Fix: run ./build.sh test (it installs the Debian package 'chromium'), or set REPORTGEN_CHROMIUM.");
            if (!File.Exists(Path.Combine(BrowserFolder, "node_modules", "axe-core", "axe.min.js"))
                || !Directory.Exists(Path.Combine(BrowserFolder, "node_modules", "puppeteer-core")))
                throw new InvalidOperationException($"The browser test's node modules are missing. Fix: run 'npm ci' in {BrowserFolder} (./build.sh test does).");

            var build = Run("dotnet", RepoRoot, TimeSpan.FromMinutes(15),
                Path.Combine(AppContext.BaseDirectory, "reportgen.dll"), "build", "--format", "docx,html", "--out", Output);
            if (build.ExitCode != 0) throw new InvalidOperationException("The build failed:\n" + build.Error);

            Areas = Directory.GetDirectories(Output).Where(d => File.Exists(Path.Combine(d, "html", "index.html")))
                .Select(Path.GetFileName).Order().ToList()!;
            if (Areas.Count == 0) throw new InvalidOperationException("The build wrote no web page:\n" + build.Error);

            // Screenshots of the first area's first chart section (Cambridgeshire when present).
            var first = Areas.Contains("cambridgeshire") ? "cambridgeshire" : Areas[0];
            var ordered = Areas.OrderBy(a => a == first ? 0 : 1).ToList();
            var args = new List<string> { "check-pages.mjs", "--chromium", chromium };
            foreach (var width in ScreenshotWidths)
                args.AddRange(["--screenshot", Path.Combine(ScreenshotFolder, $"{first}-{width}.png") + ":" + width]);
            args.AddRange(ordered.Select(a => Path.Combine(Output, a, "html", "index.html")));
            var check = Run("node", BrowserFolder, TimeSpan.FromMinutes(15), [.. args]);
            if (check.ExitCode != 0) throw new InvalidOperationException("The browser check failed:\n" + check.Error);
            using var json = JsonDocument.Parse(check.Out);
            foreach (var (area, page) in ordered.Zip(json.RootElement.EnumerateArray()))
                Pages[area] = page.Clone();
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or TimeoutException or JsonException)
        {
            Problem = e.Message;
        }
    }

    public static readonly int[] ScreenshotWidths = [320, 375, 1280];

    public string Output { get; }
    public string ScreenshotFolder { get; }
    public IReadOnlyList<string> Areas { get; } = [];
    public Dictionary<string, JsonElement> Pages { get; } = [];
    /// <summary>Why the pages could not be checked; every test fails with it.</summary>
    public string? Problem { get; }

    public JsonElement Page(string area)
    {
        if (Problem is not null) Assert.Fail(Problem);
        Assert.True(Pages.TryGetValue(area, out var page), $"No web page was checked for {area}; areas built: {string.Join(", ", Areas)}.");
        return page;
    }

    public IEnumerable<(string Area, JsonElement Page)> All()
    {
        if (Problem is not null) Assert.Fail(Problem);
        Assert.NotEmpty(Pages);
        return Pages.Select(p => (p.Key, p.Value));
    }

    public string Docx(string area) => Directory.GetFiles(Path.Combine(Output, area), "*.docx").Single();

    /// <summary>Headings 1-3 of the Word file: level and visible text.</summary>
    public static List<(int Level, string Text)> DocxHeadings(string path)
    {
        using var doc = WordprocessingDocument.Open(path, false);
        var list = new List<(int, string)>();
        foreach (var p in doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>())
        {
            var style = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
            if (style is "Heading1" or "Heading2" or "Heading3")
                list.Add((style[^1] - '0', VisibleText(p)));
        }
        return list;
    }

    /// <summary>"Figure 5.2a" / "Table 3" of every numbered caption (a Caption paragraph whose first run is the label), in order.</summary>
    public static List<string> DocxCaptionNumbers(string path, string kind)
    {
        using var doc = WordprocessingDocument.Open(path, false);
        return doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Caption")
            .Select(p => p.Descendants<Text>().FirstOrDefault()?.Text.Trim() ?? "")
            .Where(t => System.Text.RegularExpressions.Regex.IsMatch(t, "^" + kind + @" [0-9A-Z][0-9A-Za-z.]*$"))
            .ToList();
    }

    private static string VisibleText(Paragraph p) => string.Join(" ",
        string.Concat(p.Descendants<Run>().Where(r => r.RunProperties?.Vanish is null).SelectMany(r => r.Descendants<Text>()).Select(t => t.Text))
            .Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static (int ExitCode, string Out, string Error) Run(string file, string folder, TimeSpan timeout, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in {timeout.TotalMinutes} minutes.");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("Could not find the repository root (ReportGen.sln) above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        try { Directory.Delete(Output, true); } catch (IOException) { }
    }
}
