using System.IO.Compression;
using System.Text;
using ReportGen.Data.Diagnostics;

namespace ReportGen.Data.Tests.Hardening;

/// <summary>
/// Each class of bad input made from the bundled data: every one must give one clear error (or warning) naming the
/// file actually broken and the line, with a fix, in plain words, and no flood of follow-on errors.
/// </summary>
public sealed class BadDataCorpusTests : IDisposable
{
    private readonly BundledCopy _data = new();

    public void Dispose() => _data.Dispose();

    private DataSet Load() => DataLoader.Load(_data.Path);

    /// <summary>The one diagnostic with <paramref name="code"/>; fails when there is none or several.</summary>
    private static Diagnostic Single(DataSet set, string code)
    {
        var found = set.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(found.Count == 1, $"expected one '{code}', found {found.Count}:\n" + string.Join("\n", set.Diagnostics.Where(d => d.Severity != Severity.Info)));
        return found[0];
    }

    /// <summary>What every message must be: the file named, a fix, no .NET or library wording, not a wall of text.</summary>
    private static void Plain(Diagnostic d, string fileName)
    {
        var text = d.ToString();
        Assert.Equal(fileName, Path.GetFileName(d.File));
        Assert.Contains("Fix:", text);
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain("(Parameter", text);
        Assert.DoesNotContain("Idx:", text);           // YamlDotNet's own position text
        Assert.True(text.Length < 900, $"message too long ({text.Length}): {text[..200]}");
    }

    [Fact]
    public void The_bundled_data_loads_without_errors_so_each_case_below_is_the_one_fault_planted()
    {
        var set = Load();
        Assert.False(set.HasErrors, string.Join("\n", set.Errors));
    }

    [Fact]
    public void A_yaml_syntax_error_in_comparators_names_that_file_and_its_line()
    {
        int line = _data.LineWhere("comparators.yaml", l => l.TrimStart().StartsWith("- E", StringComparison.Ordinal));
        _data.ReplaceLine("comparators.yaml", line, l => l.Replace("- E", "- [E"));
        var d = Single(Load(), DataDiagnosticCodes.FileUnreadable);
        Plain(d, "comparators.yaml");
        Assert.InRange(d.Line!.Value, line, line + 1);
    }

    [Fact]
    public void A_missing_colon_in_indicators_yaml_is_reported_at_its_own_line_and_its_follow_on_errors_are_folded_into_it()
    {
        // A key without its colon, in the middle of an entry: the parser notices on that line, not at the entry's start.
        int line = _data.LineWhere("indicators.yaml", l => l.StartsWith("  measure: ", StringComparison.Ordinal));
        line = _data.LineWhere("indicators.yaml", l => l.StartsWith("  multiplier: ", StringComparison.Ordinal));
        _data.ReplaceLine("indicators.yaml", line, l => l.Replace("multiplier: ", "multiplier "));
        var set = Load();
        var d = Single(set, DataDiagnosticCodes.FileUnreadable);
        Plain(d, "indicators.yaml");
        Assert.InRange(d.Line!.Value, line, line + 1);
        Assert.DoesNotContain(set.Diagnostics, x => x.Code == DataDiagnosticCodes.UnknownIndicator);
        Assert.Contains("more error(s) about unknown indicator ids follow from this", d.Message);
    }

    [Fact]
    public void A_yaml_alias_is_refused_before_it_can_expand()
    {
        File.AppendAllText(_data.File_("comparators.yaml"), """

            E99999998: &a [{name: x, areas: [E10000003, E10000003, E10000003, E10000003]}]
            E99999999: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
            """);
        var d = Single(Load(), DataDiagnosticCodes.YamlAlias);
        Plain(d, "comparators.yaml");
        Assert.Equal(File.ReadAllLines(_data.File_("comparators.yaml")).Length, d.Line);
    }

