using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Support;
using ReportGen.Documents;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace ReportGen.Docx.Rendering.BlockRenderers;

/// <summary>
/// A figure as the real report lays it out: the caption above ("Figure " + the resolved
/// number + ". " + caption, bookmarked, kept with the image), the chart as an inline picture whose alt text is
/// in wp:docPr/@descr, then the "Source: ..." line and notes, and optionally the data behind it as a table.
/// </summary>
internal sealed class FigureRenderer : BlockRenderer<Figure>
{
    protected override void Render(Figure block, BlockScope scope, RenderContext context)
    {
        var caption = Caption(block, context);
        context.AddBookmark(caption, context.TakeBookmark(block));
        scope.Container.Append(caption);

        var image = block.Image;
        string what = block.Number is null ? "Figure" : "Figure " + block.Number;
        string relId = context.Images.Add(image.Png, what);
        var (cx, cy) = Size(image, context.TextWidthTwips);
        uint id = context.NextDrawingId();
        var picture = new WParagraph(
            new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyleIds.FigureImage } },
            new Run(Drawing(relId, cx, cy, id, what, AltText(block))));
        scope.Container.Append(picture);

        SourceNotes.Append(scope, context, block.Source, block.Notes);

        if (block.ShowDataTable && block.Data is { } data)
        {
            var label = block.Number is null ? "Data for the figure above" : $"Data for Figure {block.Number}";
            var intro = context.Paragraph(DocxStyleIds.SourceNote, [new TextRun(label, TextFormat.Bold)]);
            intro.ParagraphProperties!.KeepNext = new KeepNext();
            scope.Container.Append(intro);
            var (header, body) = TableBuilder.FromData(data);
            scope.Container.Append(TableBuilder.Build(context, header, body, null, label, $"{label}: {AltText(block)}"));
            scope.Container.Append(SourceNotes.Spacer());
        }
    }

    /// <summary>Alt text is never empty: the model's text, else the caption.</summary>
    public static string AltText(Figure figure)
    {
        var alt = figure.Image.AltText?.Trim();
        if (!string.IsNullOrEmpty(alt)) return alt;
        var label = CaptionLabel.Figure(figure);
        return label.Length > 0 ? "Chart: " + label : "Chart";
    }

    private static WParagraph Caption(Figure figure, RenderContext context)
    {
        var p = new WParagraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyleIds.Caption } });
        if (!string.IsNullOrWhiteSpace(figure.Number))
        {
            p.Append(CaptionRuns.Label("Figure", figure.Number.Trim()));
            p.Append(Texts.Run(figure.Caption.Count > 0 ? ". " : "."));
        }
        p.Append(context.RenderInlines(figure.Caption, context.BodyInlines));
        return p;
    }

    /// <summary>The requested size in EMU, scaled down (keeping the aspect ratio) if wider than the text.</summary>
    private static (long Cx, long Cy) Size(Image image, int textWidthTwips)
    {
        double wCm = image.WidthCm > 0 ? image.WidthCm : image.PixelWidth / 96.0 * 2.54;
        double hCm = image.HeightCm > 0 ? image.HeightCm
            : image.PixelWidth > 0 ? wCm * image.PixelHeight / image.PixelWidth : wCm * 0.6;
        long cx = Units.Emu(wCm), cy = Units.Emu(hCm);
        long max = (long)textWidthTwips * Units.EmuPerTwip;
        if (cx > max) { cy = cy * max / cx; cx = max; }
        return (Math.Max(cx, 1), Math.Max(cy, 1));
    }

    private static Drawing Drawing(string relId, long cx, long cy, uint id, string name, string alt) =>
        new(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = name, Description = XmlText.Clean(alt) },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0U, Name = name + ".png", Description = XmlText.Clean(alt) },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        });
}
