namespace ReportGen.Publishing;

/// <summary>
/// Stops a spreadsheet from running text as a formula (CSV/formula injection): a text cell that begins with
/// =, +, -, @, a tab or a carriage return gets a leading apostrophe. Numbers are left alone.
/// </summary>
public static class SpreadsheetSafety
{
    public static string Neutralise(string text)
    {
        if (text.Length == 0) return text;
        if (text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            // A plain negative number ("-3.5") is a number, not a formula.
            if (text[0] == '-' && double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
                return text;
            return "'" + text;
        }
        return text;
    }
}
