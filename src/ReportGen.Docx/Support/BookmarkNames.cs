using System.Text;

namespace ReportGen.Docx.Support;

/// <summary>
/// Hands out Word bookmark names: letters, digits and underscores only, at most 40 characters, unique in the
/// document. Names starting with an underscore are hidden from Word's bookmark dialog, as Word's own _Toc names are.
/// </summary>
internal sealed class BookmarkNames
{
    public const int MaxLength = 40;
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reserves a name made of a prefix and a free-text stem, making it legal and unique.</summary>
    public string Reserve(string prefix, string stem)
    {
        var name = Truncate(prefix + Sanitize(stem), MaxLength);
        if (_used.Add(name)) return name;
        for (int n = 2; ; n++)
        {
            var suffix = "_" + n;
            var candidate = Truncate(name, MaxLength - suffix.Length) + suffix;
            if (_used.Add(candidate)) return candidate;
        }
    }

    /// <summary>True if the name is already taken.</summary>
    public bool IsUsed(string name) => _used.Contains(name);

    /// <summary>Keeps ASCII letters and digits, turns every other run of characters into one underscore.</summary>
    public static string Sanitize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length == 0 || sb[^1] != '_') sb.Append('_');
        }
        return sb.ToString().Trim('_');
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max].TrimEnd('_');
}
