using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;
using ReportGen.Documents;
using ReportGen.Templates.Markdown;
using ReportGen.Templates.Wording;
using ReportGen.Templates.Facts;

namespace ReportGen.Templates.Blocks;

/// <summary>Options of a <c>```table</c> block (see templates/README.md); <c>type</c>: trend | summary | breakdown | static.
/// Trend tables show the latest 5 periods unless <c>periods</c> says otherwise.</summary>
public sealed class TableBlockOptions : DataBlockOptions
{
    /// <summary>For trend tables: also show counts.</summary>
    public bool Counts { get; set; }
    public string? Description { get; set; }
    public bool Landscape { get; set; }
    /// <summary>For static tables: header texts and rows of texts.</summary>
    public List<string> Columns { get; set; } = [];
    public List<List<string>> Rows { get; set; } = [];
}

/// <summary><c>```table</c>: a numbered table built from the data (or from rows written in the block).</summary>
public sealed class TableBlockHandler(ReportContext context, References.Bibliography? bibliography = null) : IFencedBlockHandler
{
    public string Name => "table";

    public IEnumerable<Block> Build(string body, TemplateLocation origin, DiagnosticBag diagnostics)
    {
        var o = BlockYaml.Parse<TableBlockOptions>(body, Name, origin, diagnostics);
        if (o is null) yield break;
        void Error(string message, string fix) => diagnostics.Error("TPL050", message, origin.File, origin.Line, fix: fix);

        var indicators = IndicatorSelector.Resolve(o.Indicator, o.Indicators, "table", context, Error);
        var areas = AreaSelector.Resolve(o.Areas ?? ["area", "region", "england"], context,
            s => Error($"The table names an unknown area '{s}'.", "Use area, region, england, districts, comparators or a code from data/areas.csv."));

        var rows = new BlockProvenance();
        (IReadOnlyList<TableRow> Header, IReadOnlyList<TableRow> Body, string Description)? content = o.Type.ToLowerInvariant() switch
        {
            "trend" when indicators.Count > 0 => TrendTable(indicators[0], areas, o, rows),
            "summary" when indicators.Count > 0 => SummaryTable(indicators, rows),
            "breakdown" when indicators.Count > 0 && o.Areas is not null => SnapshotTable(indicators, areas, o, rows),
            "breakdown" when indicators.Count > 0 => BreakdownTable(indicators[0], o, rows),
            "static" => StaticTable(o),
            _ => null,
        };
        if (content is null)
        {
            if (o.Type is "trend" or "summary" or "breakdown" && indicators.Count == 0) Error("The table has no indicator.", "Add 'indicator: ID'.");
            else if (o.Type is not ("trend" or "summary" or "breakdown" or "static")) Error($"Unknown table type '{o.Type}'.", "Use trend, summary, breakdown or static.");
            yield break;
        }
        if (content.Value.Body.Count == 0)
        {
            if (indicators.Count > 0) context.WarnMissing(indicators[0].Id, context.Area);
            var what = (o.Caption ?? indicators.FirstOrDefault()?.Name ?? "this table").TrimEnd('.');
            yield return new Paragraph(Inlines.Text($"A table of {what} is not shown: the data for {context.Area.Name} is not available or too small to publish."),
                ParagraphStyle.SourceNote) { Origin = origin, Id = o.Id, ReferenceText = $"the note on {what}" };
            yield break;
        }
        var isStatic = o.Type.Equals("static", StringComparison.OrdinalIgnoreCase);
        // A note with no publication year is dated by the periods the table shows (References.SourceNotes). A static
        // table has no data rows: its cells print facts through {{ }}, and its period: names theirs ("{{ dt.period }}").
        var shown = isStatic ? StaticPeriod(o, Error) : rows.PrintedValues.Select(v => v.Period).ToList();
        var source = References.SourceNotes.WithDataPeriod(o.Source ?? References.SourceNotes.Line(indicators, bibliography ?? References.Bibliography.Empty), shown);
        // Provenance travels with the table: an illustrative comparator group in the caption, illustrative values in
        // the source note, and each body row's provenance to the publication pack. Static tables hold no data rows.
        var group = isStatic ? null : Provenance.IllustrativeGroup(context, o.Areas ?? ["area", "region", "england"]);
        if (!isStatic) context.Ledger.RecordBlock(o.Caption ?? indicators.FirstOrDefault()?.Name ?? "", rows, group);
        yield return new Table(Provenance.CaptionWithGroup(Inlines.Text(o.Caption ?? indicators.FirstOrDefault()?.Name ?? ""), group), content.Value.Header, content.Value.Body)
        {
            Id = o.Id,
            Origin = origin,
            Description = o.Description ?? content.Value.Description,
            Source = Provenance.SourceWithNote(source.Length == 0 ? [] : Inlines.TextWithLinks(source), rows, group, "table"),
            RowProvenance = isStatic ? null : Enumerable.Range(0, content.Value.Body.Count).Select(i => rows.Of(RowKey(i))).ToList(),
            Notes = TableNotes.For(o.Notes, content.Value.Body, indicators, context.Disclosure)
                .Concat(isStatic && HasMarkedCell(content.Value.Body) ? [Provenance.CellMarkNote] : [])
                .Select(n => (IReadOnlyList<Inline>)Inlines.Text(n)).ToList(),
            Landscape = o.Landscape,
            // Summary tables: a wide indicator column, room for area names in the value columns.
            ColumnWidths = o.Type.Equals("summary", StringComparison.OrdinalIgnoreCase) ? [3.2, 1.2, 1.8, 1.8, 1.8, 2.0] : null,
        };
    }

