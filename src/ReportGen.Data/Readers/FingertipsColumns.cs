namespace ReportGen.Data.Readers;

/// <summary>The column headings of a Fingertips "all data" CSV export, exactly as Fingertips writes them.</summary>
public static class FingertipsColumns
{
    /// <summary>Column 1: the Fingertips indicator number.</summary>
    public const string IndicatorId = "Indicator ID";
    /// <summary>Column 2: the indicator's name (may end with a line break inside its quotes).</summary>
    public const string IndicatorName = "Indicator Name";
    /// <summary>Column 3: the parent area's code; blank on England rows.</summary>
    public const string ParentCode = "Parent Code";
    /// <summary>Column 4: the parent area's name.</summary>
    public const string ParentName = "Parent Name";
    /// <summary>Column 5: the area's GSS code.</summary>
    public const string AreaCode = "Area Code";
    /// <summary>Column 6: the area's name.</summary>
    public const string AreaName = "Area Name";
    /// <summary>Column 7: the area type as Fingertips names it ("County &amp; UA", "Region", "Country"...).</summary>
    public const string AreaType = "Area Type";
    /// <summary>Column 8: Persons, Male or Female.</summary>
    public const string Sex = "Sex";
    /// <summary>Column 9: the age group, e.g. "18+ yrs".</summary>
    public const string Age = "Age";
    /// <summary>Column 10: the breakdown type; blank for headline rows.</summary>
    public const string CategoryType = "Category Type";
    /// <summary>Column 11: the breakdown value.</summary>
    public const string Category = "Category";
    /// <summary>Column 12: the period as published.</summary>
    public const string TimePeriod = "Time period";
    /// <summary>Column 13: the value; blank when suppressed or missing.</summary>
    public const string Value = "Value";
    /// <summary>Column 14: the lower 95% confidence limit.</summary>
    public const string Lower95 = "Lower CI 95.0 limit";
    /// <summary>Column 15: the upper 95% confidence limit.</summary>
    public const string Upper95 = "Upper CI 95.0 limit";
    /// <summary>Column 16: the lower 99.8% confidence limit.</summary>
    public const string Lower998 = "Lower CI 99.8 limit";
    /// <summary>Column 17: the upper 99.8% confidence limit.</summary>
    public const string Upper998 = "Upper CI 99.8 limit";
    /// <summary>Column 18: the numerator (may be fractional, e.g. a 3-year average).</summary>
    public const string Count = "Count";
    /// <summary>Column 19: the denominator.</summary>
    public const string Denominator = "Denominator";
    /// <summary>Column 20: a note on the value.</summary>
    public const string ValueNote = "Value note";
    /// <summary>Column 21: the published recent-trend label.</summary>
    public const string RecentTrend = "Recent Trend";
    /// <summary>Column 22: the published comparison with England.</summary>
    public const string ComparedToEngland = "Compared to England value or percentiles";
    /// <summary>Column 23 as 2022-and-later exports head it; older ones name the parent area type instead.</summary>
    public const string ColumnNotUsed = "Column not used";
    /// <summary>Column 24: YYYYQQMM from the start of the period.</summary>
    public const string TimePeriodSortable = "Time period Sortable";
    /// <summary>Column 25: a "New data" flag or blank.</summary>
    public const string NewData = "New data";
    /// <summary>Column 26: the comparison with a target.</summary>
    public const string ComparedToGoal = "Compared to goal";
    /// <summary>The older heading of column 26, which fingertipsR renames to <see cref="ComparedToGoal"/>.</summary>
    public const string LegacyComparedToGoal = "Target data";
    /// <summary>Column 27, added in 2022; absent from the older 26-column layout.</summary>
    public const string TimePeriodRange = "Time period range";

    /// <summary>The 27 headings of the current layout, in order.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        IndicatorId, IndicatorName, ParentCode, ParentName, AreaCode, AreaName, AreaType, Sex, Age, CategoryType, Category,
        TimePeriod, Value, Lower95, Upper95, Lower998, Upper998, Count, Denominator, ValueNote, RecentTrend,
        ComparedToEngland, ColumnNotUsed, TimePeriodSortable, NewData, ComparedToGoal, TimePeriodRange,
    ];

    /// <summary>
    /// True for a heading of column 23, the comparison with the parent area, whose wording varies by vintage:
    /// "Compared to Region value or percentiles", "Compared to percentiles", "Column not used".
    /// </summary>
    public static bool IsParentComparison(string heading)
    {
        var h = heading.Trim();
        if (h.Equals(ColumnNotUsed, StringComparison.OrdinalIgnoreCase)) return true;
        return h.StartsWith("Compared", StringComparison.OrdinalIgnoreCase)
            && !h.StartsWith("Compared to goal", StringComparison.OrdinalIgnoreCase)
            && !h.StartsWith("Compared to England", StringComparison.OrdinalIgnoreCase);
    }
}
