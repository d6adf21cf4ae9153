using System.Text;

namespace ReportGen.Fingertips;

/// <summary>
/// Splits CSV text into its records, keeping each record's text exactly as written (quoted line breaks, CRLF or LF
/// endings and all), numbered as the data reader numbers them: the header is record 1 and empty lines are not
/// counted. Used to take quarantined rows out of a downloaded export without touching the others.
/// </summary>
internal static class CsvRecords
{
    /// <summary>The records of <paramref name="text"/>, each with its number and raw text (line ending included).</summary>
    public static List<(int Number, string Text)> Split(string text)
    {
        var records = new List<(int, string)>();
        var current = new StringBuilder();
        var inQuotes = false;
        var number = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            current.Append(ch);
            if (ch == '"') inQuotes = !inQuotes;   // a doubled quote toggles twice and changes nothing
            else if (ch == '\n' && !inQuotes) Flush();
        }
        Flush();
        return records;

        void Flush()
        {
            if (current.Length == 0) return;
            var raw = current.ToString();
            current.Clear();
            if (raw.Trim('\r', '\n', ' ', '\t', '\uFEFF').Length == 0) return;
            records.Add((++number, raw));
        }
    }
}
