using ReportGen.Data.Model;

namespace ReportGen.Data.Readers;

/// <summary>
/// Keeps one copy of each repeated text (and period) read from a file. A tidy file of a million rows names the
/// same few sexes, ages, categories and periods on every row; without pooling each row would hold its own copies.
/// </summary>
internal sealed class TextPool
{
    private const int MaxEntries = 100_000;   // free text (value notes) must not make the pool itself grow without bound
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Period> _periods = new(StringComparer.Ordinal);

    /// <summary>The pooled copy of <paramref name="text"/> (null stays null).</summary>
    public string? Text(string? text)
    {
        if (text is null) return null;
        if (_texts.TryGetValue(text, out var pooled)) return pooled;
        if (_texts.Count < MaxEntries) _texts[text] = text;
        return text;
    }

    /// <summary>Reads a period as <see cref="TidyRows.ReadPeriod"/> does, reusing the parsed period for a label already seen.</summary>
    public Period? Period(string? text, RowScope scope, string column = "period")
    {
        if (text is not null && _periods.TryGetValue(text, out var known)) return known;
        var period = TidyRows.ReadPeriod(text, scope, column);
        if (period is not null && text is not null && _periods.Count < MaxEntries) _periods[text] = period;
        return period;
    }
}
