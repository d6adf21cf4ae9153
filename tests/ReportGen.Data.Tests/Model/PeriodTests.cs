using ReportGen.Data.Model;

namespace ReportGen.Data.Tests.Model;

public class PeriodTests
{
    [Theory]
    // label, start year, years, quarter, quarters, financial
    [InlineData("2023", 2023, 1, 0, 0, false)]
    [InlineData("2021-23", 2021, 3, 0, 0, false)]
    [InlineData("2021 - 23", 2021, 3, 0, 0, false)]
    [InlineData("2006 - 07", 2006, 2, 0, 0, false)]
    [InlineData("2021-2023", 2021, 3, 0, 0, false)]
    [InlineData("1999-01", 1999, 3, 0, 0, false)]
    [InlineData("2023/24", 2023, 1, 0, 0, true)]
    [InlineData("1999/00", 1999, 1, 0, 0, true)]
    [InlineData("2022/23 - 24/25", 2022, 3, 0, 0, true)]
    [InlineData("2006/07 - 07/08", 2006, 2, 0, 0, true)]
    [InlineData("2022/23 - 2024/25", 2022, 3, 0, 0, true)]
    [InlineData("2023 Q1", 2023, 1, 1, 1, false)]
    [InlineData("2023/24 Q2", 2023, 1, 2, 1, true)]
    [InlineData("2006/07 Q2 - 2007/08 Q1", 2006, 2, 2, 4, true)]
    [InlineData("2006/07 Q1-Q3", 2006, 1, 1, 3, true)]
    [InlineData("  2023  ", 2023, 1, 0, 0, false)]
    public void Parses_every_documented_format(string text, int start, int years, int quarter, int quarters, bool financial)
    {
        var p = Period.Parse(text);
        Assert.Equal(text.Trim(), p.Label);
        Assert.Equal(start, p.StartYear);
        Assert.Equal(years, p.Years);
        Assert.Equal(quarter, p.Quarter);
        Assert.Equal(quarters, p.Quarters);
        Assert.Equal(financial, p.IsFinancialYear);
        Assert.Equal(p.Label, p.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("23")]
    [InlineData("2023-21")]          // backwards (not 2023 to 2121)
    [InlineData("2001-1999")]
    [InlineData("2000-2030")]        // longer than any published period
    [InlineData("2023-23")]
    [InlineData("2023/25")]          // not consecutive years
    [InlineData("2022/23 - 22/23")]  // a range must end later
    [InlineData("2022/23 - 24/26")]  // the end must be a financial year too
    [InlineData("2023/24 -")]
    [InlineData("2021-23 Q1")]       // a quarter of a range is not a period
    [InlineData("2023 Q5")]
    [InlineData("2023/24 Q3-Q1")]
    [InlineData("FY2023")]
    [InlineData("45017")]            // a spreadsheet date serial
    public void Rejects_text_that_is_not_a_period(string? text)
    {
        Assert.False(Period.TryParse(text, out _));
        if (text is not null) Assert.Throws<FormatException>(() => Period.Parse(text));
    }

    [Fact]
    public void Sorts_by_start_year_then_quarter_then_span_then_calendar_before_financial()
    {
        string[] labels = ["2023", "2022/23 - 24/25", "2021-23", "2023 Q2", "2022", "2023 Q1", "2019/20", "2022 - 24"];
        var sorted = labels.Select(Period.Parse).Order().Select(p => p.Label).ToArray();
        Assert.Equal(["2019/20", "2021-23", "2022", "2022 - 24", "2022/23 - 24/25", "2023", "2023 Q1", "2023 Q2"], sorted);
    }

    [Fact]
    public void Sort_key_follows_fingertips_sortable_periods()
    {
        Assert.Equal(20180000, Period.Parse("2018/19").FingertipsSortable);
        Assert.Equal(20150000, Period.Parse("2015").FingertipsSortable);
        Assert.Equal(20230200, Period.Parse("2023/24 Q2").FingertipsSortable);
        Assert.True(Period.Parse("2021-23").SortKey < Period.Parse("2022").SortKey);
    }

    [Fact]
    public void Equal_periods_ignore_label_spacing_and_compare_as_equal()
    {
        var a = Period.Parse("2021-23");
        var b = Period.Parse("2021 - 23");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(0, a.CompareTo(b));
        Assert.Equal("2021 - 23", b.Label);
    }

    [Fact]
    public void Calendar_and_financial_years_with_the_same_start_differ()
    {
        var calendar = Period.Parse("2023");
        var financial = Period.Parse("2023/24");
        Assert.NotEqual(calendar, financial);
        Assert.True(calendar < financial);
        Assert.Equal(calendar.SortKey, financial.SortKey);
    }

    [Fact]
    public void End_year_is_the_last_year_covered()
    {
        Assert.Equal(2023, Period.Parse("2021-23").EndYear);
        Assert.Equal(2024, Period.Parse("2022/23 - 24/25").EndYear);
        Assert.Equal(2023, Period.Parse("2023/24").EndYear);
    }
}
