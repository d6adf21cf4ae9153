using ReportGen.Charts;
using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;
using ReportGen.Documents;
using ReportGen.Statistics;
using ReportGen.Templates.Markdown;

namespace ReportGen.Templates.Blocks;

/// <summary>Options of a <c>```chart</c> block (see templates/README.md); <c>type</c> names a registered chart kind (ChartKindCatalog).</summary>
public sealed class ChartBlockOptions : DataBlockOptions
{
    public string? Axis { get; set; }
    public bool Sort { get; set; } = true;
    public bool Stacked { get; set; }
    public bool Horizontal { get; set; }
    public double? Height { get; set; }
    /// <summary>Show the data table under the chart in the document as well as in the publication pack.</summary>
    public bool ShowData { get; set; }
}

/// <summary>
/// <c>```chart</c>: builds a chart description from the data for the area being reported. The chart itself is
/// drawn later, in parallel with all the others.
/// </summary>
public sealed class ChartBlockHandler(ReportContext context, IReadOnlyList<IChartKind> kinds, References.Bibliography? bibliography = null) : IFencedBlockHandler
{
    public string Name => "chart";

    private string KindNames => string.Join(", ", kinds.Select(k => k.Name));

    public IEnumerable<Block> Build(string body, TemplateLocation origin, DiagnosticBag diagnostics)
    {
        var o = BlockYaml.Parse<ChartBlockOptions>(body, Name, origin, diagnostics);
        if (o is null) yield break;
        void Error(string message, string fix) => diagnostics.Error("TPL040", message, origin.File, origin.Line, fix: fix);

        var kind = kinds.FirstOrDefault(k => k.Name.Equals(o.Type.Trim(), StringComparison.OrdinalIgnoreCase));
        if (kind is null) { Error($"Unknown chart type '{o.Type}'.", $"Use one of: {KindNames}."); yield break; }

        var indicators = IndicatorSelector.Resolve(o.Indicator, o.Indicators, "chart", context, Error);
        if (indicators.Count == 0) { Error("The chart has no indicator.", "Add 'indicator: ID' to the block."); yield break; }

        var defaultAreas = kind.DefaultAreas(o);
        var areas = AreaSelector.Resolve(o.Areas ?? defaultAreas, context,
            s => Error($"The chart names an unknown area '{s}'.",
                $"Use area, region, england, districts, comparators{(kind.AreaWords.Count == 0 ? "" : $", {string.Join(", ", kind.AreaWords)} (type: {kind.Name} only)")} or an area code from data/areas.csv."),
            word => kind.AreasFor(word, context));

        var rows = new Facts.BlockProvenance();
        var spec = kind.Build(new ChartRequest(context, indicators, areas, o, rows, Error));
        if (spec is null)
        {
            context.WarnMissing(indicators[0].Id, context.Area);
            // The note keeps the chart's id, so references to it still resolve and say why nothing is shown.
            var what = (o.Caption ?? indicators[0].Name).TrimEnd('.');
            yield return new Paragraph(Inlines.Text($"A chart of {Lower(what)} is not shown: the data for {context.Area.Name} is not available or too small to publish."),
                ParagraphStyle.SourceNote) { Origin = origin, Id = o.Id, ReferenceText = $"the note on {Lower(what)}" };
            yield break;
        }
        if (o.Height is { } h) spec = spec with { HeightCm = h };
        // Provenance travels with the chart: an illustrative comparator group is named in the caption, illustrative
        // values in the source note, and each data row's provenance goes to the publication pack.
        var group = Facts.Provenance.IllustrativeGroup(context, o.Areas ?? defaultAreas);
        var caption = Facts.Provenance.CaptionWithGroup(Inlines.Text(o.Caption ?? spec.Subject), group);
        // A note with no publication year is dated by the periods the chart shows (References.SourceNotes).
        var sourceText = References.SourceNotes.WithDataPeriod(o.Source ?? References.SourceNotes.Line(indicators, bibliography ?? References.Bibliography.Empty),
            rows.PrintedValues.Select(v => v.Period));
        if (spec.Attribution.Length > 0) sourceText += (sourceText.TrimEnd().EndsWith('.') ? " " : ". ") + spec.Attribution;
        var source = Facts.Provenance.SourceWithNote(Inlines.TextWithLinks(sourceText), rows, group, "figure");
        context.Ledger.RecordBlock(Inlines.ToPlainText(caption), rows, group);
        yield return new PendingChart(spec, caption, source, o.Notes.Select(n => (IReadOnlyList<Inline>)Inlines.Text(n)).ToList())
        {
            Id = o.Id, Origin = origin, ShowDataTable = o.ShowData, Provenance = rows,
        };
    }

    private static string Lower(string s) => s.Length > 1 && char.IsUpper(s[0]) && !char.IsUpper(s[1]) ? char.ToLowerInvariant(s[0]) + s[1..] : s;

    public static ComparisonCategory ToCategory(ComparisonOutcome outcome) => outcome switch
    {
        ComparisonOutcome.Better => ComparisonCategory.Better,
        ComparisonOutcome.Similar => ComparisonCategory.Similar,
        ComparisonOutcome.Worse => ComparisonCategory.Worse,
        ComparisonOutcome.Higher => ComparisonCategory.Higher,
        ComparisonOutcome.Lower => ComparisonCategory.Lower,
        _ => ComparisonCategory.NotCompared,
    };
}
