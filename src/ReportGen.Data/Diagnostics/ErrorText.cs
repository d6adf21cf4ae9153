namespace ReportGen.Data.Diagnostics;

/// <summary>
/// Turns exceptions and raw values into text fit for a message to an analyst: no .NET parameter names, no type
/// names, and no value so long that it floods the screen.
/// </summary>
public static class ErrorText
{
    /// <summary>The longest raw value quoted in a message; longer ones are cut with an ellipsis.</summary>
    public const int MaxQuoted = 80;

    /// <summary>An exception's message without ".NET wording" such as " (Parameter 'denominator')".</summary>
    public static string Plain(Exception e)
    {
        var message = e.Message;
        if (e is ArgumentException { ParamName: { } name })
            message = message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal);
        return Shorten(message.Trim(), 400);
    }

    /// <summary>A raw value for quoting in a message: line breaks shown as spaces, cut to <see cref="MaxQuoted"/> characters.</summary>
    public static string Quote(string? text)
    {
        if (text is null) return "";
        var flat = text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ').Replace('\0', ' ');
        return Shorten(flat, MaxQuoted);
    }

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="max"/> characters, saying how much was left out.</summary>
    public static string Shorten(string text, int max) =>
        text.Length <= max ? text : text[..max] + $"… ({text.Length - max:N0} more characters)";
}
