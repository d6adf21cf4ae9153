using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;
using ReportGen.Data.Readers;
using ReportGen.Data.Tests.TestSupport;

namespace ReportGen.Data.Tests.Readers;

public class TidyCsvReaderTests
{
    private const string Header = "indicator_id,area_code,period,count,denominator,value,lower_95,upper_95";

    private static (IReadOnlyList<IndicatorValue> Values, DiagnosticBag Bag) Read(string text)
    {
        var bag = new DiagnosticBag();
        var values = new TidyCsvReader(Fixtures.Indicators(), Fixtures.Areas()).Read(new StringReader(text), "tidy.csv", bag);
        return (values, bag);
    }

    private static (IReadOnlyList<IndicatorValue> Values, DiagnosticBag Bag) ReadRows(params string[] rows) =>
        Read(string.Join("\n", [Header, .. rows]) + "\n");

    [Fact]
    public void Reads_a_row_with_defaults_from_the_indicator()
    {
        var (values, bag) = Read("""
            indicator_id,area_code,period,count,denominator,value,lower_95,upper_95,value_note,provenance
            treatment_completion,E10000003,2022/23,120,800,15,12.7,17.6,Adults in treatment,illustrative
            """);
        Assert.Empty(bag.Items);
        var v = Assert.Single(values);
        Assert.Equal("treatment_completion", v.IndicatorId);
        Assert.Equal("E10000003", v.AreaCode);
        Assert.Equal(Period.Parse("2022/23"), v.Period);
        Assert.Equal("Persons", v.Sex);
        Assert.Equal("All ages", v.Age);
        Assert.Equal("", v.CategoryType);
        Assert.Equal((120.0, 800.0, 15.0, 12.7, 17.6), (v.Count, v.Denominator, v.Value, v.Lower95, v.Upper95));
        Assert.Equal("Adults in treatment", v.ValueNote);
        Assert.True(v.Illustrative);
        Assert.Equal(new SourceLocation("tidy.csv", 2), v.Source);
    }

    [Fact]
    public void Matches_column_names_and_ids_without_case_and_in_any_order()
    {
        var (values, bag) = Read("""
            Value,Period,Area_Code,Indicator_ID,Sex,Category_Type,Category
            41.5,2023,e10000003,Treatment_Completion,Male,Substance group,Opiate
            """);
        Assert.Empty(bag.Items);
        var v = Assert.Single(values);
        Assert.Equal(("treatment_completion", "E10000003", "Male", "Substance group", "Opiate"),
            (v.IndicatorId, v.AreaCode, v.Sex, v.CategoryType, v.Category));
    }

    [Fact]
    public void Reports_a_missing_required_column_naming_it_and_the_columns_found()
    {
        var (values, bag) = Read("indicator_id,period,value\ntreatment_completion,2023,5\n");
        var d = Fixtures.Single(bag, DataDiagnosticCodes.MissingColumn, "tidy.csv", 1, "area_code");
        Assert.Contains("'indicator_id', 'period', 'value'", d.Message);
        Assert.NotNull(d.Fix);
        Assert.Empty(values);
    }

    [Fact]
    public void Reports_a_file_with_neither_value_nor_count_column()
    {
        var (_, bag) = Read("indicator_id,area_code,period\ntreatment_completion,E10000003,2023\n");
        Fixtures.Single(bag, DataDiagnosticCodes.MissingColumn, "tidy.csv", 1, "value");
    }

    [Fact]
    public void Warns_about_an_unknown_column_and_suggests_the_known_one()
    {
        var (values, bag) = Read("indicator_id,area_code,period,value,lower95\ntreatment_completion,E10000003,2023,5,4\n");
        var d = Fixtures.Single(bag, DataDiagnosticCodes.UnknownColumn, "tidy.csv", 1, "lower95");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("lower_95", d.Fix);
        Assert.Single(values);
    }

