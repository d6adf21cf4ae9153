using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;

namespace ReportGen.Data;

/// <summary>
/// Every indicator value read, stored once and queried by indicator, area, period and breakdown. Rejects a second
/// value for the same indicator, area, period, sex, age and category, naming the row it repeats.
/// Text keys (ids, codes, sex, age, categories) match ignoring case and surrounding spaces.
/// </summary>
public sealed class IndicatorStore
{
    private readonly Func<IndicatorDefinition, IndicatorValue, IndicatorValue>? _fillMissing;
    private readonly List<IndicatorValue> _all = [];
    // The values by key (indicator, area, period, sex, age, category). A set of the values themselves, compared on
    // those fields, costs a third of a dictionary with a separate key per value: it matters for a million rows.
    private readonly HashSet<IndicatorValue> _byKey;
    private readonly Dictionary<string, List<IndicatorValue>> _byIndicator = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(int Indicator, int Area), List<IndicatorValue>> _bySeries = [];

    /// <summary>An empty store.</summary>
    /// <param name="catalogue">Supplies each indicator's headline sex and age and the definition passed to <paramref name="fillMissing"/>.</param>
    /// <param name="fillMissing">
    /// Called for a value that has a count but lacks its value or any confidence limit; returns the value with what
    /// it can compute filled in (the statistics code decides how). Null leaves such values as read.
    /// </param>
    public IndicatorStore(IndicatorCatalogue catalogue, Func<IndicatorDefinition, IndicatorValue, IndicatorValue>? fillMissing = null)
    {
        Catalogue = catalogue;
        _fillMissing = fillMissing;
        _byKey = new HashSet<IndicatorValue>(new KeyComparer(this));
    }

    /// <summary>The indicator definitions the values belong to.</summary>
    public IndicatorCatalogue Catalogue { get; }

    /// <summary>Number of values stored.</summary>
    public int Count => _all.Count;

    /// <summary>Every value in the order added.</summary>
    public IReadOnlyList<IndicatorValue> All => _all;

    /// <summary>
    /// Adds a value. A repeat of a stored value's indicator, area, period, sex, age and category is reported as an
    /// error naming the earlier row, and the first value is kept.
    /// </summary>
    /// <param name="fillMissing">False to store the value exactly as read (published exports), even if a fill hook is set.</param>
    /// <param name="keyColumns">The headings of the columns that make a row's key in the value's file, named as the column of a repeat.</param>
    /// <returns>True when the value was added.</returns>
    public bool Add(IndicatorValue value, DiagnosticBag diagnostics, bool fillMissing = true, string? keyColumns = null)
    {
        var key = KeyOf(value);   // gives every key text its number, so the set's comparer only looks them up
        if (_byKey.TryGetValue(value, out var earlier))
        {
            var where = earlier.Source is null ? "an earlier row"
                : earlier.Source.File == value.Source?.File ? $"row {earlier.Source.Line}" : $"row {earlier.Source.Line} of {earlier.Source.File}";
            diagnostics.Error(DataDiagnosticCodes.DuplicateRow,
                $"This row repeats {where}: same indicator ({value.IndicatorId}), area ({value.AreaCode}), period ({value.Period}), " +
                $"sex ({value.Sex}), age ({value.Age}) and category ({Describe(value)}).",
                value.Source?.File, value.Source?.Line, keyColumns,
                "Delete one of the two rows, or give them different breakdowns if they measure different things.");
            return false;
        }
        if (fillMissing) value = Fill(value, diagnostics);

        _byKey.Add(value);
        _all.Add(value);
        ListFor(_byIndicator, value.IndicatorId).Add(value);
        ListFor(_bySeries, (key.Indicator, key.Area)).Add(value);
        return true;
    }

    /// <summary>Adds each value as <see cref="Add"/> does; returns how many were added.</summary>
    public int AddRange(IEnumerable<IndicatorValue> values, DiagnosticBag diagnostics, bool fillMissing = true, string? keyColumns = null) =>
        values.Count(v => Add(v, diagnostics, fillMissing, keyColumns));

