using System.Collections.Concurrent;
using Block = ReportGen.Documents.Block;
using ReportGen.Charts;
using ReportGen.Data;
using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;
using ReportGen.Documents;
using ReportGen.Templates.Blocks;
using ReportGen.Templates.Definitions;
using ReportGen.Templates.Facts;
using ReportGen.Templates.Liquid;
using ReportGen.Templates.Markdown;
using ReportGen.Templates.References;

namespace ReportGen.Templates;

/// <summary>A figure as published: its number, caption, source and the rendered chart with its data.</summary>
public sealed record PublishedFigure(string Id, string Number, string Caption, string Source, RenderedChart Chart, ChartSpec Spec)
{
    /// <summary>"published", "illustrative" or "none" for each row of the chart's data table.</summary>
    public IReadOnlyList<string>? RowProvenance { get; init; }
}

/// <summary>What building one area produces: the numbered document, its figures, the values rendered, and problems.</summary>
public sealed record BuildResult(Area Area, AreaContent Content, ReportDocument? Document, IReadOnlyList<PublishedFigure> Figures,
    IReadOnlyList<RenderedValue> Values, DiagnosticBag Diagnostics)
{
    public bool Succeeded => Document is not null && !Diagnostics.HasErrors;

    /// <summary>How much of what the report printed is illustrative.</summary>
    public ProvenanceSummary Provenance { get; init; } = new();
    /// <summary>The charts and tables placed, with the data rows behind each.</summary>
    public IReadOnlyList<RenderedBlock> Blocks { get; init; } = [];

    /// <summary>What a reference to each id prints ("Figure 5.2a"), for reports that cite this one.</summary>
    public IReadOnlyDictionary<string, string> Targets => Document is null ? new Dictionary<string, string>() : DocumentNumbering.Targets(Document);
}

/// <summary>
/// Builds one area's report: front matter, each chapter through Liquid then Markdown, charts rendered in
/// parallel, then numbering and cross-references in one pass.
/// </summary>
/// <param name="style">The house style charts are drawn in.</param>
/// <param name="chartKinds">The kinds of chart chapters may use: ChartKindCatalog.All in src/ReportGen.ChartKinds.</param>
/// <param name="chartCache">Images of charts drawn before, reused when nothing they depend on changed; null draws every chart.</param>
public sealed class ReportBuilder(ChartStyle style, IReadOnlyList<IChartKind> chartKinds, ChartImageCache? chartCache = null)
{
    private readonly ChartRenderer charts = new(style, chartKinds, chartCache);

    /// <summary>
    /// How many of one report's charts are drawn at once: every core by default; a build that already builds several
    /// areas side by side sets 1, so charts do not multiply the threads (and the memory) beyond the cores.
    /// </summary>
    public int ChartParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The renderer this builder draws charts with (the gallery and benchmark reuse it).</summary>
    public ChartRenderer Charts => charts;

