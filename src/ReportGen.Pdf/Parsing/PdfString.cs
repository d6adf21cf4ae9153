using System.Text;

namespace ReportGen.Pdf.Parsing;

/// <summary>A PDF string's raw bytes, with decoding as a PDF text string.</summary>
internal sealed class PdfString(byte[] bytes)
{
    /// <summary>The raw bytes.</summary>
    public byte[] Bytes { get; } = bytes;

    /// <summary>
    /// Decodes a text string: UTF-16BE when it starts with FE FF, UTF-8 when it starts with EF BB BF,
    /// otherwise PDFDocEncoding (read as Latin-1, which matches it for the common characters).
    /// </summary>
    public string Text
    {
        get
        {
            if (Bytes.Length >= 2 && Bytes[0] == 0xFE && Bytes[1] == 0xFF)
            {
                return Encoding.BigEndianUnicode.GetString(Bytes, 2, Bytes.Length - 2);
            }

            if (Bytes.Length >= 3 && Bytes[0] == 0xEF && Bytes[1] == 0xBB && Bytes[2] == 0xBF)
            {
                return Encoding.UTF8.GetString(Bytes, 3, Bytes.Length - 3);
            }

            return Encoding.Latin1.GetString(Bytes);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