    /// <summary>
    /// The values for one indicator, area and breakdown, oldest period first. Sex and age default to the indicator's
    /// headline sex and age; the category defaults to the headline (blank).
    /// </summary>
    public IReadOnlyList<IndicatorValue> Series(string indicatorId, string areaCode, string? sex = null, string? age = null,
        string categoryType = "", string category = "")
    {
        var match = Matcher(indicatorId, sex, age, categoryType, category);
        return TryId(indicatorId, out var i) && TryId(areaCode, out var a) && _bySeries.TryGetValue((i, a), out var list)
            ? list.Where(match).OrderBy(v => v.Period).ToList()
            : [];
    }

    /// <summary>The value for the latest period that has a value (suppressed or missing values are passed over); null if none.</summary>
    public IndicatorValue? Latest(string indicatorId, string areaCode, string? sex = null, string? age = null,
        string categoryType = "", string category = "") =>
        Series(indicatorId, areaCode, sex, age, categoryType, category).LastOrDefault(v => v.Value is not null);

    /// <summary>The value for one period (whatever its label's spacing), or null.</summary>
    public IndicatorValue? At(string indicatorId, string areaCode, Period period, string? sex = null, string? age = null,
        string categoryType = "", string category = "")
    {
        var (s, a) = Headline(indicatorId, sex, age);
        if (!(TryId(indicatorId, out _) && TryId(areaCode, out _) && TryId(s, out _) && TryId(a, out _)
            && TryId(categoryType, out _) && TryId(category, out _))) return null;
        var probe = new IndicatorValue { IndicatorId = indicatorId, AreaCode = areaCode, Period = period, Sex = s, Age = a, CategoryType = categoryType, Category = category };
        return _byKey.TryGetValue(probe, out var found) ? found : null;
    }

