using ReportGen.Charts;
using ReportGen.Data.Model;
using ReportGen.Statistics;
using ReportGen.Templates.Facts;

namespace ReportGen.Templates.Blocks;

/// <summary>
/// Reading the store for chart and table blocks: a block's breakdown (sex, age, category), series of values,
/// one-period positions, disclosure control, axis labels and category order. Each chart kind (src/ReportGen.ChartKinds)
/// builds its spec with these.
/// </summary>
public static class BlockData
{
    /// <summary>
    /// Disclosure control for chart values: a count below the threshold is left out of the chart (and so of its data
    /// table and alt text), never drawn or labelled.
    /// </summary>
    public static double? Safe(ReportContext context, IndicatorDefinition indicator, double? value) =>
        value is { } v && indicator.Measure == MeasureType.Count && context.Disclosure.Suppress(v, indicator) ? null : value;

    public static string AxisLabel(IndicatorDefinition indicator) => indicator.Unit.Trim() switch
    {
        "%" => "Percentage (%)",
        "" => indicator.Measure == MeasureType.Count ? "Number" : indicator.DisplayName,
        var u when u.StartsWith("per ", StringComparison.OrdinalIgnoreCase) =>
            (indicator.Measure == MeasureType.DirectlyStandardisedRate ? "Age-standardised rate " : "Rate ") + u,
        var u => u,
    };

    public static T Common<T>(T spec, IndicatorDefinition indicator, ChartBlockOptions o) where T : ChartSpec =>
        spec with { Unit = indicator.Unit, Decimals = indicator.Decimals };

    /// <summary>The sex, age and category a block asks for, defaulting to the indicator's headline.</summary>
    public sealed record Breakdown(string Sex, string Age, string CategoryType, string Category)
    {
        public static Breakdown From(IndicatorDefinition indicator, string? sex, string? age, string? categoryType, string? category) =>
            new(sex ?? indicator.Sex, age ?? indicator.Age, category is null ? "" : categoryType ?? "", category ?? "");

        public bool IsHeadline(IndicatorDefinition indicator) =>
            Same(Sex, indicator.Sex) && Same(Age, indicator.Age) && Category.Length == 0;

        /// <summary>Words added to a series name or subject for a breakdown: "Male", "18-24 yrs", "Crack only".</summary>
        public string Label(IndicatorDefinition indicator) => string.Join(", ", new[]
        {
            Same(Sex, indicator.Sex) ? "" : Sex, Same(Age, indicator.Age) ? "" : Age, Category,
        }.Where(x => x.Length > 0));
    }

    public static bool Same(string? a, string? b) => string.Equals((a ?? "").Trim(), (b ?? "").Trim(), StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<IndicatorValue> SeriesOf(ReportContext context, IndicatorDefinition indicator, string areaCode, Breakdown b) =>
        context.Data.Values.Series(indicator.Id, areaCode, b.Sex, b.Age, b.CategoryType, b.Category);

    /// <summary>One row of a one-period table or one bar position: a label, the indicator and the breakdown.</summary>
    public sealed record Slot(string Label, IndicatorDefinition Indicator, Breakdown Breakdown);

    /// <summary>
    /// The positions of a one-period chart or table: the indicators (<c>by: indicator</c>), male and female, the age
    /// bands any of the areas has, or the categories of a category type the focus area has. Null for an unknown word.
    /// </summary>
    public static List<Slot>? Slots(ReportContext context, IReadOnlyList<IndicatorDefinition> indicators, string by,
        string? sex, string? age, string? categoryType, string? category, IReadOnlyList<Area> areas, string focusCode)
    {
        var indicator = indicators[0];
        var headline = Breakdown.From(indicator, sex, age, null, null);
        var slots = new List<Slot>();
        switch (by.Trim().ToLowerInvariant())
        {
            case "indicator":
                foreach (var ind in indicators) slots.Add(new(ind.DisplayName, ind, Breakdown.From(ind, sex, age, categoryType, category)));
                break;
            case "sex":
                foreach (var s in new[] { "Male", "Female" }) slots.Add(new(s, indicator, headline with { Sex = s }));
                break;
            case "age":
                var ages = context.Data.Values.ForIndicator(indicator.Id)
                    .Where(v => v.Value is not null && v.CategoryType.Length == 0 && Same(v.Sex, headline.Sex) && !Same(v.Age, indicator.Age)
                        && areas.Any(a => Same(a.Code, v.AreaCode)))
                    .Select(v => v.Age).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(AgeStart).ToList();
                foreach (var a in ages) slots.Add(new(AgeLabel(a), indicator, headline with { Age = a }));
                break;
            case "category":
                var cats = context.Data.Values.BreakdownOf(indicator.Id, focusCode, categoryType ?? "")
                    .Where(v => (v.Value is not null || v.Count is not null) && Same(v.Sex, headline.Sex) && Same(v.Age, headline.Age))
                    .Select(v => (v.CategoryType, v.Category)).Distinct().OrderBy(c => CategoryOrder(context, indicator, c.Category)).ToList();
                foreach (var (type, cat) in cats) slots.Add(new(cat, indicator, headline with { CategoryType = type, Category = cat }));
                break;
            default:
                return null;
        }
        return slots;
    }

    /// <summary>Where a category first appears in the indicator's data, so every chart and table lists (and colours)
    /// the categories of an indicator in the same order.</summary>
    public static int CategoryOrder(ReportContext context, IndicatorDefinition indicator, string category)
    {
        var all = context.Data.Values.Categories(indicator.Id);
        for (int k = 0; k < all.Count; k++)
            if (string.Equals(all[k].Category, category, StringComparison.OrdinalIgnoreCase)) return k;
        return int.MaxValue;
    }

    /// <summary>An age band as a label: "18 to 29", "50 and over", "Under 15".</summary>
    public static string AgeLabel(string band)
    {
        var words = Liquid.IndicatorDrop.AgeWords(band);
        return words.Length == 0 ? band : char.ToUpperInvariant(words[0]) + words[1..];
    }

    public static int AgeStart(string band)
    {
        if (band.TrimStart().StartsWith('<')) return 0;
        var digits = new string(band.TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(digits, out var n) ? n : int.MaxValue;
    }
}
