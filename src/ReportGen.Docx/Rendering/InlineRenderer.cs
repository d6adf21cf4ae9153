using DocumentFormat.OpenXml;
using ReportGen.Documents;

namespace ReportGen.Docx.Rendering;

/// <summary>Typed base for inline renderers.</summary>
internal abstract class InlineRenderer<T> : IInlineRenderer where T : Inline
{
    public Type InlineType => typeof(T);

    public IEnumerable<OpenXmlElement> Render(Inline inline, InlineScope scope, RenderContext context) =>
        Render((T)inline, scope, context);

    protected abstract IEnumerable<OpenXmlElement> Render(T inline, InlineScope scope, RenderContext context);
}
