using ReportGen.Data.Diagnostics;
using ReportGen.Documents;

namespace ReportGen.Templates.Markdown;

/// <summary>
/// Builds document blocks from a fenced block in a chapter (<c>```chart</c>, <c>```table</c>, <c>```insights</c> ...).
/// The body is YAML written by the analyst. Register a new handler to add a new kind of block; the converter
/// itself does not change.
/// </summary>
public interface IFencedBlockHandler
{
    /// <summary>The word after the opening fence, e.g. "chart".</summary>
    string Name { get; }

    IEnumerable<Block> Build(string body, TemplateLocation origin, DiagnosticBag diagnostics);
}