    /// <summary>True when a static table's cell printed an illustrative value (<c>.cell</c> marks it).</summary>
    private static bool HasMarkedCell(IEnumerable<TableRow> body) =>
        body.SelectMany(r => r.Cells).Any(c => Inlines.ToPlainText(c.Content).TrimEnd().EndsWith(Provenance.CellMark, StringComparison.Ordinal));

    private static TableCell Num(string text) => TableCell.Text(text, CellAlignment.Right);

    /// <summary>Table rows are tracked by their position in the body.</summary>
    private static string RowKey(int index) => "#" + index;

    private (IReadOnlyList<TableRow>, IReadOnlyList<TableRow>, string) TrendTable(IndicatorDefinition indicator, IReadOnlyList<Area> areas, TableBlockOptions o,
        BlockProvenance track)
    {
        var b = BlockData.Breakdown.From(indicator, o.Sex, o.Age, o.CategoryType, o.Category);
        var all = areas.Select(a => (Area: a, Values: BlockData.SeriesOf(context, indicator, a.Code, b))).ToList();
        var periods = all.SelectMany(s => s.Values).Where(v => v.Value is not null).Select(v => v.Period).Distinct().Order().ToList();
        var n = o.Periods ?? 5;
        if (periods.Count > n) periods = periods.Skip(periods.Count - n).ToList();
        var header = new TableRow([TableCell.Text("Area"), .. periods.Select(p => Num(p.Label))]);
        var rows = new List<TableRow>();
        foreach (var (area, values) in all)
        {
            // An area with no value in these periods keeps its row of dashes (the automatic note explains them):
            // a district is never dropped from a table silently.
            rows.Add(new TableRow([TableCell.Text(area.Name), .. periods.Select(p =>
            {
                var v = values.FirstOrDefault(x => x.Period.Equals(p));
                track.Add(RowKey(rows.Count), v);
                context.Ledger.Record(new Facts.RenderedValue(indicator.Id, area.Code, p.Label, "table", v?.Value?.ToString() ?? "-", v?.Value, v?.Lower95, v?.Upper95, null, context.Ledger.CurrentLocation,
                    b.Sex == indicator.Sex && b.Age == indicator.Age && b.CategoryType.Length == 0 && b.Category.Length == 0 ? "" : $"{b.Sex}|{b.Age}|{b.CategoryType}|{b.Category}"));
                var text = v?.Value is not { } x ? "-"
                    : indicator.Measure == Statistics.MeasureType.Count ? context.Disclosure.CountCell(x, indicator) : NumberFormat.Number(x, indicator.Decimals);
                if (o.Counts && v?.Count is { } c) text += $" ({context.Disclosure.CountCell(c, indicator)})";
                return Num(text);
            })]) { Emphasis = area.Code == context.Area.Code });
        }
        var unit = indicator.Unit.Length > 0 ? $" ({indicator.Unit}{(o.Counts ? "; number in brackets" : "")})" : "";
        var label = b.Label(indicator);
        return ([header], rows, $"{indicator.Name}{(label.Length > 0 ? $" ({label})" : "")}{unit} for {string.Join(", ", all.Select(a => a.Area.Name))}, {periods.FirstOrDefault()?.Label} to {periods.LastOrDefault()?.Label}.");
    }

