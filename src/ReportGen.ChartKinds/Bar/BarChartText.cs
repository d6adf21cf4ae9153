namespace ReportGen.ChartKinds;

/// <summary>Alt text and data table for a grouped or stacked bar chart.</summary>
internal static class BarChartText
{
    public static string AltText(BarChartSpec spec)
    {
        BarChartRenderer.Validate(spec);
        var kind = (spec.Stacked ? "Stacked" : spec.Series.Count > 1 ? "Grouped" : "") + (spec.Horizontal ? " horizontal" : "");
        var type = (kind.Trim().Length == 0 ? "Bar chart" : kind.Trim() + " bar chart");
        type = char.ToUpperInvariant(type[0]) + type[1..];
        var what = ChartFormat.InSentence(spec.Subject);
        // "by age group, 2023/24"; a period alone is not a breakdown (", 2023/24"), and a subject that already says what
        // it is broken down by ("adults in treatment by religion") is not told so twice.
        var labelParts = (spec.CategoryAxisLabel ?? "").Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var byWords = string.Join(", ", labelParts.Where(p => p.Any(char.IsLetter)));
        var byPeriod = string.Join(", ", labelParts.Where(p => !p.Any(char.IsLetter)));
        var by = (byWords.Length > 0 && !what.Contains(" by ", StringComparison.OrdinalIgnoreCase) ? $" by {ChartFormat.InSentence(byWords)}" : "")
            + (byPeriod.Length > 0 ? $", {byPeriod}" : "");
        var cats = spec.Categories;
        var ordered = IsOrdered(cats);
        string range;
        // Bands that are ranges themselves ("18 to 24") are listed, not joined with another "to".
        var bandsAreRanges = cats.Any(c => c.Contains(" to ", StringComparison.Ordinal));
        if (cats.Count == 1) range = cats[0];
        else if (ordered && bandsAreRanges && string.Join(", ", cats).Length <= 90) range = ChartFormat.JoinNames(cats);
        else if (ordered && bandsAreRanges) range = $"{cats.Count} groups from {cats[0]} up to {cats[^1]}";
        else if (ordered) range = $"{cats[0]} to {cats[^1]}";
        else if (string.Join(", ", cats).Length <= 90) range = ChartFormat.JoinNames(cats);
        else range = $"{cats.Count} categories";
        var names = spec.Series.Select(s => s.Name).ToList();
        // The bars' names are not listed again when the subject already is that list.
        var subjectIsTheList = string.Equals(spec.Subject.Trim(), string.Join(", ", cats), StringComparison.OrdinalIgnoreCase);
        var text = subjectIsTheList ? $"{type} of {ChartFormat.InSentence(ChartFormat.JoinNames(cats))}{by}"
            : (ordered && !bandsAreRanges) || cats.Count == 1 ? $"{type} of {what}{by}, {range}" : $"{type} of {what}{by} ({range})";
        text += names.Count > 1 ? $", comparing {ChartFormat.JoinNames(names)}." : $", {names[0]}.";

        // Latest (last) category: each series' value, then the overall highest bar.
        var last = cats.Count - 1;
        var parts = spec.Series.Where(s => s.Values[last] is not null)
            .Select(s => $"{s.Name} {ChartFormat.WithUnit(s.Values[last]!.Value, spec.Decimals, spec.Unit)}").ToList();
        if (parts.Count > 0 && ordered)
        {
            var latest = $" In {cats[last]}: {ChartFormat.JoinNames(parts)}.";
            if (spec.Stacked)
            {
                var total = spec.Series.Sum(s => s.Values[last] ?? 0);
                latest = $" In {cats[last]}: {ChartFormat.JoinNames(parts)} (total {ChartFormat.WithUnit(total, spec.Decimals, spec.Unit)}).";
            }
            if (text.Length + latest.Length <= 300 || text.Length < 120) text += latest;
        }

        var highest = spec.Series.SelectMany(s => s.Values.Select((v, c) => (s.Name, c, v)))
            .Where(x => x.v is not null).DefaultIfEmpty().MaxBy(x => x.v ?? double.MinValue);
        if (highest.v is not null && spec.Series.Sum(s => s.Values.Count(v => v is not null)) > 1)
        {
            var extra = spec.Series.Count > 1
                ? $" Highest: {highest.Name}, {cats[highest.c]} ({ChartFormat.WithUnit(highest.v.Value, spec.Decimals, spec.Unit)})."
                : $" Highest: {cats[highest.c]} ({ChartFormat.WithUnit(highest.v.Value, spec.Decimals, spec.Unit)}).";
            if (text.Length + extra.Length <= 300) text += extra;
        }
        return text;
    }

    /// <summary>
    /// True when the categories read as a sequence (years, periods, age bands: every label starts with a number, or
    /// with "Under", "Over" or "Aged"), so "first to last" and "in the last category" make sense. A name that merely
    /// holds a number ("Waited 3 weeks or less") is not a sequence.
    /// </summary>
    private static bool IsOrdered(IReadOnlyList<string> categories) =>
        categories.All(c => c.Trim().Length > 0 && (char.IsAsciiDigit(c.TrimStart()[0])
            || c.TrimStart().StartsWith("Under ", StringComparison.OrdinalIgnoreCase)
            || c.TrimStart().StartsWith("Over ", StringComparison.OrdinalIgnoreCase)
            || c.TrimStart().StartsWith("Aged ", StringComparison.OrdinalIgnoreCase)));

    public static ChartDataTable Table(BarChartSpec spec)
    {
        BarChartRenderer.Validate(spec);
        var unit = string.IsNullOrWhiteSpace(spec.Unit) ? "" : $" ({spec.Unit.Trim()})";
        var first = string.IsNullOrWhiteSpace(spec.CategoryAxisLabel) ? "Category" : spec.CategoryAxisLabel;
        var columns = new List<string> { first };
        columns.AddRange(spec.Series.Select(s => s.Name + unit));
        if (spec.Stacked) columns.Add("Total" + unit);
        var rows = new List<IReadOnlyList<string>>();
        for (var c = 0; c < spec.Categories.Count; c++)
        {
            var row = new List<string> { spec.Categories[c] };
            row.AddRange(spec.Series.Select(s => ChartFormat.Number(s.Values[c], spec.Decimals)));
            if (spec.Stacked) row.Add(ChartFormat.Number(spec.Series.Sum(s => s.Values[c] ?? 0), spec.Decimals));
            rows.Add(row);
        }
        return new ChartDataTable(columns, rows);
    }
}
