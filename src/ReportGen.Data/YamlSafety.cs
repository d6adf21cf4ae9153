using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ReportGen.Data;

/// <summary>One problem that stops a YAML file from being read: its 1-based line and what is wrong.</summary>
public sealed record YamlProblem(string Code, int Line, string Message, string Fix);

/// <summary>
/// Checks YAML text before it is loaded: syntax errors are located at the line where the scanner actually was
/// (YamlDotNet's own marks often point at the start of the enclosing block, lines above the mistake), and
/// aliases (<c>*name</c>) are refused, since a few lines of nested aliases can expand to billions of nodes.
/// Nothing in the report or data files needs an alias.
/// </summary>
public static class YamlSafety
{
    /// <summary>Largest YAML file read (bytes of text); these are hand-written configuration files.</summary>
    public const int MaxChars = 4 * 1024 * 1024;

    /// <summary>The first problem in <paramref name="text"/>, or null when it can be loaded safely.</summary>
    public static YamlProblem? Check(string text)
    {
        if (text.Length > MaxChars)
            return new YamlProblem(Diagnostics.DataDiagnosticCodes.TooLarge, 1,
                $"The file is {text.Length / 1024:N0} KB; YAML files over {MaxChars / (1024 * 1024)} MB are not read.",
                "These files hold hand-written settings; put large data in a CSV file instead.");
        var scanner = new Scanner(new StringReader(text), skipComments: true);
        var parser = new Parser(scanner);
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is AnchorAlias alias)
                    return new YamlProblem(Diagnostics.DataDiagnosticCodes.YamlAlias, (int)alias.Start.Line,
                        $"The alias '*{alias.Value}' is not allowed: aliases can make a small file expand without limit.",
                        "Write the repeated value out in full instead of using an anchor (&name) and an alias (*name).");
            }
            return null;
        }
        catch (YamlException e)
        {
            // A parser error's start mark is the start of the enclosing block (often many lines up); its end mark is
            // where the parser stopped. A scanner error's start mark is where the faulty token began.
            return Syntax(e is SemanticErrorException ? LineOf(e.End) : LineOf(e.Start), e.InnerException?.Message ?? e.Message, scanner);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet sometimes fails with a bare exception from deep in its scanner; the scanner knows where it was.
            return Syntax(0, "the text could not be read as YAML", scanner);
        }
    }

    private static int LineOf(Mark mark) => (int)Math.Min(int.MaxValue, mark.Line);

    private static YamlProblem Syntax(int line, string detail, Scanner scanner)
    {
        int at = line > 0 ? line : LineOf(scanner.CurrentPosition);
        return new YamlProblem(Diagnostics.DataDiagnosticCodes.FileUnreadable, Math.Max(1, at),
            $"The YAML is malformed near this line: {Tidy(detail)}",
            "Check indentation (spaces, not tabs), the colon after each key, and quotes; values starting with % @ * & or containing ': ' need quotes.");
    }

    // YamlDotNet messages start with their own position "(Line: 3, Col: 5, Idx: 40) - (Line: ...): "; we give the line ourselves.
    private static string Tidy(string message)
    {
        var text = message.Trim();
        int cut = text.LastIndexOf("): ", StringComparison.Ordinal);
        if (text.StartsWith("(Line:", StringComparison.Ordinal) && cut > 0) text = text[(cut + 3)..];
        text = text.TrimEnd('.');
        return text.Length == 0 ? "unknown problem." : char.ToLowerInvariant(text[0]) + text[1..] + ".";
    }
}
