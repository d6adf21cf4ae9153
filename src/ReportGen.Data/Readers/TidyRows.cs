using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;

namespace ReportGen.Data.Readers;

/// <summary>
/// Turns rows of the tidy layout (data/FORMATS.md) into indicator values, whether they came from a CSV file or a
/// worksheet, checking each row and reporting every problem with its row and column.
/// </summary>
internal sealed class TidyRows(IndicatorCatalogue catalogue, AreaRegistry areas)
{
    // Large files repeat the same few texts (sexes, ages, categories, periods) on every row: keep one copy of each.
    private readonly TextPool _pool = new();

    private static readonly string[] Required = ["indicator_id", "area_code", "period"];

    /// <summary>Every column the layout knows.</summary>
    public static readonly IReadOnlyList<string> KnownColumns =
    [
        "indicator_id", "area_code", "period", "sex", "age", "category_type", "category", "count", "denominator", "value",
        "lower_95", "upper_95", "lower_998", "upper_998", "value_note", "provenance", "compared_to_england",
    ];

    private static readonly ValueColumns Numeric = new("value", "lower_95", "upper_95", "lower_998", "upper_998", "count", "denominator");

    /// <summary>Reads the rows under <paramref name="header"/>; nothing when a required column is missing.</summary>
    public List<IndicatorValue> Read(IReadOnlyList<string> header, IEnumerable<TableRow> rows, string fileName, DiagnosticBag diagnostics) =>
        Stream(header, rows, fileName, diagnostics).ToList();

    /// <summary>As <see cref="Read"/>, one value at a time as the rows are read, so a large file is never held whole.</summary>
    public IEnumerable<IndicatorValue> Stream(IReadOnlyList<string> header, IEnumerable<TableRow> rows, string fileName, DiagnosticBag diagnostics)
    {
        var columns = new ColumnMap(header);
        bool ok = columns.RequireAll(Required, fileName, diagnostics);
        if (!columns.Has("value") && !columns.Has("count"))
        {
            ok = false;
            diagnostics.Error(DataDiagnosticCodes.MissingColumn,
                $"The file needs a 'value' or a 'count' column and has neither. Columns found: {columns.Found}.", fileName, 1, "value",
                "Add a column headed 'value' (or 'count' with 'denominator' to have values computed).");
        }
        foreach (var name in header.Where(h => h.Length > 0 && !KnownColumns.Contains(h, StringComparer.OrdinalIgnoreCase)))
            diagnostics.Warning(DataDiagnosticCodes.UnknownColumn, $"The column '{name}' is not part of the tidy layout and was ignored.",
                fileName, 1, name, $"{Suggestions.DidYouMean(name, KnownColumns)}Known columns: {string.Join(", ", KnownColumns)}.");
        if (!ok) yield break;

        foreach (var row in rows)
        {
            if (row.Cells.Count > header.Count && row.Cells.Skip(header.Count).Any(c => !string.IsNullOrWhiteSpace(c)))
                diagnostics.Error(DataDiagnosticCodes.ExtraFields,
                    $"The row has {row.Cells.Count} fields but the header has {header.Count}.", fileName, row.Line, null,
                    "A comma inside a value needs the whole value in double quotes; otherwise remove the extra fields.");
            else if (ReadRow(row, columns, fileName, diagnostics) is { } value)
                yield return value;
        }
    }

    private IndicatorValue? ReadRow(TableRow row, ColumnMap c, string fileName, DiagnosticBag diagnostics)
    {
        var scope = new RowScope(fileName, row.Line, diagnostics);
        string? Cell(string name) => row[c[name]];

        var definition = Indicator(Cell("indicator_id"), scope);
        var area = FindArea(Cell("area_code"), scope);
        scope.AreaCode = area?.Code;
        var period = _pool.Period(Cell("period"), scope);
        var count = scope.Number(Cell("count"), "count");
        var denominator = scope.Number(Cell("denominator"), "denominator");
        var value = scope.Number(Cell("value"), "value");
        var lower95 = scope.Number(Cell("lower_95"), "lower_95");
        var upper95 = scope.Number(Cell("upper_95"), "upper_95");
        var lower998 = scope.Number(Cell("lower_998"), "lower_998");
        var upper998 = scope.Number(Cell("upper_998"), "upper_998");
        var illustrative = Provenance(Cell("provenance"), scope);
        if (value is null && count is null && Cell("value") is null && Cell("count") is null)
            scope.Error(DataDiagnosticCodes.NoValueOrCount, "The row has neither a value nor a count.",
                c.Has("value") ? "value" : "count", "Fill in the value, or the count (and denominator) to have it computed.");
        if (definition is null || area is null || period is null) return null;

        var result = new IndicatorValue
        {
            IndicatorId = definition.Id,
            AreaCode = area.Code,
            Period = period,
            Sex = _pool.Text(Cell("sex")) ?? definition.Sex,
            Age = _pool.Text(Cell("age")) ?? definition.Age,
            CategoryType = _pool.Text(Cell("category_type")) ?? "",
            Category = _pool.Text(Cell("category")) ?? "",
            Count = count,
            Denominator = denominator,
            Value = value,
            Lower95 = lower95,
            Upper95 = upper95,
            Lower998 = lower998,
            Upper998 = upper998,
            ValueNote = _pool.Text(Cell("value_note")),
            Illustrative = illustrative,
            PublishedComparisonWithEngland = PublishedComparison(Cell("compared_to_england"), scope),
            Source = new SourceLocation(fileName, row.Line),
        };
        ValueChecks.Check(result, definition, Numeric, scope);
        return scope.HasErrors ? null : result;
    }

