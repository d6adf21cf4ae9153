using System.IO.Compression;

namespace ReportGen.Pdf.Parsing;

/// <summary>A stream object: its dictionary and its raw (still encoded) bytes.</summary>
internal sealed class PdfStreamObject(PdfDictionary dictionary, byte[] raw)
{
    public PdfDictionary Dictionary { get; } = dictionary;

    public byte[] Raw { get; } = raw;

    /// <summary>The decoded bytes; only FlateDecode (without predictor) and unfiltered streams are supported.</summary>
    public byte[]? Decode()
    {
        var filter = Dictionary.Get("Filter");
        if (filter is List<object?> { Count: 1 } single)
        {
            filter = single[0];
        }

        if (filter is null)
        {
            return Raw;
        }

        if (filter is PdfName { Value: "FlateDecode" })
        {
            try
            {
                using var input = new MemoryStream(Raw);
                using var zlib = new ZLibStream(input, CompressionMode.Decompress);
                using var output = new MemoryStream();
                zlib.CopyTo(output);
                return output.ToArray();
            }
            catch (InvalidDataException)
            {
                return null;
            }
        }

        return null;
    }
}
