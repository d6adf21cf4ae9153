namespace ReportGen.ChartKinds;

/// <summary>Alt text and data table for a population pyramid.</summary>
internal static class PopulationPyramidText
{
    public static string AltText(PopulationPyramidSpec spec)
    {
        PopulationPyramidRenderer.Validate(spec);
        var bands = spec.AgeBands;
        var what = ChartFormat.InSentence(spec.Subject);
        var hasComparator = spec.ComparatorMalePercent is not null && spec.ComparatorFemalePercent is not null;
        var outlines = PopulationPyramidRenderer.Comparators(spec).Select(c => c.Name).ToList();
        var text = outlines.Count > 0
            ? $"Population pyramid of {what}, {spec.Period}, comparing {spec.AreaName} (bars) with {ChartFormat.JoinNames(outlines)} ({(outlines.Count > 1 ? "outlines" : "outline")}) by sex across {bands.Count} age bands from {bands[0]} to {bands[^1]}."
            : $"Population pyramid of {what} in {spec.AreaName}, {spec.Period}, by sex across {bands.Count} age bands from {bands[0]} to {bands[^1]}.";

        if (hasComparator)
        {
            // The single band where the area differs most from the comparator.
            var best = (Diff: 0.0, Sex: "", Band: 0, Area: 0.0, Comp: 0.0);
            for (var i = 0; i < bands.Count; i++)
            {
                Consider("males", i, spec.AreaMalePercent[i], spec.ComparatorMalePercent![i]);
                Consider("females", i, spec.AreaFemalePercent[i], spec.ComparatorFemalePercent![i]);
            }
            void Consider(string sex, int i, double a, double c)
            {
                if (Math.Abs(a - c) > Math.Abs(best.Diff)) best = (a - c, sex, i, a, c);
            }
            if (best.Sex.Length > 0)
            {
                var more = best.Diff > 0 ? "higher" : "lower";
                text += $" The largest difference is {best.Sex} aged {bands[best.Band]}: {ChartFormat.Number(best.Area, spec.Decimals)}% of {ChartFormat.Possessive(spec.AreaName)} population, {more} than {spec.ComparatorName} ({ChartFormat.Number(best.Comp, spec.Decimals)}%).";
            }
        }

        var males = spec.AreaMalePercent.Sum();
        var extra = $" Males make up {ChartFormat.Number(males, spec.Decimals)}% of the total.";
        if (hasComparator) extra = $" Males make up {ChartFormat.Number(males, spec.Decimals)}% ({spec.ComparatorName} {ChartFormat.Number(spec.ComparatorMalePercent!.Sum(), spec.Decimals)}%).";
        if (text.Length + extra.Length <= 300) text += extra;
        return text;
    }

    public static ChartDataTable Table(PopulationPyramidSpec spec)
    {
        PopulationPyramidRenderer.Validate(spec);
        var columns = new List<string> { "Age band", $"{spec.AreaName} males (%)", $"{spec.AreaName} females (%)" };
        if (spec.ComparatorMalePercent is not null) columns.Add($"{spec.ComparatorName} males (%)");
        if (spec.ComparatorFemalePercent is not null) columns.Add($"{spec.ComparatorName} females (%)");
        foreach (var other in spec.OtherComparators)
        {
            columns.Add($"{other.Name} males (%)");
            columns.Add($"{other.Name} females (%)");
        }
        var rows = new List<IReadOnlyList<string>>();
        for (var i = 0; i < spec.AgeBands.Count; i++)
        {
            var row = new List<string> { spec.AgeBands[i], ChartFormat.Number(spec.AreaMalePercent[i], spec.Decimals), ChartFormat.Number(spec.AreaFemalePercent[i], spec.Decimals) };
            if (spec.ComparatorMalePercent is { } cm) row.Add(ChartFormat.Number(cm[i], spec.Decimals));
            if (spec.ComparatorFemalePercent is { } cf) row.Add(ChartFormat.Number(cf[i], spec.Decimals));
            foreach (var other in spec.OtherComparators)
            {
                row.Add(ChartFormat.Number(other.MalePercent[i], spec.Decimals));
                row.Add(ChartFormat.Number(other.FemalePercent[i], spec.Decimals));
            }
            rows.Add(row);
        }
        return new ChartDataTable(columns, rows);
    }
}
