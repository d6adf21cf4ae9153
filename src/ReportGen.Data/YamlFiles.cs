using ReportGen.Data.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Data;

/// <summary>Reads a YAML file into nodes that remember their line numbers, turning syntax errors into diagnostics.</summary>
internal static class YamlFiles
{
    /// <summary>The first document's root node; null when the file is empty, not valid YAML or uses aliases (reported).</summary>
    public static YamlNode? Parse(TextReader reader, string fileName, DiagnosticBag diagnostics)
    {
        var buffer = new char[YamlSafety.MaxChars + 1];
        int length = reader.ReadBlock(buffer, 0, buffer.Length);
        var text = new string(buffer, 0, length);
        if (YamlSafety.Check(text) is { } problem)
        {
            diagnostics.Error(problem.Code, problem.Message, fileName, problem.Line, fix: problem.Fix);
            return null;
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            diagnostics.Error(DataDiagnosticCodes.FileUnreadable, $"The YAML is malformed: {ErrorText.Plain(e)}",
                fileName, e is YamlException y ? (int)y.Start.Line : null, fix: "Check indentation, colons and quotes near this line; values starting with % or @ need quotes.");
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
