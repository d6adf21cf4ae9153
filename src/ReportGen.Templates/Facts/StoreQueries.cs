using ReportGen.Data;
using ReportGen.Data.Model;

namespace ReportGen.Templates.Facts;

public static class StoreQueries
{
    /// <summary>An indicator's values for one area broken down by one category type (e.g. "Substance group"), every period.</summary>
    public static IReadOnlyList<IndicatorValue> BreakdownOf(this IndicatorStore store, string indicatorId, string areaCode, string categoryType) =>
        store.ForIndicator(indicatorId)
            .Where(v => string.Equals(v.AreaCode, areaCode, StringComparison.OrdinalIgnoreCase)
                && (categoryType.Length == 0 ? v.CategoryType.Length > 0 : string.Equals(v.CategoryType, categoryType, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(v => v.Period).ToList();
}