    /// <param name="cited">For a report that cites another (a summary): the other report's targets.</param>
    public BuildResult Build(ReportProject project, AreaContent content, DataSet data, IReadOnlyDictionary<string, string>? cited = null)
    {
        var diagnostics = new DiagnosticBag();
        var area = data.Areas.Find(content.Code);
        if (area is null)
        {
            diagnostics.Error("TPL005", $"The area code '{content.Code}' is not in data/areas.csv.", Path.Combine(project.AreasFolder, content.Folder, "area.yaml"),
                fix: "Correct the code, or add the area to data/areas.csv.");
            return new BuildResult(new Area(content.Code, content.Folder, AreaType.County, null), content, null, [], [], diagnostics);
        }
        var context = new ReportContext(project.Definition, project.Folder, content, data, area, diagnostics, project.AreasFolder);
        var variables = Variables(context);
        // Includes are confined to the folder holding both the area content and the partials (templates/ or the report folder).
        TemplateFileSystem Files() => new([context.AreaFolder, Path.Combine(project.Folder, "partials")]);
        string Expand(string text)
        {
            if (!text.Contains("{{") && !text.Contains("{%")) return text;
            var yaml = Path.Combine(context.AreaFolder, "area.yaml");
            var (output, error) = LiquidRenderer.Render(text, yaml, variables, Files());
            if (error is not null)
                diagnostics.Error("TPL021", $"Template error in area content: {error.Message} (in the text \"{Shorten(text)}\")", error.File,
                    error.File == yaml ? null : error.Line, error.File == yaml || error.Column is null ? null : error.Column.ToString());
            return output ?? text;
        }
        var bibliography = Bibliography.Load(project.Folder, diagnostics);
        var converter = new MarkdownConverter(BlockHandlers.For(context, Expand, bibliography, chartKinds));

        var blocks = new List<Block>(FrontMatter(context));
        // A chapter's charts start drawing on a spare core while the next chapters are written.
        using var ahead = ChartParallelism > 1 ? new ChartsDrawnAhead(this) : null;
        foreach (var chapter in project.Definition.Chapters)
        {
            if (chapter.When is { } when && !context.Switch(when)) continue;
            var path = Path.Combine(project.Folder, chapter.File);
            context.Ledger.CurrentLocation = chapter.File;
            var (output, error) = LiquidRenderer.Render(File.ReadAllText(path), path, variables, Files());
            if (error is not null)
            {
                diagnostics.Error("TPL021", $"Template error: {error.Message}", error.File, error.Line, error.Column?.ToString(),
                    fix: "Check the {{ }} and {% %} tags at the place named (see templates/README.md).");
                continue;
            }
            CheckForLeaks(output!, path, diagnostics);
            var converted = converter.Convert(Citations.Resolve(output!, path, bibliography, diagnostics), path, diagnostics).ToList();
            ahead?.Add(DocumentWalk.Walk(converted).OfType<PendingChart>());
            blocks.AddRange(converted);
        }

        var (withFigures, figures) = RenderCharts(blocks, ahead);
        var properties = new DocumentProperties
        {
            Title = $"{project.Definition.Title}: {area.Name} {project.Definition.Edition}".Trim(),
            Subject = project.Definition.Subject,
            Author = content.Organisation ?? project.Definition.Author,
            Keywords = [.. project.Definition.Keywords, area.Name],
            Description = $"{project.Definition.Title} for {area.Name}, {project.Definition.Edition}.",
        };
        var provenance = context.Ledger.Summary();
        if (provenance.AnyIllustrative) properties = properties with { DataNotice = Provenance.Notice };
        var numbering = project.Definition.Numbering.Figures.Equals("sequential", StringComparison.OrdinalIgnoreCase)
            ? CaptionNumbering.Sequential : CaptionNumbering.PerSection;
        var (document, problems) = DocumentNumbering.Apply(new ReportDocument(properties, withFigures), numbering, project.Definition.Numbering.HeadingLevels, cited);
        document = ElementKeys.Assign(document); // keys the writer copies into the file, for refreshing edited drafts
        foreach (var p in problems)
            diagnostics.Error("TPL060", p.Message, p.Origin?.File, p.Origin?.Line, fix: "Give the target block that id ({#id} after a heading, 'id:' in a block), or correct the link.");

        // Numbering copies blocks but keeps their order (at any depth), so figures pair with their charts by position.
        var published = DocumentWalk.Walk(document).OfType<Figure>().Zip(figures)
            .Select(x => new PublishedFigure(x.First.Id ?? "figure-" + x.First.Number, x.First.Number ?? "", Inlines.ToPlainText(x.First.Caption),
                Inlines.ToPlainText(x.First.Source), x.Second.Chart, x.Second.Spec) { RowProvenance = x.First.RowProvenance })
            .ToList();
        return new BuildResult(area, content, document, published, context.Ledger.Values, diagnostics) { Provenance = provenance, Blocks = context.Ledger.Blocks };
    }

    private static Dictionary<string, object?> Variables(ReportContext context)
    {
        var d = context.Definition;
        return new Dictionary<string, object?>
        {
            ["area"] = new AreaDrop(context.Area, context),
            ["region"] = context.Region is null ? null : new AreaDrop(context.Region, context),
            ["england"] = new AreaDrop(context.England, context),
            ["report"] = new Dictionary<string, object?>
            {
                ["title"] = d.Title, ["edition"] = d.Edition, ["author"] = d.Author,
                ["options"] = new OptionalValues(d.Options.ToDictionary(k => k.Key, k => (object?)k.Value)),
            },
            ["local"] = new OptionalValues(context.Content.Text.ToDictionary(k => k.Key, k => (object?)k.Value)),
            ["switches"] = new OptionalValues(new[] { "has_districts", "has_region" }.Concat(context.Content.Switches.Keys).Distinct()
                .ToDictionary(k => k, k => (object?)context.Switch(k))),
        };
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 60 ? line : line[..57] + "...";
    }

    private static IEnumerable<Block> FrontMatter(ReportContext context)
    {
        var d = context.Definition;
        var f = d.FrontMatter;
        if (f.TitlePage)
            yield return new TitlePage($"{context.Area.Name} {d.Title}", d.Subtitle ?? d.Edition,
                context.Content.PublicationDate, context.Content.Organisation is { } org ? [org] : []);
        if (f.Contents) yield return new TableOfContents();
        if (f.ListOfFigures) yield return new ListOfCaptions(CaptionKind.Figure, "List of figures");
        if (f.ListOfTables) yield return new ListOfCaptions(CaptionKind.Table, "List of tables");
    }

