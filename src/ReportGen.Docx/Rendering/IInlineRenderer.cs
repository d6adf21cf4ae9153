using DocumentFormat.OpenXml;
using ReportGen.Documents;

namespace ReportGen.Docx.Rendering;

/// <summary>Translates one inline type into paragraph content (runs, hyperlinks).</summary>
internal interface IInlineRenderer
{
    /// <summary>The model type this renderer handles (exact type, not subclasses).</summary>
    Type InlineType { get; }

    /// <summary>The elements to append to the paragraph, in order.</summary>
    IEnumerable<OpenXmlElement> Render(Inline inline, InlineScope scope, RenderContext context);
}
