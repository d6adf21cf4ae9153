using System.IO.Compression;
using System.Text;
using ReportGen.Pdf.Parsing;

namespace ReportGen.Pdf.Tests;

/// <summary>The small PDF object reader on hand-made files.</summary>
public sealed class PdfObjectFileTests
{
    [Fact]
    public void Reads_outline_links_language_and_destinations_of_every_kind()
    {
        var file = PdfObjectFile.Parse(HandMadePdf());

        Assert.Equal(3, file.Pages.Count);
        Assert.Equal("en-GB", (file.Resolve(file.Catalog.Get("Lang")) as PdfString)?.Text);

        var outline = PdfInspector.ReadOutline(file);
        Assert.Equal(
            [
                new PdfOutlineEntry("Introduction \u2013 scope", 1, 2),
                new PdfOutlineEntry("Named (dict)", 2, 3),
                new PdfOutlineEntry("By name", 1, 3),
            ],
            outline);

        var links = PdfInspector.ReadLinks(file);
        var internalLink = Assert.Single(links, l => l.Uri is null);
        Assert.Equal(1, internalLink.PageNumber);
        Assert.Equal(2, internalLink.TargetPage);
        Assert.Equal(100, internalLink.Left, 3);
        Assert.Equal(842 - 720, internalLink.Top, 3);
        var external = Assert.Single(links, l => l.Uri is not null);
        Assert.Equal("https://example.org/a(b)", external.Uri);
        Assert.Null(external.TargetPage);
    }

    [Fact]
    public void Parses_pdffonts_output_even_when_a_name_overflows_its_column()
    {
        const string text = """
            name                                 type              encoding         emb sub uni object ID
            ------------------------------------ ----------------- ---------------- --- --- --- ---------
            BAAAAA+LiberationSans-Bold           TrueType          WinAnsi          yes yes no      12  0
            Helvetica                            Type 1            Custom           no  no  no      20  0
            CAAAAA+AVeryLongFontNameThatOverflowsTheColumnWidth CID TrueType      Identity-H       yes yes yes     30  0
            """;
        var fonts = PdfInspector.ParseFonts(text);
        Assert.Equal(3, fonts.Count);
        Assert.True(fonts[0].Embedded);
        Assert.Equal("TrueType", fonts[0].Type);
        Assert.False(fonts[1].Embedded);
        Assert.Equal("Type 1", fonts[1].Type);
        Assert.True(fonts[2].Embedded);
        Assert.Equal("CAAAAA+AVeryLongFontNameThatOverflowsTheColumnWidth", fonts[2].Name);
    }

    /// <summary>
    /// Three pages; an outline whose first title is UTF-16 with a child whose destination is a name looked up in the
    /// catalogue's /Dests; a second entry with a string destination in the /Names tree; a GoTo link and a URI link.
    /// Objects 20 and 21 live in a compressed object stream.
    /// </summary>
    private static byte[] HandMadePdf()
    {
        var title = "FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes("Introduction \u2013 scope"));
        var obj20 = "<< /Type /Outlines /First 10 0 R /Last 12 0 R >> ";
        var obj21 = "<< /Names [ (sec3) [5 0 R /Fit] ] >>";
        var table = $"20 0 21 {obj20.Length} ";
        var packed = table + obj20 + obj21;
        var firstOffset = table.Length;
        byte[] compressed;
        using (var ms = new MemoryStream())
        {
            using (var z = new ZLibStream(ms, CompressionLevel.Optimal, leaveOpen: true))
            {
                z.Write(Encoding.ASCII.GetBytes(packed));
            }

            compressed = ms.ToArray();
        }

        var sb = new StringBuilder();
        sb.Append("%PDF-1.7\n%\u00e2\u00e3\n");
        sb.Append("1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Lang (en-GB) /Outlines 20 0 R /Names << /Dests 21 0 R >> /Dests << /chap2 [4 0 R /XYZ 0 800 0] >> >>\nendobj\n");
        sb.Append("2 0 obj\n<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 3 /MediaBox [0 0 595 842] >>\nendobj\n");
        sb.Append("3 0 obj\n<< /Type /Page /Parent 2 0 R /Annots [7 0 R 8 0 R] >>\nendobj\n");
        sb.Append("6 0 obj\n<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 5 0 R] /Count 2 >>\nendobj\n");
        sb.Append("4 0 obj\n<< /Type /Page /Parent 6 0 R >>\nendobj\n");
        sb.Append("5 0 obj\n<< /Type /Page /Parent 6 0 R >>\nendobj\n");
        sb.Append("7 0 obj\n<< /Type /Annot /Subtype /Link /Rect [100 700 300 720] /A << /S /GoTo /D /chap2 >> >>\nendobj\n");
        sb.Append("8 0 obj\n<< /Type /Annot /Subtype /Link /Rect [100 600 300 620] /A << /S /URI /URI (https://example.org/a\\(b\\)) >> >>\nendobj\n");
        sb.Append($"10 0 obj\n<< /Title <{title}> /Parent 20 0 R /Next 12 0 R /First 11 0 R /Dest [4 0 R /Fit] >>\nendobj\n");
        sb.Append("11 0 obj\n<< /Title (Named \\(dict\\)) /Parent 10 0 R /Dest 13 0 R >>\nendobj\n");
        sb.Append("13 0 obj\n<< /D [5 0 R /Fit] >>\nendobj\n");
        sb.Append("12 0 obj\n<< /Title (By name) /Parent 20 0 R /A << /S /GoTo /D (sec3) >> >>\nendobj\n");
        var head = Encoding.Latin1.GetBytes(sb.ToString());
        var streamHead = Encoding.ASCII.GetBytes($"30 0 obj\n<< /Type /ObjStm /N 2 /First {firstOffset} /Filter /FlateDecode /Length {compressed.Length} >>\nstream\n");
        var tail = Encoding.ASCII.GetBytes("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R /Size 31 >>\n%%EOF\n");
        return [.. head, .. streamHead, .. compressed, .. tail];
    }
}
