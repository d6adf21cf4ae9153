using System.Text;
using ReportGen.Data;
using ReportGen.Data.Diagnostics;
using ReportGen.Data.Readers;

namespace ReportGen.Fingertips;

/// <summary>
/// Decides whether a downloaded file is a whole, readable Fingertips export before it may replace the cached copy:
/// the Fingertips header (26 or 27 columns; column 23's heading names the parent area type, and column 26 may carry
/// its older heading "Target data"), no sign of being cut off (an unclosed quote, a short last row), at least one
/// data row and the requested indicator only. The file is read by <see cref="FingertipsCsvReader"/> exactly as the
/// data loader will read it: a row that does not read cleanly is quarantined (<see cref="ExportCheck.Quarantined"/>)
/// rather than rejecting the export, unless no row reads cleanly.
/// </summary>
/// <param name="catalogue">indicators.yaml, to map the export's indicator to an indicator id as the loader does.</param>
/// <param name="areas">Makes a fresh area registry for each check (the reader adds the areas it meets to it).</param>
public sealed class ExportValidator(IndicatorCatalogue catalogue, Func<AreaRegistry> areas)
{
    /// <summary>Checks the file at <paramref name="path"/>, which will be cached as <paramref name="cacheName"/>.</summary>
    public ExportCheck Check(string path, FetchItem item, string cacheName, Uri? url = null)
    {
        ExportCheck Fail(FetchErrorKind kind, string problem, string fix, int rows = 0, int columns = 0) =>
            new(rows, columns, new FetchError(kind, problem, fix, url));

        if (new FileInfo(path).Length == 0)
            return Fail(FetchErrorKind.NotCsv, "The server sent an empty response.",
                "Try again later; if it persists, open the URL in a browser to check the indicator has data for this area type.");

        CsvShape shape;
        using (var stream = File.OpenRead(path)) shape = CsvShape.Scan(stream);

        var start = shape.Start.TrimStart();
        if (start.StartsWith('<'))
            return Fail(FetchErrorKind.NotCsv,
                $"The server sent an HTML page{FingertipsClient.Describe(shape.Start)} instead of a CSV export.",
                "Fingertips may be down for maintenance, or --base-url may not point at its API (it ends in /api/). Open the URL in a browser and try again later.");
        if (start.StartsWith('{') || start.StartsWith('['))
            return Fail(FetchErrorKind.NotCsv, $"The server sent JSON instead of a CSV export: {Clip(start)}",
                "Check --base-url and the route; the CSV route is all_data/csv/by_indicator_id.");

        if (HeaderProblem(shape.Header) is { } header)
            return Fail(FetchErrorKind.WrongHeader, $"The response is not a Fingertips export: {header}",
                "Check --base-url points at the Fingertips API. If Fingertips has changed its export layout, ReportGen must be updated; the cached copy is kept meanwhile.",
                columns: shape.Header.Count);

        var columns = shape.Header.Count;
        if (shape.EndsInsideQuotes)
            return Fail(FetchErrorKind.Truncated,
                $"The response was cut short: it ends inside a quoted field in row {shape.LastRecordNumber}.",
                "The download stopped early. Run fetch again.", shape.DataRecords, columns);
        if (shape.LastFieldCount != columns && shape.LastFieldCount != shape.PreviousFieldCount)
            return Fail(FetchErrorKind.Truncated,
                $"The response was cut short: its last row (row {shape.LastRecordNumber}) has {shape.LastFieldCount} field(s) but the header has {columns}.",
                "The download stopped early. Run fetch again.", shape.DataRecords, columns);
        if (shape.DataRecords == 0)
            return Fail(FetchErrorKind.BadContent, "The export has the Fingertips header but no data rows.",
                $"Check on Fingertips that indicator {item.FingertipsId} has data for {item.AreaType.Label} (area type {item.AreaType.ChildId}).",
                0, columns);

        return Read(path, item, cacheName, shape, url);
    }

    /// <summary>Reads the file as the data loader will, and checks it holds only the requested indicator.</summary>
    private ExportCheck Read(string path, FetchItem item, string cacheName, CsvShape shape, Uri? url)
    {
        var bag = new DiagnosticBag();
        FingertipsExport export;
        using (var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
            export = new FingertipsCsvReader(catalogue, areas()).Read(reader, cacheName, bag);
        new IndicatorStore(catalogue).AddRange(export.Values, bag, fillMissing: false);

        var rows = export.DataRows;
        var columns = shape.Header.Count;
        var errors = bag.Errors.ToList();
        // A problem of the whole file (no line, or the header) rejects it; problems of single rows quarantine those
        // rows, as long as some rows read cleanly.
        var quarantined = errors.Where(e => e.Line is > 1).GroupBy(e => e.Line!.Value)
            .Select(g => new QuarantinedRow(g.Key, g.First().ToString())).OrderBy(q => q.Record).ToList();
        var fileErrors = errors.Where(e => e.Line is not > 1).ToList();
        if (fileErrors.Count > 0 || (errors.Count > 0 && quarantined.Count >= rows))
            return new ExportCheck(rows, columns, new FetchError(FetchErrorKind.BadContent,
                $"The export does not read cleanly ({errors.Count} problem(s)); the first is: {(fileErrors.Count > 0 ? fileErrors[0] : errors[0])}",
                "The cached copy is kept. Try again later; if the same problem comes back, Fingertips has published something " +
                "ReportGen cannot read: report it with the URL.", url));

        // Which Fingertips indicators the rows belong to: read ones map back through indicators.yaml, skipped ones
        // (not listed there) are reported by number.
        var present = export.SkippedIndicatorIds.Select(Number).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var v in export.Values)
            present.Add(catalogue.Get(v.IndicatorId)?.FingertipsId is { } n ? Number(n) : v.IndicatorId);
        var wanted = Number(item.FingertipsId);
        if (present.Count != 1 || !present.Contains(wanted))
            return new ExportCheck(rows, columns, new FetchError(FetchErrorKind.BadContent,
                $"The export holds indicator(s) {string.Join(", ", present.Order(StringComparer.Ordinal))} instead of only {wanted}.",
                "Check --base-url: the server did not answer the question asked. The cached copy is kept.", url));
        return new ExportCheck(rows, columns, null) { Quarantined = quarantined };
    }

    /// <summary>Why a header is not the Fingertips export header, or null when it is.</summary>
    internal static string? HeaderProblem(IReadOnlyList<string> header)
    {
        var expected = FingertipsColumns.All;
        if (header.Count is not (26 or 27))
            return $"its first line has {header.Count} column(s) ({Clip(string.Join(",", header))}), not the 26 or 27 of a Fingertips export.";
        for (var i = 0; i < header.Count; i++)
        {
            var ok = i == 22
                ? FingertipsColumns.IsParentComparison(header[i])
                : header[i].Equals(expected[i], StringComparison.OrdinalIgnoreCase)
                  || (i == 25 && header[i].Equals(FingertipsColumns.LegacyComparedToGoal, StringComparison.OrdinalIgnoreCase));
            if (!ok)
                return $"column {i + 1} is headed '{Clip(header[i])}' where a Fingertips export has '{(i == 22 ? "Compared to ... value or percentiles" : expected[i])}'.";
        }
        return null;
    }

    private static string Number(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Clip(string text)
    {
        text = text.ReplaceLineEndings(" ").Trim();
        return text.Length > 100 ? text[..97] + "..." : text;
    }
}