    /// <summary>Templates must leave no Liquid syntax behind (an unclosed tag would otherwise print as text).</summary>
    private static void CheckForLeaks(string output, string path, DiagnosticBag diagnostics)
    {
        var lines = output.Split('\n');
        for (int i = 0; i < lines.Length; i++)
            if (lines[i].Contains("{{") || lines[i].Contains("{%") || lines[i].Contains("}}") || lines[i].Contains("%}"))
                diagnostics.Error("TPL022", $"Template syntax was left in the output: \"{lines[i].Trim()}\".", path, i + 1,
                    fix: "Close the tag, or remove the stray braces.");
    }

    private (List<Block> Blocks, List<(RenderedChart Chart, ChartSpec Spec)> Charts) RenderCharts(List<Block> blocks, ChartsDrawnAhead? ahead = null)
    {
        var pending = DocumentWalk.Walk(blocks).OfType<PendingChart>().ToList();
        var rendered = ahead?.Rendered ?? new ConcurrentDictionary<PendingChart, RenderedChart>(ReferenceEqualityComparer.Instance);
        // The charts not drawn ahead (or not yet), on every core; then those the spare core is still drawing.
        Parallel.ForEach(pending, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, ChartParallelism) },
            p =>
            {
                if (ahead is null || ahead.Claim(p)) rendered[p] = Draw(p);
            });
        ahead?.Finish();
        var inOrder = new List<(RenderedChart, ChartSpec)>();
        var result = DocumentWalk.Rewrite(blocks, b =>
        {
            if (b is not PendingChart p) return b;
            var chart = rendered[p];
            var figure = new Figure(p.Caption, new Image(chart.Png, chart.PixelWidth, chart.PixelHeight, chart.WidthCm, chart.HeightCm, chart.AltText)
                { Svg = chart.Svg is null ? null : System.Text.Encoding.UTF8.GetString(chart.Svg) })
            {
                Id = p.Id, Origin = p.Origin, Source = p.Source, Notes = p.Notes, ShowDataTable = p.ShowDataTable,
                Data = new DataTable(chart.Data.Columns, chart.Data.Rows),
                RowProvenance = p.Provenance is { } rows ? chart.Data.Rows.Select(r => rows.Of(r.Count > 0 ? r[0] : "")).ToList() : null,
            };
            inOrder.Add((chart, p.Spec));
            return figure;
        }).ToList();
        return (result, inOrder);
    }

    /// <summary>A chart drawn at the height its text needs: charts that grow with their rows (spine charts, pyramids) are raised to it.</summary>
    private RenderedChart Draw(PendingChart p)
    {
        var fit = charts.SuggestHeightCm(p.Spec);
        var spec = fit > p.Spec.HeightCm ? p.Spec with { HeightCm = fit } : p.Spec;
        return charts.Render(spec);
    }

    /// <summary>
    /// Draws charts on one spare thread as their chapters are written, so drawing overlaps the templates and Markdown;
    /// whatever it has not reached when the text is done is drawn on every core. Each chart is drawn once, by
    /// whichever thread claims it first; the images are the same either way.
    /// </summary>
    private sealed class ChartsDrawnAhead : IDisposable
    {
        private readonly ReportBuilder _builder;
        private readonly BlockingCollection<PendingChart> _queue = [];
        private readonly ConcurrentDictionary<PendingChart, byte> _claimed = new(ReferenceEqualityComparer.Instance);
        private readonly Task _worker;

        public ChartsDrawnAhead(ReportBuilder builder)
        {
            _builder = builder;
            _worker = Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        public ConcurrentDictionary<PendingChart, RenderedChart> Rendered { get; } = new(ReferenceEqualityComparer.Instance);

        public void Add(IEnumerable<PendingChart> charts)
        {
            foreach (var chart in charts) _queue.Add(chart);
        }

        /// <summary>True for the first thread to ask about <paramref name="chart"/>: that thread draws it.</summary>
        public bool Claim(PendingChart chart) => _claimed.TryAdd(chart, 0);

        /// <summary>Waits for the chart the spare thread is drawing, and passes on its error if it failed.</summary>
        public void Finish()
        {
            _queue.CompleteAdding();
            _worker.GetAwaiter().GetResult();
        }

        private void Work()
        {
            foreach (var chart in _queue.GetConsumingEnumerable())
                if (Claim(chart)) Rendered[chart] = _builder.Draw(chart);
        }

        public void Dispose()
        {
            // A build that stops early (a template error) lets the spare thread run out without drawing the rest.
            if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
            while (_queue.TryTake(out _)) { }
            try { _worker.Wait(); } catch (AggregateException) { /* the build already failed or reported it */ }
            _queue.Dispose();
        }
    }
}
