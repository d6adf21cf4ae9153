using DotLiquid;
using DotLiquid.Exceptions;

namespace ReportGen.Templates.Liquid;

/// <summary>
/// Runs the Liquid step of a chapter: expressions, conditions, loops and includes. Errors come back as text with
/// the file name; nothing is thrown past this class.
/// </summary>
public static class LiquidRenderer
{
    private static readonly object Setup = InitialiseOnce();

    private static object InitialiseOnce()
    {
        Template.NamingConvention = new DotLiquid.NamingConventions.RubyNamingConvention();
        return new object();
    }

    public static (string? Output, string? Error) Render(string text, Hash variables, TemplateFileSystem files)
    {
        _ = Setup;
        try
        {
            var template = Template.Parse(text);
            var registers = new Hash { ["file_system"] = files };
            var output = template.Render(new RenderParameters(System.Globalization.CultureInfo.InvariantCulture)
            {
                LocalVariables = variables,
                Registers = registers,
                Filters = [typeof(ReportFilters)],
                ErrorsOutputMode = ErrorsOutputMode.Rethrow,
            });
            return (output, null);
        }
        catch (LiquidException e) { return (null, e.Message); }
        catch (System.ArgumentException e) { return (null, e.Message); }
        catch (InvalidOperationException e) { return (null, e.Message); }
    }
}
