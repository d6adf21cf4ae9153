using ReportGen.Data.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Data;

/// <summary>Reads a YAML file into nodes that remember their line numbers, turning syntax errors into diagnostics.</summary>
internal static class YamlFiles
{
    /// <summary>The first document's root node; null when the file is empty or not valid YAML (reported).</summary>
    public static YamlNode? Parse(TextReader reader, string fileName, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            diagnostics.Error(DataDiagnosticCodes.FileUnreadable, $"The YAML is malformed: {e.InnerException?.Message ?? e.Message}",
                fileName, (int)e.Start.Line, fix: "Check indentation, colons and quotes near this line; values starting with % or @ need quotes.");
            return null;
        }
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    /// <summary>The 1-based line a node starts on.</summary>
    public static int Line(YamlNode node) => (int)node.Start.Line;

    /// <summary>Reports a badly shaped entry at the node's line.</summary>
    public static void Bad(DiagnosticBag diagnostics, string fileName, YamlNode node, string message, string fix, string? key = null) =>
        diagnostics.Error(DataDiagnosticCodes.BadEntry, message, fileName, Line(node), key, fix);
}