    /// <summary>Every area's value for one indicator, period and breakdown, by area code: the input to ranks and England ranges.</summary>
    public IReadOnlyList<IndicatorValue> AllAreas(string indicatorId, Period period, string? sex = null, string? age = null,
        string categoryType = "", string category = "")
    {
        var match = Matcher(indicatorId, sex, age, categoryType, category);
        return ForIndicator(indicatorId).Where(v => v.Period.Equals(period) && match(v))
            .OrderBy(v => v.AreaCode, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every value of one indicator, in the order added.</summary>
    public IReadOnlyList<IndicatorValue> ForIndicator(string indicatorId) =>
        _byIndicator.TryGetValue(indicatorId.Trim(), out var list) ? list : [];

    /// <summary>The breakdown categories an indicator has values for (the headline excluded), in the order first met.</summary>
    public IReadOnlyList<BreakdownCategory> Categories(string indicatorId) =>
        ForIndicator(indicatorId).Where(v => v.CategoryType.Length > 0 || v.Category.Length > 0)
            .Select(v => new BreakdownCategory(v.CategoryType, v.Category))
            .Distinct(BreakdownComparer.Instance).ToList();

    /// <summary>The periods an indicator has values for, oldest first; for one area when <paramref name="areaCode"/> is given.</summary>
    public IReadOnlyList<Period> Periods(string indicatorId, string? areaCode = null) =>
        ForIndicator(indicatorId).Where(v => areaCode is null || Norm(v.AreaCode) == Norm(areaCode))
            .Select(v => v.Period).Distinct().Order().ToList();

    /// <summary>The codes of the areas an indicator has values for, in the order first met.</summary>
    public IReadOnlyList<string> AreaCodes(string indicatorId) =>
        ForIndicator(indicatorId).Select(v => v.AreaCode).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The sexes an indicator has values for, in the order first met.</summary>
    public IReadOnlyList<string> Sexes(string indicatorId) =>
        ForIndicator(indicatorId).Select(v => v.Sex).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The age groups an indicator has values for, in the order first met.</summary>
    public IReadOnlyList<string> Ages(string indicatorId) =>
        ForIndicator(indicatorId).Select(v => v.Age).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private IndicatorValue Fill(IndicatorValue value, DiagnosticBag diagnostics)
    {
        if (_fillMissing is null || value.Count is null || Catalogue.Get(value.IndicatorId) is not { } definition) return value;
        if (value is { Value: not null, Lower95: not null, Upper95: not null, Lower998: not null, Upper998: not null }) return value;
        try
        {
            return _fillMissing(definition, value);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or ArithmeticException)
        {
            diagnostics.Error(DataDiagnosticCodes.ComputeFailed,
                $"The value or its limits could not be computed from the count and denominator: {ErrorText.Plain(e)}",
                value.Source?.File, value.Source?.Line, "count", "Check the count and denominator, or give the value and limits.");
            return value;
        }
    }

    private Func<IndicatorValue, bool> Matcher(string indicatorId, string? sex, string? age, string categoryType, string category)
    {
        var (s, a) = Headline(indicatorId, sex, age);
        string ns = Norm(s), na = Norm(a), nt = Norm(categoryType), nc = Norm(category);
        return v => Norm(v.Sex) == ns && Norm(v.Age) == na && Norm(v.CategoryType) == nt && Norm(v.Category) == nc;
    }

    private (string Sex, string Age) Headline(string indicatorId, string? sex, string? age)
    {
        var d = Catalogue.Get(indicatorId);
        return (sex ?? d?.Sex ?? "Persons", age ?? d?.Age ?? "All ages");
    }

    private static string Describe(IndicatorValue v) =>
        v.CategoryType.Length == 0 && v.Category.Length == 0 ? "headline" : $"{v.CategoryType}: {v.Category}";

    private static List<IndicatorValue> ListFor<TKey>(Dictionary<TKey, List<IndicatorValue>> index, TKey key) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        return list;
    }

    private static string Norm(string text) => text.Trim().ToLowerInvariant();

    // Each key text is stored as a small number standing for its normalised form (trimmed, lower case): a large
    // file repeats the same codes, sexes and ages on every row, and a key of seven strings (or fresh lower-case
    // copies of them) per row would cost more memory than the values themselves.
    private readonly Dictionary<string, int> _idOfRaw = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _idOfNormalised = new(StringComparer.Ordinal);

    private int Id(string text)
    {
        if (_idOfRaw.TryGetValue(text, out var id)) return id;
        var n = Norm(text);
        if (!_idOfNormalised.TryGetValue(n, out id)) _idOfNormalised[n] = id = _idOfNormalised.Count;
        if (_idOfRaw.Count < 200_000) _idOfRaw[text] = id;
        return id;
    }

    /// <summary>The number of a key text already stored; false when no stored value has it.</summary>
    private bool TryId(string text, out int id) =>
        _idOfRaw.TryGetValue(text, out id) || _idOfNormalised.TryGetValue(Norm(text), out id);

    private ValueKey KeyOf(IndicatorValue v) => new(Id(v.IndicatorId), Id(v.AreaCode), v.Period, Id(v.Sex),
        Id(v.Age), Id(v.CategoryType), Id(v.Category));

    /// <summary>What makes a value unique: indicator, area, period, sex, age and category, compared without case.</summary>
    private readonly record struct ValueKey(int Indicator, int Area, Period Period, int Sex, int Age, int CategoryType, int Category);

    private int KeyId(string text) => TryId(text, out var id) ? id : -1;

    /// <summary>Compares values on their key fields through the numbers of their key texts (read only; no new numbers).</summary>
    private sealed class KeyComparer(IndicatorStore store) : IEqualityComparer<IndicatorValue>
    {
        public bool Equals(IndicatorValue? x, IndicatorValue? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.Period.Equals(y.Period)
                && store.KeyId(x.IndicatorId) == store.KeyId(y.IndicatorId) && store.KeyId(x.AreaCode) == store.KeyId(y.AreaCode)
                && store.KeyId(x.Sex) == store.KeyId(y.Sex) && store.KeyId(x.Age) == store.KeyId(y.Age)
                && store.KeyId(x.CategoryType) == store.KeyId(y.CategoryType) && store.KeyId(x.Category) == store.KeyId(y.Category));

        public int GetHashCode(IndicatorValue v) => HashCode.Combine(store.KeyId(v.IndicatorId), store.KeyId(v.AreaCode), v.Period,
            store.KeyId(v.Sex), store.KeyId(v.Age), store.KeyId(v.CategoryType), store.KeyId(v.Category));
    }

    private sealed class BreakdownComparer : IEqualityComparer<BreakdownCategory>
    {
        public static readonly BreakdownComparer Instance = new();
        public bool Equals(BreakdownCategory? x, BreakdownCategory? y) =>
            x is not null && y is not null && Norm(x.CategoryType) == Norm(y.CategoryType) && Norm(x.Category) == Norm(y.Category);
        public int GetHashCode(BreakdownCategory c) => HashCode.Combine(Norm(c.CategoryType), Norm(c.Category));
    }
}
