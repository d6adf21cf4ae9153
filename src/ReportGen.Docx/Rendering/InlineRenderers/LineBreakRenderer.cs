using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;

namespace ReportGen.Docx.Rendering.InlineRenderers;

/// <summary>A line break inside a paragraph (w:br).</summary>
internal sealed class LineBreakRenderer : InlineRenderer<LineBreak>
{
    protected override IEnumerable<OpenXmlElement> Render(LineBreak inline, InlineScope scope, RenderContext context)
    {
        yield return new Run(new Break());
    }
}
