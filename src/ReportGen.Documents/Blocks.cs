namespace ReportGen.Documents;

// The document model: a small, closed set of blocks and inlines (after pandoc's AST).
// Templates build it; numbering and cross-references are resolved on it in one pass (DocumentNumbering);
// writers translate it and know nothing about where the numbers came from.

/// <summary>Where a node came from in a template, for error messages.</summary>
public sealed record TemplateLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}

public abstract record Block
{
    /// <summary>Stable id for cross-references and bookmarks (e.g. "fig-alcohol-mortality"); null if none.</summary>
    public string? Id { get; init; }
    public TemplateLocation? Origin { get; init; }
    /// <summary>
    /// Name of a counter this block is numbered in ("Priority"): numbering gives it the next value and
    /// cross-references to its Id read "Priority 3". Null for blocks outside any counter.
    /// </summary>
    public string? CounterName { get; init; }
    /// <summary>Filled by numbering when <see cref="CounterName"/> is set.</summary>
    public int? CounterValue { get; init; }
    /// <summary>
    /// What a cross-reference to this block prints when it is not a heading, figure or table (for example the note that
    /// stands in for a chart whose data cannot be shown).
    /// </summary>
    public string? ReferenceText { get; init; }
    /// <summary>
    /// Stable key of a generated element (paragraph, figure, table, box title), filled by <see cref="ElementKeys"/>.
    /// Writers copy it into the file (a hidden bookmark) so a later data update can find the element in an edited draft.
    /// </summary>
    public string? ElementKey { get; init; }
}

/// <summary>A heading. Levels 1-3 appear in the contents list; level 1 starts a new page and a new running header.</summary>
public sealed record Heading(int Level, IReadOnlyList<Inline> Content) : Block
{
    /// <summary>Filled by numbering: "5.2.1". Null for unnumbered headings.</summary>
    public string? Number { get; init; }
    public bool Numbered { get; init; } = true;
    public bool InContents { get; init; } = true;
    public string PlainText => Inlines.ToPlainText(Content);
}

public enum ParagraphStyle
{
    Normal,
    /// <summary>Larger lead paragraph, e.g. a section summary.</summary>
    Lead,
    /// <summary>Small print under figures and tables ("Source: ...", notes).</summary>
    SourceNote,
}

public sealed record Paragraph(IReadOnlyList<Inline> Content, ParagraphStyle Style = ParagraphStyle.Normal) : Block;

/// <summary>A bulleted or numbered list; each item is a list of blocks (paragraphs or nested lists).</summary>
public sealed record ListBlock(bool Ordered, IReadOnlyList<IReadOnlyList<Block>> Items) : Block;

/// <summary>An image placed in the document, with its alternative text.</summary>
public sealed record Image(byte[] Png, int PixelWidth, int PixelHeight, double WidthCm, double HeightCm, string AltText)
{
    /// <summary>
    /// The same picture as an SVG document (vector), when the renderer made one; the HTML edition inlines it.
    /// Word and PDF use the PNG.
    /// </summary>
    public string? Svg { get; init; }
}

/// <summary>
/// A numbered figure: "Figure 5.2a. Caption" above the image, "Source: ..." below it, and optionally the data
/// behind it as an accessible table (rendered after the source line, or kept only for publishing).
/// </summary>
public sealed record Figure(IReadOnlyList<Inline> Caption, Image Image) : Block
{
    /// <summary>Filled by numbering: "5.2a" or "12".</summary>
    public string? Number { get; init; }
    public IReadOnlyList<Inline> Source { get; init; } = [];
    public IReadOnlyList<IReadOnlyList<Inline>> Notes { get; init; } = [];
    /// <summary>The data behind the chart; kept for publishing. Not rendered in the body unless ShowDataTable.</summary>
    public DataTable? Data { get; init; }
    public bool ShowDataTable { get; init; }
    /// <summary>For publishing: where each row of <see cref="Data"/> came from ("published", "illustrative" or "none"),
    /// in the same order. Writers do not print it.</summary>
    public IReadOnlyList<string>? RowProvenance { get; init; }
}

public enum CellAlignment { Left, Right, Center }

public sealed record TableCell(IReadOnlyList<Inline> Content)
{
    public int ColumnSpan { get; init; } = 1;
    public CellAlignment Alignment { get; init; } = CellAlignment.Left;
    public bool Bold { get; init; }
    public static TableCell Text(string text, CellAlignment alignment = CellAlignment.Left) =>
        new([new TextRun(text)]) { Alignment = alignment };
}

public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    /// <summary>A total or emphasis row (bold).</summary>
    public bool Emphasis { get; init; }
}

/// <summary>Plain tabular data (also used for chart data): header texts and rows of texts.</summary>
public sealed record DataTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>A numbered table: caption above, header rows repeat on each page, source and notes below.</summary>
public sealed record Table(IReadOnlyList<Inline> Caption, IReadOnlyList<TableRow> HeaderRows, IReadOnlyList<TableRow> BodyRows) : Block
{
    public string? Number { get; init; }
    /// <summary>Alternative text summarising the table (Word tblDescription).</summary>
    public string Description { get; init; } = "";
    public IReadOnlyList<Inline> Source { get; init; } = [];
    public IReadOnlyList<IReadOnlyList<Inline>> Notes { get; init; } = [];
    /// <summary>Relative column widths; null lets the writer share the width equally.</summary>
    public IReadOnlyList<double>? ColumnWidths { get; init; }
    /// <summary>Wide tables are placed on a landscape page.</summary>
    public bool Landscape { get; init; }
    /// <summary>Unnumbered tables (an acronym list) have no caption number.</summary>
    public bool Numbered { get; init; } = true;
    /// <summary>For publishing: where each body row came from ("published", "illustrative" or "none"), in the same
    /// order; null for tables written by hand. Writers do not print it.</summary>
    public IReadOnlyList<string>? RowProvenance { get; init; }
}

public enum CalloutKind
{
    /// <summary>"Key Insights and Priorities" box closing a local section.</summary>
    KeyInsights,
    /// <summary>A highlighted headline figure ("Key National Figure").</summary>
    KeyFigure,
    /// <summary>Any other shaded note.</summary>
    Note,
}

/// <summary>A shaded box with a title and blocks inside (not a layout table).</summary>
public sealed record Callout(CalloutKind Kind, IReadOnlyList<Inline> Title, IReadOnlyList<Block> Content) : Block;

/// <summary>The contents list; the writer fills it from the headings (levels 1-3).</summary>
public sealed record TableOfContents(string Title = "Contents") : Block;

/// <summary>Lists of figures or tables; the writer fills them from the numbered captions.</summary>
public sealed record ListOfCaptions(CaptionKind Kind, string Title) : Block;

public enum CaptionKind { Figure, Table }

public sealed record PageBreak : Block;

/// <summary>The cover: title, subtitle, date line and any extra lines, on a page of its own.</summary>
public sealed record TitlePage(string Title, string? Subtitle, string? DateLine, IReadOnlyList<string> ExtraLines) : Block;
