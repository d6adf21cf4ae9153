using DocumentFormat.OpenXml.Packaging;

namespace ReportGen.Docx.Rendering;

/// <summary>
/// Settings that flow down while rendering inlines: the part that owns hyperlink relationships (body, footnotes
/// or header), inherited formatting, and what is allowed where (no links inside links, no footnotes in footnotes).
/// </summary>
internal sealed record InlineScope(OpenXmlPart Part)
{
    public bool Bold { get; init; }
    public bool Italic { get; init; }
    public string? CharacterStyle { get; init; }
    public bool InsideLink { get; init; }
    public bool FootnotesAllowed { get; init; } = true;
}
