namespace ReportGen.Docx.Rendering;

/// <summary>
/// Column widths from the cells' content: every column is at least as wide as its longest word (so no place name is
/// broken mid-word, "Cambridgeshi/re"), and the space left is shared by how much text each column holds, or by the
/// relative widths the table asks for.
/// </summary>
public static class ContentColumnWidths
{
    /// <summary>Approximate width of one character of table text in twips (10 pt sans serif, bold headers included).</summary>
    public const int CharTwips = 115;

    /// <summary>
    /// Width of one character when measuring the longest word a column must hold unbroken: wider than the average,
    /// because a short word of capitals and wide letters set in bold ("Acronym" in a header) is wider than average
    /// text and was broken mid-word ("Acrony/m").
    /// </summary>
    public const int WordCharTwips = 140;

    /// <summary>Left and right cell margins together, in twips.</summary>
    public const int CellPadding = 230;

    /// <param name="cells">Each row's cell texts by column (a cell spanning columns is left out: null).</param>
    /// <param name="columns">Number of columns.</param>
    /// <param name="total">Table width in twips.</param>
    /// <param name="relative">Relative widths asked for, or null.</param>
    public static int[] Compute(IReadOnlyList<IReadOnlyList<string?>> cells, int columns, int total, IReadOnlyList<double>? relative)
    {
        var min = new double[columns];
        var want = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            var texts = cells.Select(r => c < r.Count ? r[c] : null).OfType<string>().ToList();
            var longestWord = texts.SelectMany(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Select(w => w.Length).DefaultIfEmpty(1).Max();
            var longestText = texts.Select(t => t.Length).DefaultIfEmpty(1).Max();
            min[c] = longestWord * WordCharTwips + CellPadding;
            want[c] = Math.Min(longestText, 40) * CharTwips + CellPadding;
        }
        if (relative is not null && relative.Count == columns && relative.All(w => w > 0 && double.IsFinite(w)))
        {
            var sum = relative.Sum();
            want = relative.Select(w => total * w / sum).ToArray();
        }
        for (var c = 0; c < columns; c++) want[c] = Math.Max(want[c], min[c]);

        double[] widths;
        var minSum = min.Sum();
        if (minSum >= total)
            widths = min.Select(m => total * m / minSum).ToArray(); // too many columns: shrink all alike
        else
        {
            var extra = want.Zip(min, (w, m) => w - m).ToArray();
            var extraSum = extra.Sum();
            var spare = total - minSum;
            widths = Enumerable.Range(0, columns)
                .Select(c => min[c] + (extraSum > 0 ? spare * extra[c] / extraSum : spare / columns)).ToArray();
        }
        var result = widths.Select(w => (int)Math.Floor(w)).ToArray();
        result[^1] += total - result.Sum();
        return result;
    }
}
