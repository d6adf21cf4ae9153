using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ReportGen.Docx.Tests;

/// <summary>
/// Makes real PNG files in memory (a little bar chart), so tests exercise genuine image data without fixtures.
/// </summary>
internal static class TestPng
{
    /// <summary>The smallest useful PNG: one white pixel.</summary>
    public static byte[] OnePixel => Create(1, 1, 0);

    public static byte[] Create(int width, int height, int seed)
    {
        var rgb = new byte[height * (width * 3 + 1)];
        var rng = new Random(seed);
        int bars = 6;
        var heights = Enumerable.Range(0, bars).Select(_ => 0.2 + rng.NextDouble() * 0.7).ToArray();
        (byte R, byte G, byte B)[] palette = [(0x1B, 0x36, 0x5D), (0x00, 0x67, 0x7F)];
        for (int y = 0; y < height; y++)
        {
            int row = y * (width * 3 + 1);
            rgb[row] = 0; // filter: none
            for (int x = 0; x < width; x++)
            {
                var c = (R: (byte)255, G: (byte)255, B: (byte)255);
                int slot = width / bars;
                if (slot > 0 && width > 20 && height > 20)
                {
                    int bar = Math.Min(x / slot, bars - 1);
                    bool inBar = x % slot > slot / 5 && x % slot < slot * 4 / 5;
                    int top = height - 10 - (int)((height - 20) * heights[bar]);
                    if (inBar && y >= top && y < height - 10) c = palette[bar % 2];
                    if (y == height - 10 || x == 2) c = (0x40, 0x40, 0x40);
                    // faint noise so every chart compresses like a real one and differs by seed
                    if (c.R == 255 && rng.Next(50) == 0) c = (245, 245, 245);
                }
                int o = row + 1 + x * 3;
                rgb[o] = c.R; rgb[o + 1] = c.G; rgb[o + 2] = c.B;
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; ihdr[9] = 2; // 8-bit RGB
        Chunk(png, "IHDR", ihdr);
        using (var z = new MemoryStream())
        {
            using (var zlib = new ZLibStream(z, CompressionLevel.Fastest, leaveOpen: true)) zlib.Write(rgb);
            Chunk(png, "IDAT", z.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        Span<byte> len = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(len, data.Length);
        s.Write(len);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        s.Write(typeBytes);
        s.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(len, Crc32(typeBytes, data));
        s.Write(len);
    }

    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        uint c = (uint)n;
        for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    private static uint Crc32(byte[] a, byte[] b)
    {
        uint c = 0xFFFFFFFFu;
        foreach (var x in a) c = CrcTable[(c ^ x) & 0xFF] ^ (c >> 8);
        foreach (var x in b) c = CrcTable[(c ^ x) & 0xFF] ^ (c >> 8);
        return c ^ 0xFFFFFFFFu;
    }
}