    private (IReadOnlyList<TableRow>, IReadOnlyList<TableRow>, string) SummaryTable(IReadOnlyList<IndicatorDefinition> indicators, BlockProvenance track)
    {
        var region = context.Region?.Name ?? "Region";
        var header = new TableRow([TableCell.Text("Indicator"), TableCell.Text("Period"), Num(context.Area.DisplayName), Num(region), Num("England"), TableCell.Text("Compared with England")]);
        var rows = new List<TableRow>();
        foreach (var indicator in indicators)
        {
            var f = context.FactsFor(indicator, context.Area);
            string V(IndicatorValue? v) => v?.Value is not { } x ? "-"
                : indicator.Measure == Statistics.MeasureType.Count && context.Disclosure.Suppress(x, indicator) ? context.Disclosure.CountCell(x, indicator)
                : NumberFormat.WithUnit(x, indicator.Decimals, indicator.Unit);
            context.RecordUse(f, "summary_table", V(f.Latest));
            foreach (var v in new[] { f.Latest, f.Region, f.England }) track.Add(RowKey(rows.Count), v);
            rows.Add(new TableRow([
                TableCell.Text(indicator.Name), TableCell.Text(f.Latest?.Period.Label ?? "-"), Num(V(f.Latest)), Num(V(f.Region)), Num(V(f.England)),
                TableCell.Text(f.Latest?.Value is { } a && f.England?.Value is { } e ? WordingRules.ShortLabel(indicator, f.VsEngland, a, e) + JudgementSuffix(indicator, f.VsEngland) : "Not available"),
            ]));
        }
        return ([header], rows, $"Summary of {indicators.Count} indicators for {context.Area.Name} compared with {region} and England.");
    }

    private static string JudgementSuffix(IndicatorDefinition indicator, Statistics.ComparisonOutcome outcome) =>
        WordingRules.Judgement(indicator, outcome) is { Length: > 0 } j ? $" ({j})" : "";

    private string Cell(IndicatorDefinition indicator, IndicatorValue? v, bool counts)
    {
        if (v is null) return "-";
        if (indicator.Measure == Statistics.MeasureType.Count && (v.Value ?? v.Count) is { } count) return context.Disclosure.CountCell(count, indicator);
        var text = v.Value is { } x ? NumberFormat.Number(x, indicator.Decimals) : "-";
        if (counts && v.Count is { } c) text += $" ({context.Disclosure.CountCell(c, indicator)})";
        return text;
    }

    /// <summary>An indicator's categories (or sexes, age bands) by period for the area.</summary>
    private (IReadOnlyList<TableRow>, IReadOnlyList<TableRow>, string) BreakdownTable(IndicatorDefinition indicator, TableBlockOptions o, BlockProvenance track)
    {
        var by = o.By ?? "category";
        var slots = BlockData.Slots(context, [indicator], by, o.Sex, o.Age, o.CategoryType, o.Category, [context.Area], context.Area.Code) ?? [];
        var cells = slots.Select(s => (Slot: s, Values: BlockData.SeriesOf(context, indicator, context.Area.Code, s.Breakdown)
            .Where(v => v.Value is not null || v.Count is not null).ToList())).Where(x => x.Values.Count > 0).ToList();
        var periods = cells.SelectMany(x => x.Values).Select(v => v.Period).Distinct().Order().ToList();
        if (o.Periods is { } n && periods.Count > n) periods = periods.Skip(periods.Count - n).ToList();
        var first = by.Equals("sex", StringComparison.OrdinalIgnoreCase) ? "Sex" : by.Equals("age", StringComparison.OrdinalIgnoreCase) ? "Age group" : o.CategoryType ?? "Category";
        var header = new TableRow([TableCell.Text(first), .. periods.Select(p => Num(p.Label))]);
        var body = cells.Select((x, i) => new TableRow([TableCell.Text(x.Slot.Label), .. periods.Select(p =>
        {
            var v = x.Values.FirstOrDefault(v => v.Period.Equals(p));
            track.Add(RowKey(i), v);
            return Num(Cell(indicator, v, o.Counts));
        })])).ToList();
        var unit = indicator.Unit.Length > 0 ? $" ({indicator.Unit})" : "";
        return ([header], body, $"{indicator.Name}{unit} in {context.Area.Name} by {first.ToLowerInvariant()}, {periods.FirstOrDefault()?.Label} to {periods.LastOrDefault()?.Label}.");
    }

