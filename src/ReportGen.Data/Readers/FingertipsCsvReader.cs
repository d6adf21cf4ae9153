using System.Globalization;
using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;
using ReportGen.Statistics;
using Heading = ReportGen.Data.Readers.FingertipsColumns;

namespace ReportGen.Data.Readers;

/// <summary>
/// Reads Fingertips "all data" CSV exports in the 27-column layout or the older 26-column one. Columns are found
/// by heading, so their order does not matter. Rows are matched to indicators.yaml by fingertips_id; other
/// indicators are skipped with one note each. Every area is kept: an area the registry lacks is added to it from
/// the row's Area Code, Area Name, Area Type and Parent Code.
/// </summary>
/// <param name="catalogue">Maps Fingertips indicator ids to indicator definitions.</param>
/// <param name="areas">Receives the areas the export names that it does not hold yet.</param>
public sealed class FingertipsCsvReader(IndicatorCatalogue catalogue, AreaRegistry areas)
{
    /// <summary>The value note that marks an illustrative (sample) value, written by <see cref="Writers.FingertipsCsvWriter"/>.</summary>
    public const string IllustrativeNote = "Illustrative value, not a published figure";

    private static readonly string[] Required = [Heading.IndicatorId, Heading.AreaCode, Heading.TimePeriod, Heading.Value];

    private static readonly ValueColumns Numeric = new(Heading.Value, Heading.Lower95, Heading.Upper95,
        Heading.Lower998, Heading.Upper998, Heading.Count, Heading.Denominator);

    /// <summary>
    /// Reads an export file; problems go into <paramref name="diagnostics"/> and reading goes on to the next row.
    /// Rows with an error are left out of <see cref="FingertipsExport.Values"/>. Repeated rows are found when the
    /// values are added to an <see cref="IndicatorStore"/>.
    /// </summary>
    public FingertipsExport Read(string path, DiagnosticBag diagnostics) => Read(CsvTable.Load(path, diagnostics), path, diagnostics);

    /// <summary>As <see cref="Read(string, DiagnosticBag)"/> from text; <paramref name="fileName"/> names it in diagnostics.</summary>
    public FingertipsExport Read(TextReader reader, string fileName, DiagnosticBag diagnostics) =>
        Read(CsvTable.Read(reader, fileName, diagnostics), fileName, diagnostics);

    private FingertipsExport Read(CsvTable? table, string fileName, DiagnosticBag diagnostics)
    {
        if (table is null) return new FingertipsExport { FileName = fileName, ColumnCount = 0, DataRows = 0, Values = [] };
        using var owned = table;
        var columns = new ColumnMap(table.Header);
        var export = new FingertipsExport
        {
            FileName = fileName,
            ColumnCount = table.Header.Count,
            HasTimePeriodRange = columns.Has(Heading.TimePeriodRange),
            ParentComparisonHeading = table.Header.FirstOrDefault(Heading.IsParentComparison),
            DataRows = 0,
            Values = [],
        };
        if (!columns.RequireAll(Required, fileName, diagnostics))
        {
            foreach (var _ in table.Rows) { }   // count the rows for DataRows
            return export with { DataRows = table.RowsRead };
        }

        var run = new Run(catalogue, areas, columns, fileName, diagnostics);
        var values = new List<IndicatorValue>();
        foreach (var row in FingertipsRangeFilter.Apply(table.Rows.ToList(), columns, catalogue, fileName, diagnostics))
            if (run.ReadRow(row) is { } value) values.Add(value);
        run.ReportSkippedAndAdded();
        return export with { DataRows = table.RowsRead, Values = values, SkippedIndicatorIds = run.Skipped.Keys.ToList(), AddedAreas = run.Added };
    }

    /// <summary>The state of reading one file: which indicators were skipped and which areas added.</summary>
    private sealed class Run(IndicatorCatalogue catalogue, AreaRegistry areas, ColumnMap columns, string fileName, DiagnosticBag diagnostics)
    {
        // Skipped Fingertips id -> (first row, indicator name, rows skipped), in the order met.
        public readonly Dictionary<int, (int Line, string? Name, int Rows)> Skipped = [];
        public readonly List<Area> Added = [];