    [Fact]
    public void Reports_text_where_a_number_belongs()
    {
        var (values, bag) = ReadRows("treatment_completion,E10000003,2023,12,100,twelve,,");
        var d = Fixtures.Single(bag, DataDiagnosticCodes.NotANumber, "tidy.csv", 2, "value");
        Assert.Contains("twelve", d.Message);
        Assert.Empty(values);
    }

    [Fact]
    public void Suggests_removing_thousands_separators()
    {
        var (_, bag) = ReadRows("treatment_completion,E10000003,2023,\"1,200\",5000,,,");
        var d = Fixtures.Single(bag, DataDiagnosticCodes.NotANumber, "tidy.csv", 2, "count");
        Assert.Contains("thousands", d.Fix);
    }

    [Fact]
    public void Reports_an_unreadable_period()
    {
        var (_, bag) = ReadRows("treatment_completion,E10000003,2023,1,2,50,,", "treatment_completion,E10000003,Q1 2023,1,2,50,,");
        var d = Fixtures.Single(bag, DataDiagnosticCodes.BadPeriod, "tidy.csv", 3, "period");
        Assert.Contains("2021-23", d.Fix);
    }

    [Fact]
    public void Reports_an_unknown_area_code_with_the_closest_known_code()
    {
        var (_, bag) = ReadRows("treatment_completion,E10000033,2023,1,2,50,,");
        var d = Fixtures.Single(bag, DataDiagnosticCodes.UnknownArea, "tidy.csv", 2, "area_code");
        Assert.Contains("E10000003", d.Fix);
    }

    [Fact]
    public void Points_at_the_code_when_an_area_name_is_written_instead()
    {
        var (_, bag) = ReadRows("treatment_completion,Peterborough,2023,1,2,50,,");
        var d = Fixtures.Single(bag, DataDiagnosticCodes.UnknownArea, "tidy.csv", 2, "area_code");
        Assert.Contains("E06000031", d.Fix);
    }

    [Fact]
    public void Reports_an_unknown_indicator_id_with_the_closest_known_id()
    {
        var (_, bag) = ReadRows("treatment_completions,E10000003,2023,1,2,50,,");
        var d = Fixtures.Single(bag, DataDiagnosticCodes.UnknownIndicator, "tidy.csv", 2, "indicator_id");
        Assert.Contains("'treatment_completion'", d.Fix);
    }

    [Fact]
    public void Reports_a_value_outside_its_own_limits()
    {
        var (_, bag) = ReadRows("treatment_completion,E10000003,2023,10,100,10,11,20");
        Fixtures.Single(bag, DataDiagnosticCodes.ValueOutsideLimits, "tidy.csv", 2, "value");
    }

    [Fact]
    public void Reports_a_value_outside_its_99_8_limits()
    {
        var (_, bag) = Read("indicator_id,area_code,period,value,lower_998,upper_998\ntreatment_completion,E10000003,2023,30,5,20\n");
        Fixtures.Single(bag, DataDiagnosticCodes.ValueOutsideLimits, "tidy.csv", 2, "value");
    }

    [Fact]
    public void Accepts_a_value_equal_to_a_limit()
    {
        var (values, bag) = ReadRows("treatment_completion,E10000003,2023,0,100,0,0,3.7");
        Assert.Empty(bag.Items);
        Assert.Single(values);
    }

    [Fact]
    public void Reports_a_lower_limit_above_the_upper_limit()
    {
        var (_, bag) = ReadRows("treatment_completion,E10000003,2023,10,100,10,12,8");
        var d = Fixtures.Single(bag, DataDiagnosticCodes.LimitsReversed, "tidy.csv", 2, "lower_95");
        Assert.Contains("upper_95", d.Fix);
    }

