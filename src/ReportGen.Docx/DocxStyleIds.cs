namespace ReportGen.Docx;

/// <summary>
/// The style ids the writer puts in styles.xml. Built-in Word styles use Word's own ids and names so Word,
/// LibreOffice and accessibility checkers recognise them; the rest are house styles.
/// </summary>
public static class DocxStyleIds
{
    /// <summary>Default paragraph style.</summary>
    public const string Normal = "Normal";
    /// <summary>Title page title.</summary>
    public const string Title = "Title";
    /// <summary>Title page subtitle.</summary>
    public const string Subtitle = "Subtitle";
    /// <summary>Title page date line.</summary>
    public const string Date = "Date";
    /// <summary>Heading style id for a level (1-4; deeper levels use Heading4).</summary>
    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, 4);
    /// <summary>Figure and table captions.</summary>
    public const string Caption = "Caption";
    /// <summary>Contents entry style id for a level (1-3).</summary>
    public static string Toc(int level) => "TOC" + Math.Clamp(level, 1, 3);
    /// <summary>Title of the contents list and of the lists of figures/tables.</summary>
    public const string TocHeading = "TOCHeading";
    /// <summary>Entries of a list of figures or tables.</summary>
    public const string TableOfFigures = "TableofFigures";
    /// <summary>Footnote text.</summary>
    public const string FootnoteText = "FootnoteText";
    /// <summary>Footnote reference mark (character style).</summary>
    public const string FootnoteReference = "FootnoteReference";
    /// <summary>Hyperlinks and cross-references (character style).</summary>
    public const string Hyperlink = "Hyperlink";
    /// <summary>List items.</summary>
    public const string ListParagraph = "ListParagraph";
    /// <summary>Running header.</summary>
    public const string Header = "Header";
    /// <summary>"Source: ..." lines and notes under figures and tables.</summary>
    public const string SourceNote = "SourceNote";
    /// <summary>Larger summary paragraph.</summary>
    public const string Lead = "Lead";
    /// <summary>Paragraph holding a figure's image.</summary>
    public const string FigureImage = "FigureImage";
    /// <summary>Paragraphs inside the Key Insights box (border and shading).</summary>
    public const string KeyInsightsBox = "KeyInsightsBox";
    /// <summary>Title line of the Key Insights box.</summary>
    public const string KeyInsightsTitle = "KeyInsightsTitle";
    /// <summary>Paragraphs inside other call-outs (key figures, notes).</summary>
    public const string CalloutBox = "CalloutBox";
    /// <summary>Title line of other call-outs.</summary>
    public const string CalloutTitle = "CalloutTitle";
    /// <summary>Table body cell text.</summary>
    public const string TableText = "TableText";
    /// <summary>Table header cell text.</summary>
    public const string TableHeading = "TableHeading";
    /// <summary>Table style carrying the grid lines and cell margins.</summary>
    public const string ReportTable = "ReportTable";
}
