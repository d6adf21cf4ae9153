using DocumentFormat.OpenXml;
using ReportGen.Documents;

namespace ReportGen.Docx.Rendering;

/// <summary>Where a block is being written: the element to append to, and whether it sits inside a call-out box.</summary>
internal sealed record BlockScope(OpenXmlCompositeElement Container)
{
    /// <summary>Set while rendering the content of a call-out; paragraphs then take the box style.</summary>
    public CalloutKind? Callout { get; init; }

    /// <summary>The paragraph style of the box the block sits in, or null outside call-outs.</summary>
    public string? BoxStyle => Callout switch
    {
        null => null,
        CalloutKind.KeyInsights => DocxStyleIds.KeyInsightsBox,
        _ => DocxStyleIds.CalloutBox,
    };
}