    /// <summary>One period: categories (or sexes, age bands, indicators) as rows and the areas as columns.</summary>
    private (IReadOnlyList<TableRow>, IReadOnlyList<TableRow>, string) SnapshotTable(IReadOnlyList<IndicatorDefinition> indicators, IReadOnlyList<Area> areas, TableBlockOptions o,
        BlockProvenance track)
    {
        var indicator = indicators[0];
        var by = o.By ?? (indicators.Count > 1 ? "indicator" : "category");
        var focus = areas.FirstOrDefault(a => a.Code == context.Area.Code) ?? areas.FirstOrDefault() ?? context.Area;
        var slots = BlockData.Slots(context, indicators, by, o.Sex, o.Age, o.CategoryType, o.Category, areas, focus.Code) ?? [];
        Period? fixedPeriod = o.Period is { } wanted && Period.TryParse(wanted, out var pp) ? pp : null;
        var withPeriods = slots.Select(s => (Slot: s, Period: fixedPeriod
            ?? BlockData.SeriesOf(context, s.Indicator, focus.Code, s.Breakdown).LastOrDefault(v => v.Value is not null || v.Count is not null)?.Period))
            .Where(x => x.Period is not null).ToList();
        var periodLabels = withPeriods.Select(x => x.Period!.Label).Distinct().ToList();
        var byIndicator = by.Equals("indicator", StringComparison.OrdinalIgnoreCase);
        var first = byIndicator ? "Indicator" : by.Equals("sex", StringComparison.OrdinalIgnoreCase) ? "Sex" : by.Equals("age", StringComparison.OrdinalIgnoreCase) ? "Age group" : o.CategoryType ?? "Category";
        // Categories of several types (say ethnic group and religion) get a column naming the type.
        var types = withPeriods.Select(x => x.Slot.Breakdown.CategoryType).Distinct().ToList();
        var showType = !byIndicator && types.Count > 1;
        var header = new TableRow([.. showType ? [TableCell.Text("Breakdown")] : Array.Empty<TableCell>(), TableCell.Text(showType ? "Group" : first),
            .. periodLabels.Count > 1 ? [TableCell.Text("Period")] : Array.Empty<TableCell>(), .. areas.Select(a => Num(a.DisplayName))]);
        var body = new List<TableRow>();
        string? lastType = null;
        foreach (var (slot, period) in withPeriods)
        {
            var row = new List<TableCell>();
            if (showType) row.Add(TableCell.Text(slot.Breakdown.CategoryType == lastType ? "" : slot.Breakdown.CategoryType));
            lastType = slot.Breakdown.CategoryType;
            row.Add(TableCell.Text(slot.Label));
            if (periodLabels.Count > 1) row.Add(TableCell.Text(period!.Label));
            foreach (var a in areas)
            {
                var v = context.Data.Values.At(slot.Indicator.Id, a.Code, period!, slot.Breakdown.Sex, slot.Breakdown.Age, slot.Breakdown.CategoryType, slot.Breakdown.Category);
                track.Add(RowKey(body.Count), v);
                var text = Cell(slot.Indicator, v, o.Counts);
                if (byIndicator && v?.Value is not null && slot.Indicator.Unit.Trim() == "%") text += "%";
                row.Add(Num(text));
            }
            body.Add(new TableRow(row));
        }
        var unit = !byIndicator && indicator.Unit.Length > 0 ? $" ({indicator.Unit})" : "";
        var when = periodLabels.Count == 1 ? $", {periodLabels[0]}" : "";
        var subject = byIndicator ? string.Join(", ", indicators.Select(i => i.DisplayName)) : indicator.Name;
        return ([header], body, $"{subject}{unit} by {first.ToLowerInvariant()} for {string.Join(", ", areas.Select(a => a.Name))}{when}.");
    }

    /// <summary>The period a static table's <c>period:</c> gives (empty without one); one that is not a period is an error.</summary>
    private static List<Period> StaticPeriod(TableBlockOptions o, Action<string, string> error)
    {
        if (o.Period is not { Length: > 0 } text) return [];
        if (Period.TryParse(text, out var period)) return [period];
        error($"The static table's period '{text}' is not a period.", "Give the period of the facts its cells print, e.g. period: \"{{ dt.period }}\" (or leave period: out).");
        return [];
    }

    private static (IReadOnlyList<TableRow>, IReadOnlyList<TableRow>, string) StaticTable(TableBlockOptions o)
    {
        var header = new TableRow(o.Columns.Select(c => TableCell.Text(c)).ToList());
        var rows = o.Rows.Select(r => new TableRow(r.Select(c => TableCell.Text(c)).ToList())).ToList();
        return ([header], rows, o.Caption ?? string.Join(", ", o.Columns));
    }
}