    /// <summary>The published comparison with England ("Similar", "Better", ...), as the source's own method gave it.</summary>
    private static Statistics.ComparisonOutcome? PublishedComparison(string? text, RowScope scope)
    {
        if (text is null) return null;
        var outcome = Statistics.ComparisonOutcomeExtensions.FromFingertipsLabel(text);
        if (outcome == Statistics.ComparisonOutcome.NotCompared && !text.Trim().Equals("Not compared", StringComparison.OrdinalIgnoreCase))
            scope.Error(DataDiagnosticCodes.BadChoice, $"'{text}' is not a comparison.", "compared_to_england",
                "Write Better, Similar, Worse, Higher, Lower or Not compared, as the source publishes it, or leave it blank.");
        return outcome;
    }

    private IndicatorDefinition? Indicator(string? id, RowScope scope)
    {
        if (id is null) { scope.Missing("indicator_id", "an indicator id"); return null; }
        if (catalogue.Get(id) is { } d) return d;
        var near = catalogue.SuggestId(id);
        scope.Error(DataDiagnosticCodes.UnknownIndicator, $"'{ErrorText.Quote(id)}' is not an indicator id in indicators.yaml.", "indicator_id",
            near is null ? "Add the indicator to indicators.yaml, or correct the id." : $"Did you mean '{near}'? Otherwise add the indicator to indicators.yaml.");
        return null;
    }

    private Area? FindArea(string? code, RowScope scope)
    {
        if (code is null) { scope.Missing("area_code", "an area code"); return null; }
        if (areas.Get(code) is { } a) return a;
        // A name where the code belongs is a common slip; point at the code.
        var fix = areas.Find(code) is { } named
            ? $"Write the area's code, {named.Code}, rather than its name."
            : areas.Suggest(code) is { } near
                ? $"Did you mean {near.Code} ({near.Name})? Otherwise add the area to areas.csv."
                : "Correct the code, or add the area to areas.csv.";
        scope.Error(DataDiagnosticCodes.UnknownArea, $"'{ErrorText.Quote(code)}' is not an area code in areas.csv.", "area_code", fix);
        return null;
    }

    /// <summary>Reads a period, reporting a blank or unreadable one against <paramref name="column"/>.</summary>
    public static Period? ReadPeriod(string? text, RowScope scope, string column = "period")
    {
        if (text is null) { scope.Missing(column, "a period"); return null; }
        if (Period.TryParse(text, out var p)) return PeriodChecks.NotInFuture(p, scope, column) ? p : null;
        var fix = $"Write the period as published, e.g. {Period.FormatsHelp}.";
        if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var serial) && serial > 3000)
            fix += " If a spreadsheet turned it into a date, format the column as Text and type it again.";
        scope.Error(DataDiagnosticCodes.BadPeriod, $"'{ErrorText.Quote(text)}' is not a period this tool can read.", column, fix);
        return null;
    }

    private static bool Provenance(string? text, RowScope scope)
    {
        switch (text?.ToLowerInvariant())
        {
            case null or "published": return false;
            case "illustrative": return true;
            default:
                scope.Error(DataDiagnosticCodes.BadChoice, $"'{ErrorText.Quote(text)}' is not a provenance.", "provenance",
                    "Write 'published' (or leave it blank) for published figures and 'illustrative' for sample values.");
                return false;
        }
    }
}