    [Fact]
    public void Latin1_text_is_refused_with_save_as_utf8_at_the_line_of_the_first_accented_byte()
    {
        var path = _data.File_("tidy/national-context.csv");
        var text = File.ReadAllText(path);
        int line = text[..text.IndexOf('£')].Count(c => c == '\n') + 1;
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(text));
        var d = Single(Load(), TextEncodingCheck.Code);
        Plain(d, "national-context.csv");
        Assert.Equal(line, d.Line);
        Assert.Contains("UTF-8", d.Fix);
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_is_refused_and_no_nul_bytes_reach_a_message()
    {
        var path = _data.File_("tidy/local-services.csv");
        File.WriteAllBytes(path, Encoding.Unicode.GetBytes(File.ReadAllText(path)));
        var set = Load();
        var d = Single(set, TextEncodingCheck.Code);
        Plain(d, "local-services.csv");
        Assert.DoesNotContain(set.Diagnostics, x => x.ToString().Contains('\0'));
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    public void Utf8_with_a_mark_and_utf16_with_a_mark_read_exactly_as_plain_utf8(string encoding)
    {
        var expected = Load().Values.Count;
        var path = _data.File_("tidy/national-context.csv");
        var text = File.ReadAllText(path);
        Encoding e = encoding switch
        {
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16le-bom" => new UnicodeEncoding(false, true),
            _ => new UnicodeEncoding(true, true),
        };
        File.WriteAllText(path, text, e);
        var set = Load();
        Assert.False(set.HasErrors, string.Join("\n", set.Errors));
        Assert.Equal(expected, set.Values.Count);
        Assert.Contains(set.Values.All, v => v.ValueNote?.Contains("£10,400") == true);
    }

    [Fact]
    public void A_header_only_file_is_a_warning_naming_it()
    {
        var path = _data.File_("tidy/drug-deaths.csv");
        File.WriteAllText(path, File.ReadLines(path).First() + "\n");
        var set = Load();
        Assert.False(set.HasErrors);
        var d = Single(set, DataDiagnosticCodes.NoRows);
        Assert.Equal(Severity.Warning, d.Severity);
        Plain(d, "drug-deaths.csv");
    }

    [Fact]
    public void Two_columns_with_one_name_stop_the_file_with_both_positions()
    {
        _data.ReplaceLine("tidy/survey-lifestyle.csv", 1, l => l.Replace("area_code", "indicator_id"));
        var d = Single(Load(), DataDiagnosticCodes.DuplicateColumn);
        Plain(d, "survey-lifestyle.csv");
        Assert.Contains("columns 1 and 2", d.Message);
    }

    [Fact]
    public void A_folder_named_like_a_data_file_is_reported_not_skipped()
    {
        Directory.CreateDirectory(_data.File_("tidy/extra.csv"));
        var d = Single(Load(), DataDiagnosticCodes.NotAFile);
        Plain(d, "extra.csv");
    }

    [Fact]
    public void A_folder_in_place_of_areas_csv_is_one_error_without_thousands_of_unknown_areas()
    {
        File.Delete(_data.File_("areas.csv"));
        Directory.CreateDirectory(_data.File_("areas.csv"));
        var set = Load();
        var d = Single(set, DataDiagnosticCodes.NotAFile);
        Plain(d, "areas.csv");
        Assert.DoesNotContain(set.Diagnostics, x => x.Code == DataDiagnosticCodes.UnknownArea);
    }

    [Fact]
    public void A_period_that_has_not_begun_is_refused_rather_than_printed_as_the_latest()
    {
        int line = _data.LineWhere("tidy/lape-admissions.csv", l => l.Contains(",2022/23,", StringComparison.Ordinal));
        _data.ReplaceLine("tidy/lape-admissions.csv", line, l => l.Replace(",2022/23,", ",2092/93,"));
        var set = Load();
        var d = Single(set, DataDiagnosticCodes.FuturePeriod);
        Plain(d, "lape-admissions.csv");
        Assert.Equal(line, d.Line);
        Assert.DoesNotContain(set.Values.All, v => v.Period.StartYear == 2092);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void NaN_and_infinity_are_named_as_such_not_as_a_thousands_separator(string text)
    {
        int line = _data.LineWhere("tidy/lape-admissions.csv", l => l.Contains(",2022/23,", StringComparison.Ordinal));
        _data.ReplaceLine("tidy/lape-admissions.csv", line, l =>
        {
            var cells = l.Split(',');
            cells[9] = text;   // value
            return string.Join(',', cells);
        });
        var d = Single(Load(), DataDiagnosticCodes.NotANumber);
        Plain(d, "lape-admissions.csv");
        Assert.DoesNotContain("thousands", d.ToString());
        Assert.Contains(text.TrimStart('-') == "NaN" ? "NaN" : "infinite", d.Message);
    }

    [Fact]
    public void A_quote_never_closed_gives_one_short_message_not_the_rest_of_the_file()
    {
        // lape-admissions.csv has no quotes at all: one opened in row 2 swallows the rest of the file into one field.
        _data.ReplaceLine("tidy/lape-admissions.csv", 2, l => l.Replace(",2", ",\"2"));
        var set = Load();
        var about = set.Diagnostics.Where(d => d.File?.EndsWith("lape-admissions.csv") == true && d.Severity == Severity.Error).ToList();
        Assert.Single(about);
        Plain(about[0], "lape-admissions.csv");
        Assert.Equal(2, about[0].Line);
    }

    [Fact]
    public void A_flood_of_one_error_is_cut_to_a_screenful_with_a_count_of_the_rest()
    {
        var path = _data.File_("tidy/lape-admissions.csv");
        var lines = File.ReadAllLines(path);
        for (int i = 1; i < lines.Length; i++) lines[i] = "no_such_indicator" + lines[i][lines[i].IndexOf(',')..];
        File.WriteAllLines(path, lines);
        var set = Load();
        var shown = DiagnosticDigest.Limit(set.Diagnostics.Where(d => d.Severity == Severity.Error));
        Assert.Equal(DiagnosticDigest.PerCause + 1, shown.Count);
        Assert.Contains($"and {lines.Length - 1 - DiagnosticDigest.PerCause:N0} more like this", shown[^1].Message);
    }

    [Fact]
    public void A_compute_failure_is_worded_without_dotnet_parameter_names()
    {
        var set = DataLoader.Load(_data.Path, (_, _) => throw new ArgumentException("The denominator must be greater than zero (was 0).", "denominator"));
        var d = set.Diagnostics.First(x => x.Code == DataDiagnosticCodes.ComputeFailed);
        Assert.DoesNotContain("(Parameter", d.ToString());
        Assert.Contains("greater than zero", d.Message);
    }

    [Fact]
    public void A_zip_bomb_workbook_is_refused_from_its_declared_sizes_before_anything_is_unpacked()
    {
        var path = _data.File_("tidy/bomb.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize);
            using var s = entry.Open();
            var block = new byte[1 << 20];
            for (int i = 0; i < 300; i++) s.Write(block);   // 300 MB of zeros: a few hundred kB on disk
        }
        Assert.True(new FileInfo(path).Length < 5_000_000, $"{new FileInfo(path).Length} bytes");
        var d = Single(Load(), DataDiagnosticCodes.TooLarge);
        Plain(d, "bomb.xlsx");
    }

    [Fact]
    public void A_cell_reference_beyond_the_last_column_is_a_clear_error()
    {
        var path = _data.File_("tidy/outside.xlsx");
        XlsxFile.Write(path, """
            <row r="1"><c r="A1" t="inlineStr"><is><t>indicator_id</t></is></c></row>
            <row r="2"><c r="ZZZZZZZZZZ2" t="inlineStr"><is><t>x</t></is></c></row>
            """);
        var d = Single(Load(), DataDiagnosticCodes.FileUnreadable);
        Plain(d, "outside.xlsx");
        Assert.Contains("outside the worksheet", d.Message);
        Assert.Equal(2, d.Line);
    }

    [Fact]
    public void A_workbook_with_more_cells_than_the_limit_stops_reading()
    {
        var path = _data.File_("tidy/many.xlsx");
        var rows = new StringBuilder();
        // Empty cells cost a few bytes each; the cap is on cells, not on bytes.
        var cells = string.Concat(Enumerable.Repeat("<c/>", 10_000));
        for (int r = 1; r <= 501; r++) rows.Append($"<row r=\"{r}\">").Append(cells).Append("</row>");
        XlsxFile.Write(path, rows.ToString());
        var d = Single(Load(), DataDiagnosticCodes.TooLarge);
        Plain(d, "many.xlsx");
    }
}

/// <summary>Writes a minimal workbook by hand, so a test can put anything in the sheet XML.</summary>
internal static class XlsxFile
{
    public static void Write(string path, string sheetRows)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Add(string name, string text)
        {
            using var w = new StreamWriter(zip.CreateEntry(name).Open());
            w.Write(text);
        }
        Add("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
            """);
        Add("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """);
        Add("xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>
            """);
        Add("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
            """);
        Add("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + sheetRows + "</sheetData></worksheet>");
    }
}
