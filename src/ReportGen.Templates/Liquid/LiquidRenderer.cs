using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;

namespace ReportGen.Templates.Liquid;

/// <summary>Where a template went wrong: the file actually broken (an included file, when the error is there), and the place in it.</summary>
public sealed record TemplateError(string File, int? Line, int? Column, string Message)
{
    public override string ToString() => Line is null ? $"{File}: {Message}" : $"{File}:{Line}:{Column}: {Message}";
}

/// <summary>
/// Runs the Liquid step of a chapter (Fluid, strict): expressions, conditions, loops and includes. An unknown
/// variable, field or filter is an error naming the file, line and column; a loop that runs too long, includes
/// nested too deep or output too large stop the render with a clear error. Nothing is thrown past this class.
/// </summary>
public static class LiquidRenderer
{
    /// <summary>Statements one render may execute (the bundled chapters need a few thousand).</summary>
    public const int MaxSteps = 1_000_000;
    /// <summary>Items a range or list may hold.</summary>
    public const int MaxCollectionSize = 100_000;
    /// <summary>How deep includes may nest.</summary>
    public const int MaxRecursion = 20;
    /// <summary>Characters one render may write.</summary>
    public const int MaxOutputSize = 20_000_000;

    private static readonly FluidParser Parser = new();

    /// <summary>
    /// Builds the template parser now (its grammar takes a noticeable part of a second to set up), so a build can do
    /// it on a spare core while it reads the data; later renders then start at once.
    /// </summary>
    public static void WarmUp() => GC.KeepAlive(Parser);

    private static readonly TemplateOptions Options = new TemplateOptionsBuilder()
        .WithStrictVariables(true)
        .WithStrictFilters(true)
        .WithMaxSteps(MaxSteps)
        .WithMaxRecursion(MaxRecursion)
        .WithMaxOutputSize(MaxOutputSize)
        .WithMaxCollectionSize(MaxCollectionSize)
        .WithCultureInfo(CultureInfo.InvariantCulture)
        .WithDefaultFileExtension("")
        .WithFileProvider(TemplateFileSystem.Provider)
        .ConfigureMemberAccess(DropMembers.Register)
        .ConfigureFilters(ReportFilters.Register)
        .Build();

    /// <param name="text">The template text.</param>
    /// <param name="fileName">The file the text came from, named in errors.</param>
    /// <param name="variables">The top-level names a template may use.</param>
    /// <param name="files">Where includes are read from.</param>
    public static (string? Output, TemplateError? Error) Render(string text, string fileName, IReadOnlyDictionary<string, object?> variables, TemplateFileSystem files)
    {
        IFluidTemplate template;
        try
        {
            template = Parser.Parse(text);
        }
        catch (ParseException e)
        {
            return (null, new TemplateError(fileName, e.Position?.Line, e.Position?.Column, FirstLine(e.Message)));
        }
        var context = new TemplateContext(Options);
        context.AmbientValues[TemplateFileSystem.AmbientKey] = files;
        foreach (var (name, value) in variables)
            context.SetValue(name, value is null ? NilValue.Instance : FluidValue.Create(value, Options));
        try
        {
            return (template.Render(context), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var inner = e is TargetInvocationException { InnerException: { } i } ? i : e;
            return (null, Locate(inner, text, fileName, files));
        }
    }

    /// <summary>Finds the file and place an error comes from: the expression it names, in the main file or an included one.</summary>
    private static TemplateError Locate(Exception e, string text, string fileName, TemplateFileSystem files)
    {
        var message = FirstLine(e.Message);
        var candidates = files.FilesRead.Reverse().Append((Path: fileName, Text: text)).ToList();
        if (e is ParseException parse)
        {
            // A syntax error in an included file: find the file by its text.
            var source = candidates.FirstOrDefault(c => c.Text == parse.TemplateSource);
            return new TemplateError(source.Path ?? fileName, parse.Position?.Line, parse.Position?.Column, message);
        }
        var pattern = PatternFor(e, message);
        if (pattern is not null)
            foreach (var (path, source) in candidates)
                if (FindInTags(source, pattern) is { } at)
                    return new TemplateError(path, at.Line, at.Column, Explain(message));
        if (message.Contains("steps", StringComparison.OrdinalIgnoreCase))
            message = $"The template stopped after {MaxSteps:N0} steps: a loop that never ends or is far too large. ({message})";
        else if (message.Contains("collection size", StringComparison.OrdinalIgnoreCase))
            message = $"The template made a list of more than {MaxCollectionSize:N0} items: a range or loop far too large. ({message})";
        else if (message.Contains("recursion", StringComparison.OrdinalIgnoreCase))
            message = $"Includes are nested more than {MaxRecursion} deep (an include that includes itself?). ({message})";
        else if (message.Contains("output", StringComparison.OrdinalIgnoreCase) && message.Contains("size", StringComparison.OrdinalIgnoreCase))
            message = $"The template wrote more than {MaxOutputSize:N0} characters. ({message})";
        var last = files.FilesRead.LastOrDefault();
        return new TemplateError(fileName, null, null, last.Path is null || e is not InvalidOperationException ? message : $"{message} (last file included: {last.Path})");
    }

    private static string Explain(string message) =>
        message.StartsWith("Undefined variable", StringComparison.Ordinal) ? message + ": no such name, field or key (names are case-sensitive; see templates/README.md)."
        : message.StartsWith("Undefined filter", StringComparison.Ordinal) ? message + $". Filters: {string.Join(", ", ReportFilters.Names)} and the standard Liquid filters."
        : message;

    private static Regex? PatternFor(Exception e, string message)
    {
        var name = Regex.Match(message, "'([^']+)'") is { Success: true } m ? Regex.Escape(m.Groups[1].Value) : null;
        if (name is null) return null;
        if (message.StartsWith("Undefined filter", StringComparison.Ordinal)) return new Regex(@"\|\s*" + name + @"\b");
        if (e is DropMemberException) return new Regex(@"(\." + name + @"\b)|(\[\s*['""]" + name + @"['""]\s*\])");
        return new Regex(@"(?<![\w-])" + name + @"(?![\w-])");
    }

    /// <summary>The line and column (1-based) of the first match of <paramref name="pattern"/> inside a {{ }} or {% %} tag.</summary>
    private static (int Line, int Column)? FindInTags(string source, Regex pattern)
    {
        foreach (Match tag in Tags.Matches(source))
        {
            var hit = pattern.Match(tag.Value);
            if (!hit.Success) continue;
            var offset = tag.Index + hit.Index + (hit.Value.StartsWith('.') || hit.Value.StartsWith('|') ? 1 : 0);
            while (offset < source.Length && (source[offset] == ' ' || source[offset] == '.' || source[offset] == '|')) offset++;
            var before = source[..offset];
            var line = before.Count(c => c == '\n') + 1;
            var column = offset - (before.LastIndexOf('\n') + 1) + 1;
            return (line, column);
        }
        return null;
    }

    private static readonly Regex Tags = new(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline);

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
