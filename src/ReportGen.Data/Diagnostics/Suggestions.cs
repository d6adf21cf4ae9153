namespace ReportGen.Data.Diagnostics;

/// <summary>Finds the known name closest to a mistyped one, for "did you mean" fixes.</summary>
public static class Suggestions
{
    /// <summary>
    /// The candidate with the smallest case-insensitive edit distance to <paramref name="text"/>, or null when
    /// nothing is close enough to be a plausible typo (more than a third of the longer string would change).
    /// </summary>
    public static string? Closest(string text, IEnumerable<string> candidates)
    {
        var wanted = text.Trim().ToLowerInvariant();
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            int d = Distance(wanted, candidate.ToLowerInvariant());
            if (d < bestDistance) { best = candidate; bestDistance = d; }
        }
        if (best is null) return null;
        int limit = Math.Max(1, Math.Max(wanted.Length, best.Length) / 3);
        return bestDistance <= limit ? best : null;
    }

    /// <summary>"Did you mean 'x'?" or an empty string when nothing is close.</summary>
    public static string DidYouMean(string text, IEnumerable<string> candidates) =>
        Closest(text, candidates) is { } c ? $"Did you mean '{c}'? " : "";

    // Levenshtein distance with two rolling rows.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
