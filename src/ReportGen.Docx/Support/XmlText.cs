using System.Text;

namespace ReportGen.Docx.Support;

/// <summary>Removes characters that XML 1.0 cannot carry, so odd bytes in source data never break the file.</summary>
internal static class XmlText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        for (int i = 0; i < text.Length; i++)
        {
            if (!IsAllowed(text, i)) return Strip(text);
        }
        return text;
    }

    private static string Strip(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (!IsAllowed(text, i)) continue;
            sb.Append(text[i]);
            // A valid surrogate pair is copied whole.
            if (char.IsHighSurrogate(text[i])) sb.Append(text[++i]);
        }
        return sb.ToString();
    }

    private static bool IsAllowed(string s, int i)
    {
        char c = s[i];
        if (c is '\t' or '\n' or '\r') return true;
        if (c < 0x20 || c is '\uFFFE' or '\uFFFF') return false;
        if (char.IsHighSurrogate(c)) return i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
        if (char.IsLowSurrogate(c)) return i > 0 && char.IsHighSurrogate(s[i - 1]);
        return true;
    }
}
