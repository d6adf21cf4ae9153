using ReportGen.Data.Diagnostics;
using ReportGen.Documents;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ReportGen.Templates.Blocks;

/// <summary>Reads the YAML body of a fenced block into its options class, reporting mistakes with the line.</summary>
public static class BlockYaml
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static T? Parse<T>(string body, string blockName, TemplateLocation origin, DiagnosticBag diagnostics) where T : class, new()
    {
        try
        {
            return Deserializer.Deserialize<T>(body) ?? new T();
        }
        catch (YamlException e)
        {
            var line = origin.Line + (int)e.Start.Line; // the fence is on origin.Line; the body starts on the next line
            var inner = e.InnerException?.Message ?? e.Message;
            diagnostics.Error("TPL030", $"The ```{blockName} block could not be read: {inner}", origin.File, line,
                fix: "Check the option names and the YAML syntax (see templates/README.md); quote text that contains a colon.");
            return null;
        }
    }
}
