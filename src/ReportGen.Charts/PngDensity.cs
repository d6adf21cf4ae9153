using System.Buffers.Binary;

namespace ReportGen.Charts;

/// <summary>
/// Writes a pHYs chunk into a PNG so viewers and word processors know its dpi (Skia leaves it
/// out). Pure byte manipulation, so the output stays deterministic.
/// </summary>
internal static class PngDensity
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>The same PNG with a pHYs chunk for <paramref name="dpi"/> after the IHDR chunk.</summary>
    public static byte[] WithDpi(byte[] png, int dpi)
    {
        // Signature (8) + IHDR chunk (4 length + 4 type + 13 data + 4 crc) = 33 bytes.
        const int afterHeader = 33;
        if (png.Length < afterHeader || png[12] != (byte)'I' || png[13] != (byte)'H') return png;

        var pixelsPerMetre = (uint)Math.Round(dpi / 0.0254);
        var chunk = new byte[4 + 4 + 9 + 4];
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(0), 9);
        "pHYs"u8.CopyTo(chunk.AsSpan(4));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8), pixelsPerMetre);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(12), pixelsPerMetre);
        chunk[16] = 1; // unit: metre
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(17), Crc(chunk.AsSpan(4, 13)));

        var result = new byte[png.Length + chunk.Length];
        png.AsSpan(0, afterHeader).CopyTo(result);
        chunk.CopyTo(result, afterHeader);
        png.AsSpan(afterHeader).CopyTo(result.AsSpan(afterHeader + chunk.Length));
        return result;
    }

    /// <summary>Reads the dpi back from a pHYs chunk, or null when there is none.</summary>
    public static double? ReadDpi(byte[] png)
    {
        var offset = 8;
        while (offset + 12 <= png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            if (type == "pHYs" && png[offset + 16] == 1)
                return BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8)) * 0.0254;
            if (type == "IDAT") return null;
            offset += 12 + length;
        }
        return null;
    }

    private static uint Crc(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data) crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }
}