        public IndicatorValue? ReadRow(TableRow row)
        {
            string? Cell(string name) => row[columns[name]];
            var scope = new RowScope(fileName, row.Line, diagnostics);

            if (row.Cells.Count > columns.Header.Count && row.Cells.Skip(columns.Header.Count).Any(c => !string.IsNullOrWhiteSpace(c)))
            {
                scope.Error(DataDiagnosticCodes.ExtraFields, $"The row has {row.Cells.Count} fields but the header has {columns.Header.Count}.",
                    null, "Download the export again; a value with a comma has lost its quotes.");
                return null;
            }

            var definition = Indicator(Cell(Heading.IndicatorId), Cell(Heading.IndicatorName), scope);
            if (definition is null) return null;

            var area = FindOrAddArea(Cell(Heading.AreaCode), Cell(Heading.AreaName), Cell(Heading.AreaType), Cell(Heading.ParentCode), Cell(Heading.ParentName), scope);
            var period = TidyRows.ReadPeriod(Cell(Heading.TimePeriod), scope, Heading.TimePeriod);
            var value = scope.Number(Cell(Heading.Value), Heading.Value);
            var lower95 = scope.Number(Cell(Heading.Lower95), Heading.Lower95);
            var upper95 = scope.Number(Cell(Heading.Upper95), Heading.Upper95);
            var lower998 = scope.Number(Cell(Heading.Lower998), Heading.Lower998);
            var upper998 = scope.Number(Cell(Heading.Upper998), Heading.Upper998);
            var count = scope.Number(Cell(Heading.Count), Heading.Count);
            var denominator = scope.Number(Cell(Heading.Denominator), Heading.Denominator);
            if (area is null || period is null) return null;

            var (note, illustrative) = SplitNote(Cell(Heading.ValueNote));
            var result = new IndicatorValue
            {
                IndicatorId = definition.Id,
                AreaCode = area.Code,
                Period = period,
                Sex = Cell(Heading.Sex) ?? definition.Sex,
                Age = Cell(Heading.Age) ?? definition.Age,
                CategoryType = Cell(Heading.CategoryType) ?? "",
                Category = Cell(Heading.Category) ?? "",
                Count = count,
                Denominator = denominator,
                Value = value,
                Lower95 = lower95,
                Upper95 = upper95,
                Lower998 = lower998,
                Upper998 = upper998,
                ValueNote = note,
                PublishedComparisonWithEngland = Cell(Heading.ComparedToEngland) is { } compared
                    ? ComparisonOutcomeExtensions.FromFingertipsLabel(compared) : null,
                PublishedTrend = Cell(Heading.RecentTrend),
                Illustrative = illustrative,
                Source = new SourceLocation(fileName, row.Line),
            };
            ValueChecks.Check(result, definition, Numeric, scope);
            return scope.HasErrors ? null : result;
        }

        private IndicatorDefinition? Indicator(string? idText, string? name, RowScope scope)
        {
            if (idText is null) { scope.Missing(Heading.IndicatorId, "an indicator id"); return null; }
            if (int.TryParse(idText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            {
                if (catalogue.GetByFingertipsId(id) is { } d) return d;
                var skipped = Skipped.TryGetValue(id, out var s) ? s : (Line: scope.Line, Name: name, Rows: 0);
                Skipped[id] = skipped with { Rows = skipped.Rows + 1 };
                return null;
            }
            // Files written by this tool carry indicators.yaml ids for indicators that have no Fingertips id.
            if (catalogue.Get(idText) is { } byId) return byId;
            var near = catalogue.SuggestId(idText);
            scope.Error(DataDiagnosticCodes.UnknownIndicator,
                $"'{ErrorText.Quote(idText)}' is neither a Fingertips indicator number nor an id in indicators.yaml.", Heading.IndicatorId,
                near is null ? "Correct the indicator id." : $"Did you mean '{near}'?");
            return null;
        }

        private Area? FindOrAddArea(string? code, string? name, string? typeText, string? parentCode, string? parentName, RowScope scope)
        {
            if (code is null) { scope.Missing(Heading.AreaCode, "an area code"); return null; }
            if (areas.Get(code) is { } known) return known;

            var type = AreaTypeNames.FromFingertips(typeText, code);
            if (parentCode is not null && !areas.Contains(parentCode))
            {
                // The parent's own row may come later, or not at all (a county whose region is not in the file).
                var parentType = AreaTypeNames.FromCode(parentCode) ?? AreaTypeNames.ExpectedParent(type) ?? AreaType.Other;
                AddArea(new Area(parentCode.ToUpperInvariant(), parentName ?? parentCode, parentType,
                    parentType == AreaType.England ? null : parentType == AreaType.Region ? AreaRegistry.EnglandCode : null));
            }
            var area = new Area(code.ToUpperInvariant(), name ?? code, type, type == AreaType.England ? null : parentCode?.ToUpperInvariant());
            AddArea(area);
            return area;
        }

        private void AddArea(Area area)
        {
            if (areas.Add(area)) Added.Add(area);
        }

        public void ReportSkippedAndAdded()
        {
            foreach (var (id, (line, name, rows)) in Skipped)
                diagnostics.Info(DataDiagnosticCodes.IndicatorSkipped,
                    $"Fingertips indicator {id}{(name is null ? "" : $" ({name})")} is not in indicators.yaml; its {rows} row(s) were skipped.",
                    fileName, line, Heading.IndicatorId, $"To use it, add an indicator with 'fingertips_id: {id}' to indicators.yaml.");
            if (Added.Count > 0)
                diagnostics.Info(DataDiagnosticCodes.AreasAdded,
                    $"{Added.Count} area(s) not in areas.csv were taken from this file: " +
                    string.Join(", ", Added.Take(8).Select(a => $"{a.Code} {a.Name}")) + (Added.Count > 8 ? ", ..." : "") + ".",
                    fileName, fix: "Nothing to do unless an area should be in areas.csv with its own parent and short name.");
        }
    }

    /// <summary>Separates the illustrative marker this tool writes from the rest of a value note.</summary>
    private static (string? Note, bool Illustrative) SplitNote(string? note)
    {
        if (note is null || !note.StartsWith(IllustrativeNote, StringComparison.OrdinalIgnoreCase)) return (note, false);
        var rest = note[IllustrativeNote.Length..].TrimStart(';', ' ');
        return (rest.Length == 0 ? null : rest, true);
    }
}
