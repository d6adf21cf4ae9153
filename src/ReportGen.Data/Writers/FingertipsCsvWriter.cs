using System.Globalization;
using System.Text;
using CsvHelper;
using ReportGen.Data.Model;
using ReportGen.Data.Readers;
using ReportGen.Statistics;

namespace ReportGen.Data.Writers;

/// <summary>
/// Writes indicator values as a Fingertips 27-column CSV export, so that computed values can be inspected in a
/// spreadsheet or read back by <see cref="FingertipsCsvReader"/>. Numbers are written in invariant culture at full
/// precision ("R"); missing numbers are blank.
/// </summary>
/// <param name="areas">Supplies each area's name, type and parent.</param>
/// <param name="catalogue">Supplies each indicator's Fingertips id and name.</param>
public sealed class FingertipsCsvWriter(AreaRegistry areas, IndicatorCatalogue catalogue)
{
    /// <summary>Writes the header and one row per value, in the order given, to a new UTF-8 file (no byte-order mark).</summary>
    public void Write(string path, IEnumerable<IndicatorValue> values)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(writer, values);
    }

    /// <summary>Writes the header and one row per value, in the order given; lines end with CRLF.</summary>
    public void Write(TextWriter writer, IEnumerable<IndicatorValue> values)
    {
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteHeader(FingertipsColumns.All.ToArray());
        foreach (var v in values) csv.WriteRecord(Row(v));
    }

    /// <summary>
    /// The 27 fields of one value. The indicator is written as its Fingertips id, or as its indicators.yaml id when it
    /// has none; an illustrative value is marked in its value note.
    /// </summary>
    public string?[] Row(IndicatorValue v)
    {
        var definition = catalogue.Get(v.IndicatorId);
        var area = areas.Get(v.AreaCode);
        var parent = area?.ParentCode is { } pc ? areas.Get(pc) : null;
        return
        [
            definition?.FingertipsId?.ToString(CultureInfo.InvariantCulture) ?? v.IndicatorId,
            definition?.Name ?? v.IndicatorId,
            area?.ParentCode,
            parent?.Name,
            v.AreaCode,
            area?.Name,
            area is null ? null : AreaTypeNames.ToFingertips(area.Type),
            v.Sex,
            v.Age,
            v.CategoryType,
            v.Category,
            v.Period.Label,
            Number(v.Value),
            Number(v.Lower95),
            Number(v.Upper95),
            Number(v.Lower998),
            Number(v.Upper998),
            Number(v.Count),
            Number(v.Denominator),
            Note(v),
            v.PublishedTrend,
            v.PublishedComparisonWithEngland?.ToFingertipsLabel(),
            null,                                   // column 23: not used since 2022
            v.Period.FingertipsSortable.ToString(CultureInfo.InvariantCulture),
            null,                                   // New data
            null,                                   // Compared to goal
            v.Period.Quarters == 0 ? $"{v.Period.Years}y" : null,
        ];
    }

    private static string? Number(double? x) => x?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Note(IndicatorValue v) => !v.Illustrative ? v.ValueNote
        : v.ValueNote is null ? FingertipsCsvReader.IllustrativeNote
        : $"{FingertipsCsvReader.IllustrativeNote}; {v.ValueNote}";
}
