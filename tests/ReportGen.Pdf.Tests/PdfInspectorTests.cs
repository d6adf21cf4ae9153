using System.IO.Compression;
using System.Text;

namespace ReportGen.Pdf.Tests;

/// <summary><see cref="PdfInspector"/> (PdfPig underneath) on a hand-made file, without LibreOffice.</summary>
public sealed class PdfInspectorTests
{
    private static readonly Lazy<PdfFacts> HandMade = new(() => PdfInspector.Inspect(HandMadePdf(), "hand-made.pdf"));

    [Fact]
    public void Reads_the_catalogue_tags_language_title_and_pdf_ua_part()
    {
        var facts = HandMade.Value;
        Assert.Equal(3, facts.PageCount);
        Assert.Equal("1.7", facts.PdfVersion);
        Assert.True(facts.Tagged);
        Assert.True(facts.HasStructureTree);
        Assert.Equal("en-GB", facts.Language);
        Assert.Equal("Hand made", facts.Title);
        Assert.True(facts.DisplayDocTitle);
        Assert.Equal(1, facts.PdfUaPart);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_outline_and_links_with_destinations_of_every_kind(bool legacyDests)
    {
        var facts = legacyDests ? PdfInspector.Inspect(HandMadePdf(legacyDests: true)) : HandMade.Value;
        Assert.Equal(
            [
                new PdfOutlineEntry("Introduction \u2013 scope", 1, 2),
                new PdfOutlineEntry("Named (dict)", 2, 3),
                new PdfOutlineEntry("By name", 1, 3),
            ],
            facts.Outline);

        var internalLink = Assert.Single(facts.Links, l => l.Uri is null);
        Assert.Equal(1, internalLink.PageNumber);
        Assert.Equal(2, internalLink.TargetPage);
        Assert.Equal(100, internalLink.Left, 3);
        Assert.Equal(842 - 720, internalLink.Top, 3);
        Assert.Equal(300, internalLink.Right, 3);
        Assert.Equal(842 - 700, internalLink.Bottom, 3);
        var external = Assert.Single(facts.Links, l => l.Uri is not null);
        Assert.Equal("https://example.org/a(b)", external.Uri);
        Assert.Null(external.TargetPage);
    }

    [Fact]
    public void Lists_each_font_once_with_its_type_and_whether_it_is_embedded()
    {
        var fonts = HandMade.Value.Fonts.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                new PdfFontInfo("BAAAAA+LiberationSans", "TrueType", Embedded: true, Subset: true),
                new PdfFontInfo("CAAAAA+LiberationSerif", "CID TrueType", Embedded: true, Subset: true),
                new PdfFontInfo("Helvetica", "Type 1", Embedded: false, Subset: false),
            ],
            fonts);
        Assert.False(HandMade.Value.AllFontsEmbedded);
    }

    [Fact]
    public void Groups_words_into_lines_measured_from_the_top_left_of_the_page()
    {
        var lines = HandMade.Value.PageLines[0];
        Assert.Equal(["Contents", "1 Introduction 2"], lines.Select(l => l.Text));
        var entry = lines[1];
        Assert.Equal(1, entry.PageNumber);
        Assert.Equal(["1", "Introduction", "2"], entry.Words.Select(w => w.Text));
        Assert.Equal(72, entry.Left, 0);
        Assert.Equal(300, entry.Words[^1].Left, 0);
        Assert.InRange(entry.Top, 842 - 720 - 11, 842 - 720 - 7);    // the ascent above the baseline at 720
        Assert.InRange(entry.Bottom, 842 - 720 + 1, 842 - 720 + 4);   // the descent below it
        Assert.True(lines[0].Bottom < entry.Top);
        Assert.Equal("Contents\n1 Introduction 2", HandMade.Value.TextOfPage(1));
        Assert.Equal(string.Empty, HandMade.Value.TextOfPage(2));
    }

    [Fact]
    public void Bytes_that_are_not_a_pdf_raise_an_invalid_data_error_naming_the_file()
    {
        var e = Assert.Throws<InvalidDataException>(() => PdfInspector.Inspect(Encoding.ASCII.GetBytes("not a PDF at all"), "notes.pdf"));
        Assert.StartsWith("notes.pdf cannot be read as a PDF", e.Message);
        Assert.Throws<FileNotFoundException>(() => PdfInspector.Inspect(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".pdf")));
    }

    /// <summary>
    /// Three pages; an outline whose first title is UTF-16 and goes to an explicit destination, with a child whose named
    /// destination's value is a dictionary with /D; a second entry whose GoTo action names its destination; a GoTo link to
    /// a named destination and a URI link. Named destinations live in the /Names tree (strings) or, with
    /// <paramref name="legacyDests"/>, in the catalogue's PDF 1.1 /Dests dictionary (names): PdfPig reads one or the other;
    /// a tagged catalogue with /Lang, XMP naming PDF/UA-1 and DisplayDocTitle; a Helvetica text content stream; fonts
    /// on the page and inherited from the page tree. Objects 20 and 21 live in a compressed object stream (object 30),
    /// so the cross-reference table is a stream too.
    /// </summary>
    private static byte[] HandMadePdf(bool legacyDests = false)
    {
        string Named(string name) => legacyDests ? "/" + name : $"({name})";
        var title = "FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes("Introduction \u2013 scope"));
        const string xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"><pdfuaid:part>1</pdfuaid:part>"
            + "</rdf:Description></rdf:RDF></x:xmpmeta>";
        const string content = "BT /F1 14 Tf 72 770 Td (Contents) Tj ET\nBT /F1 11 Tf 72 720 Td (1 Introduction) Tj ET\nBT /F1 11 Tf 300 720 Td (2) Tj ET\n";
        var objects = new SortedDictionary<int, byte[]>
        {
            [1] = Ascii("<< /Type /Catalog /Pages 2 0 R /Lang (en-GB) /MarkInfo << /Marked true >> /StructTreeRoot 22 0 R "
                + "/ViewerPreferences << /DisplayDocTitle true >> /Metadata 23 0 R "
                + (legacyDests ? "/Outlines 20 0 R /Dests 21 0 R >>" : "/Outlines 20 0 R /Names << /Dests 21 0 R >> >>")),
            [2] = Ascii("<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 3 /MediaBox [0 0 595 842] >>"),
            [3] = Ascii("<< /Type /Page /Parent 2 0 R /Annots [7 0 R 8 0 R] /Resources << /Font << /F1 14 0 R /F2 15 0 R >> >> /Contents 16 0 R >>"),
            [6] = Ascii("<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 5 0 R] /Count 2 /Resources << /Font << /F1 14 0 R /F3 17 0 R >> >> >>"),
            [4] = Ascii("<< /Type /Page /Parent 6 0 R >>"),
            [5] = Ascii("<< /Type /Page /Parent 6 0 R >>"),
            [7] = Ascii($"<< /Type /Annot /Subtype /Link /Rect [100 700 300 720] /A << /S /GoTo /D {Named("chap2")} >> >>"),
            [8] = Ascii("<< /Type /Annot /Subtype /Link /Rect [100 600 300 620] /A << /S /URI /URI (https://example.org/a\\(b\\)) >> >>"),
            [9] = Ascii("<< /Title (Hand made) >>"),
            [10] = Ascii($"<< /Title <{title}> /Parent 20 0 R /Next 12 0 R /First 11 0 R /Last 11 0 R /Count 1 /Dest [4 0 R /Fit] >>"),
            [11] = Ascii($"<< /Title (Named \\(dict\\)) /Parent 10 0 R /Dest {Named("sec5")} >>"),
            [12] = Ascii($"<< /Title (By name) /Parent 20 0 R /Prev 10 0 R /A << /S /GoTo /D {Named("sec3")} >> >>"),
            [13] = Ascii("<< /D [5 0 R /Fit] >>"),
            [14] = Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
            [15] = Ascii("<< /Type /Font /Subtype /TrueType /BaseFont /BAAAAA+LiberationSans /FirstChar 32 /LastChar 32 /Widths [278] /FontDescriptor 18 0 R >>"),
            [16] = Stream(string.Empty, Ascii(content)),
            [17] = Ascii("<< /Type /Font /Subtype /Type0 /BaseFont /CAAAAA+LiberationSerif /Encoding /Identity-H "
                + "/DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /CAAAAA+LiberationSerif "
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 18 0 R >>] >>"),
            [18] = Ascii("<< /Type /FontDescriptor /FontName /BAAAAA+LiberationSans /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 "
                + "/Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 19 0 R >>"),
            [19] = Stream(string.Empty, [0, 1, 0, 0]),
            [22] = Ascii("<< /Type /StructTreeRoot >>"),
            [23] = Stream("/Type /Metadata /Subtype /XML", Encoding.UTF8.GetBytes(xmp)),
        };

        // Objects 20 and 21 go into the object stream 30.
        var obj20 = "<< /Type /Outlines /First 10 0 R /Last 12 0 R /Count 2 >> ";
        var obj21 = legacyDests
            ? "<< /chap2 [4 0 R /XYZ 0 800 0] /sec3 [5 0 R /Fit] /sec5 13 0 R >>"
            : "<< /Names [ (chap2) [4 0 R /XYZ 0 800 0] (sec3) [5 0 R /Fit] (sec5) 13 0 R ] >>";
        var table = $"20 0 21 {obj20.Length} ";
        objects[30] = Stream($"/Type /ObjStm /N 2 /First {table.Length} /Filter /FlateDecode", Deflate(Ascii(table + obj20 + obj21)));

        using var pdf = new MemoryStream();
        pdf.Write(Encoding.Latin1.GetBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
        var offsets = new Dictionary<int, long>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = pdf.Position;
            pdf.Write(Ascii($"{number} 0 obj\n"));
            pdf.Write(body);
            pdf.Write(Ascii("\nendobj\n"));
        }

        // The cross-reference stream (object 40): type 1 rows give offsets, type 2 rows place 20 and 21 in stream 30.
        const int xrefNumber = 40;
        offsets[xrefNumber] = pdf.Position;
        var rows = new MemoryStream();
        for (var n = 0; n <= xrefNumber; n++)
        {
            var (type, field2, field3) = offsets.TryGetValue(n, out var offset) ? (1, offset, 0)
                : n is 20 or 21 ? (2, 30L, n - 20)
                : (0, 0L, n == 0 ? 65535 : 0);
            rows.WriteByte((byte)type);
            rows.Write([(byte)(field2 >> 24), (byte)(field2 >> 16), (byte)(field2 >> 8), (byte)field2]);
            rows.Write([(byte)(field3 >> 8), (byte)field3]);
        }

        pdf.Write(Ascii($"{xrefNumber} 0 obj\n"));
        pdf.Write(Stream($"/Type /XRef /Size {xrefNumber + 1} /W [1 4 2] /Root 1 0 R /Info 9 0 R", rows.ToArray()));
        pdf.Write(Ascii($"\nendobj\nstartxref\n{offsets[xrefNumber]}\n%%EOF\n"));
        return pdf.ToArray();
    }

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    private static byte[] Stream(string dictionary, byte[] data) =>
        [.. Ascii($"<< {dictionary} /Length {data.Length} >>\nstream\n"), .. data, .. Ascii("\nendstream")];

    private static byte[] Deflate(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var z = new ZLibStream(ms, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(data);
        }

        return ms.ToArray();
    }
}
