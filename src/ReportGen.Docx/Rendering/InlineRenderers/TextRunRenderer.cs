using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Support;
using ReportGen.Documents;

namespace ReportGen.Docx.Rendering.InlineRenderers;

/// <summary>Plain text with bold/italic/superscript, on top of whatever the scope already applies.</summary>
internal sealed class TextRunRenderer : InlineRenderer<TextRun>
{
    protected override IEnumerable<OpenXmlElement> Render(TextRun inline, InlineScope scope, RenderContext context)
    {
        if (string.IsNullOrEmpty(inline.Text)) yield break;
        var props = Texts.Props(scope.CharacterStyle,
            bold: scope.Bold || inline.Format.HasFlag(TextFormat.Bold),
            italic: scope.Italic || inline.Format.HasFlag(TextFormat.Italic),
            superscript: inline.Format.HasFlag(TextFormat.Superscript));
        var run = new Run();
        if (props.HasChildren) run.Append(props);
        Texts.AppendText(run, inline.Text);
        yield return run;
    }
}
