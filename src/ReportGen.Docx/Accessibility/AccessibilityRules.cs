namespace ReportGen.Docx.Accessibility;

/// <summary>The rule ids findings carry. They are stable, so a build or a report can refer to them.</summary>
public static class AccessibilityRules
{
    /// <summary>An image or chart has no alt text and is not marked decorative.</summary>
    public const string ImageAltMissing = "image-alt-missing";
    /// <summary>Alt text is a file name or a generic name such as "Picture 3".</summary>
    public const string ImageAltFileName = "image-alt-file-name";
    /// <summary>Alt text is too short to describe anything.</summary>
    public const string ImageAltTooShort = "image-alt-too-short";
    /// <summary>A table's first row is not marked as a header row that repeats (w:tblHeader).</summary>
    public const string TableHeaderMissing = "table-header-missing";
    /// <summary>A table has neither a title (w:tblCaption) nor a description (w:tblDescription).</summary>
    public const string TableAltMissing = "table-alt-missing";
    /// <summary>A table has a title or a description but not both.</summary>
    public const string TableAltIncomplete = "table-alt-incomplete";
    /// <summary>The document has no headings at all.</summary>
    public const string HeadingsMissing = "headings-missing";
    /// <summary>A heading level is skipped (Heading 1 followed by Heading 3).</summary>
    public const string HeadingLevelSkipped = "heading-level-skipped";
    /// <summary>A heading paragraph has no text.</summary>
    public const string HeadingEmpty = "heading-empty";
    /// <summary>The document title (core property dc:title) is missing.</summary>
    public const string DocumentTitleMissing = "document-title-missing";
    /// <summary>The text language (w:lang in the document defaults) is missing.</summary>
    public const string DocumentLanguageMissing = "document-language-missing";
    /// <summary>The language core property (dc:language) is missing.</summary>
    public const string DocumentLanguagePropertyMissing = "document-language-property-missing";
    /// <summary>A link's text is its bare address.</summary>
    public const string LinkTextIsUrl = "link-text-url";
    /// <summary>A link's text does not say where it goes ("click here", "here").</summary>
    public const string LinkTextVague = "link-text-vague";
    /// <summary>A link has no text.</summary>
    public const string LinkTextEmpty = "link-text-empty";
    /// <summary>A link differs from the text around it by colour alone (no underline or bold).</summary>
    public const string LinkColourOnly = "link-colour-only";
    /// <summary>Part of a paragraph is marked out by colour or highlight alone.</summary>
    public const string ColourOnlyEmphasis = "colour-only-emphasis";
    /// <summary>A shaded table cell has no text, so its colour is its only meaning.</summary>
    public const string ColourOnlyCell = "colour-only-cell";
    /// <summary>Text contrast against what it sits on is below the minimum.</summary>
    public const string TextContrast = "text-contrast";
    /// <summary>A chart colour's contrast is below what its use needs.</summary>
    public const string ChartColourContrast = "chart-colour-contrast";
}