    [Fact]
    public void Reports_a_negative_count_and_a_negative_denominator()
    {
        var (_, bag) = ReadRows("treatment_completion,E10000003,2023,-3,100,,,", "treatment_completion,E10000003,2024,3,-100,,,");
        Assert.Equal([(2, "count"), (3, "denominator")],
            bag.Items.Where(d => d.Code == DataDiagnosticCodes.NegativeNumber).Select(d => (d.Line!.Value, d.Column!)));
    }

    [Fact]
    public void Reports_a_proportion_count_above_its_denominator_but_not_a_rate()
    {
        var (_, bag) = Read("""
            indicator_id,area_code,period,count,denominator
            treatment_completion,E10000003,2023,120,100
            campylobacter_rate,E10000003,2023,120,100
            """);
        Fixtures.Single(bag, DataDiagnosticCodes.CountAboveDenominator, "tidy.csv", 2, "count");
    }

    [Fact]
    public void Reports_a_row_with_neither_value_nor_count()
    {
        var (_, bag) = ReadRows("treatment_completion,E10000003,2023,,100,,,");
        Fixtures.Single(bag, DataDiagnosticCodes.NoValueOrCount, "tidy.csv", 2, "value");
    }

    [Fact]
    public void Reports_blank_required_cells_and_a_bad_provenance()
    {
        var (_, bag) = Read("indicator_id,area_code,period,value,provenance\n,E10000003,,5,sample\n");
        Fixtures.Single(bag, DataDiagnosticCodes.BadChoice, "tidy.csv", 2, "provenance");
        Assert.Contains(bag.Items, d => d is { Code: DataDiagnosticCodes.MissingValue, Line: 2, Column: "indicator_id" });
        Assert.Contains(bag.Items, d => d is { Code: DataDiagnosticCodes.MissingValue, Line: 2, Column: "period" });
    }

    [Fact]
    public void Reports_every_problem_not_just_the_first()
    {
        var (values, bag) = ReadRows(
            "treatment_completion,E10000003,2023,10,100,10,,",
            "treatment_completion,E99999999,2023,10,100,10,,",
            "nonsense_indicator,E10000003,2023,10,100,10,,",
            "treatment_completion,E10000003,20233,10,100,10,,",
            "treatment_completion,E06000031,2023,10,100,ten,,");
        Assert.Equal([3, 4, 5, 6], bag.Errors.Select(d => d.Line!.Value).Order());
        Assert.Single(values);
    }

    [Fact]
    public void Reads_a_file_from_disk_with_crlf_and_a_byte_order_mark()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "local.csv");
        File.WriteAllText(path, Header + "\r\ntreatment_completion,E10000003,2023,10,100,10,,\r\n", new System.Text.UTF8Encoding(true));
        var bag = new DiagnosticBag();
        var values = new TidyCsvReader(Fixtures.Indicators(), Fixtures.Areas()).Read(path, bag);
        Assert.Empty(bag.Items);
        Assert.Equal(new SourceLocation(path, 2), Assert.Single(values).Source);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public void Reports_an_empty_file(string text)
    {
        var (values, bag) = Read(text);
        Assert.Empty(values);
        Fixtures.Single(bag, DataDiagnosticCodes.FileUnreadable, "tidy.csv", null, null);
    }

    [Fact]
    public void Reports_a_quoted_field_that_is_never_closed()
    {
        var (_, bag) = ReadRows("treatment_completion,E10000003,2023,1,2,50,,", "treatment_completion,\"E10000003,2024,1,2,50,,");
        Assert.Contains(bag.Errors, d => d is { Code: DataDiagnosticCodes.FileUnreadable, Line: 3 });
    }

    [Fact]
    public void Reports_a_file_that_cannot_be_opened()
    {
        var bag = new DiagnosticBag();
        var values = new TidyCsvReader(Fixtures.Indicators(), Fixtures.Areas()).Read("/no/such/file.csv", bag);
        Assert.Empty(values);
        Assert.Equal(DataDiagnosticCodes.FileUnreadable, Assert.Single(bag.Items).Code);
    }
}
