using System.Globalization;
using System.Text;

namespace ReportGen.Pdf.Parsing;

/// <summary>
/// Reads PDF objects (numbers, strings, names, arrays, dictionaries, references) from raw bytes.
/// Values come back as: <c>null</c>, <see cref="bool"/>, <see cref="double"/>, <see cref="PdfString"/>,
/// <see cref="PdfName"/>, <see cref="List{T}"/> of objects, <see cref="PdfDictionary"/> and <see cref="PdfRef"/>.
/// Only what is needed to read catalogues, outlines and annotations; content streams are not interpreted.
/// </summary>
internal sealed class PdfLexer(byte[] data, int position = 0)
{
    /// <summary>Current read position.</summary>
    public int Position { get; set; } = position;

    /// <summary>The bytes being read.</summary>
    public byte[] Data => data;

    public static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    /// <summary>Skips white space and comments.</summary>
    public void SkipWhite()
    {
        while (Position < data.Length)
        {
            var b = data[Position];
            if (IsWhite(b))
            {
                Position++;
            }
            else if (b == '%')
            {
                while (Position < data.Length && data[Position] is not (10 or 13))
                {
                    Position++;
                }
            }
            else
            {
                break;
            }
        }
    }

    /// <summary>True when the bytes at the current position (after white space) spell <paramref name="keyword"/>.</summary>
    public bool PeekKeyword(string keyword)
    {
        SkipWhite();
        if (Position + keyword.Length > data.Length)
        {
            return false;
        }

        for (var i = 0; i < keyword.Length; i++)
        {
            if (data[Position + i] != keyword[i])
            {
                return false;
            }
        }

        var end = Position + keyword.Length;
        return end >= data.Length || IsWhite(data[end]) || IsDelimiter(data[end]);
    }

    /// <summary>Reads one object. Throws <see cref="FormatException"/> on bytes that are not a PDF object.</summary>
    public object? ReadObject()
    {
        SkipWhite();
        if (Position >= data.Length)
        {
            throw new FormatException("Unexpected end of PDF data.");
        }

        var b = data[Position];
        switch (b)
        {
            case (byte)'/':
                return ReadName();
            case (byte)'(':
                return ReadLiteralString();
            case (byte)'[':
                return ReadArray();
            case (byte)'<':
                if (Position + 1 < data.Length && data[Position + 1] == '<')
                {
                    return ReadDictionary();
                }

                return ReadHexString();
        }

        if (b is (byte)'+' or (byte)'-' or (byte)'.' || (b >= '0' && b <= '9'))
        {
            return ReadNumberOrReference();
        }

        var word = ReadRegularToken();
        return word switch
        {
            "true" => true,
            "false" => false,
            "null" => null,
            _ => throw new FormatException($"Unexpected token '{word}' at byte {Position}."),
        };
    }

    private PdfName ReadName()
    {
        Position++;
        var sb = new StringBuilder();
        while (Position < data.Length && !IsWhite(data[Position]) && !IsDelimiter(data[Position]))
        {
            var c = data[Position];
            if (c == '#' && Position + 2 < data.Length && IsHex(data[Position + 1]) && IsHex(data[Position + 2]))
            {
                sb.Append((char)Convert.ToByte(Encoding.ASCII.GetString(data, Position + 1, 2), 16));
                Position += 3;
            }
            else
            {
                sb.Append((char)c);
                Position++;
            }
        }

        return new PdfName(sb.ToString());
    }

    private PdfString ReadLiteralString()
    {
        Position++;
        var bytes = new List<byte>();
        var depth = 1;
        while (Position < data.Length)
        {
            var c = data[Position++];
            if (c == '\\')
            {
                if (Position >= data.Length)
                {
                    break;
                }

                var e = data[Position++];
                switch (e)
                {
                    case (byte)'n': bytes.Add(10); break;
                    case (byte)'r': bytes.Add(13); break;
                    case (byte)'t': bytes.Add(9); break;
                    case (byte)'b': bytes.Add(8); break;
                    case (byte)'f': bytes.Add(12); break;
                    case 13:
                        if (Position < data.Length && data[Position] == 10)
                        {
                            Position++;
                        }

                        break;
                    case 10:
                        break;
                    default:
                        if (e >= '0' && e <= '7')
                        {
                            var value = e - '0';
                            for (var k = 0; k < 2 && Position < data.Length && data[Position] >= '0' && data[Position] <= '7'; k++)
                            {
                                value = (value * 8) + (data[Position++] - '0');
                            }

                            bytes.Add((byte)value);
                        }
                        else
                        {
                            bytes.Add(e);
                        }

                        break;
                }
            }
            else if (c == '(')
            {
                depth++;
                bytes.Add(c);
            }
            else if (c == ')')
            {
                if (--depth == 0)
                {
                    break;
                }

                bytes.Add(c);
            }
            else
            {
                bytes.Add(c);
            }
        }

        return new PdfString([.. bytes]);
    }

    private PdfString ReadHexString()
    {
        Position++;
        var hex = new StringBuilder();
        while (Position < data.Length && data[Position] != '>')
        {
            if (IsHex(data[Position]))
            {
                hex.Append((char)data[Position]);
            }

            Position++;
        }

        Position++;
        if (hex.Length % 2 == 1)
        {
            hex.Append('0');
        }

        return new PdfString(Convert.FromHexString(hex.ToString()));
    }

    private List<object?> ReadArray()
    {
        Position++;
        var list = new List<object?>();
        while (true)
        {
            SkipWhite();
            if (Position >= data.Length)
            {
                throw new FormatException("Unterminated PDF array.");
            }

            if (data[Position] == ']')
            {
                Position++;
                return list;
            }

            list.Add(ReadObject());
        }
    }

    private PdfDictionary ReadDictionary()
    {
        Position += 2;
        var dict = new PdfDictionary();
        while (true)
        {
            SkipWhite();
            if (Position + 1 >= data.Length)
            {
                throw new FormatException("Unterminated PDF dictionary.");
            }

            if (data[Position] == '>' && data[Position + 1] == '>')
            {
                Position += 2;
                return dict;
            }

            if (ReadObject() is not PdfName key)
            {
                throw new FormatException($"Dictionary key is not a name at byte {Position}.");
            }

            dict[key.Value] = ReadObject();
        }
    }

    private object ReadNumberOrReference()
    {
        var start = Position;
        var first = ReadRegularToken();
        var number = ParseNumber(first);
        if (IsUnsignedInteger(first))
        {
            // "12 0 R" is a reference: look ahead without consuming anything else.
            var save = Position;
            SkipWhite();
            var secondStart = Position;
            var second = Position < data.Length && data[Position] >= '0' && data[Position] <= '9' ? ReadRegularToken() : null;
            if (second is not null && IsUnsignedInteger(second))
            {
                SkipWhite();
                if (Position < data.Length && data[Position] == 'R'
                    && (Position + 1 >= data.Length || IsWhite(data[Position + 1]) || IsDelimiter(data[Position + 1])))
                {
                    Position++;
                    return new PdfRef(int.Parse(first, CultureInfo.InvariantCulture), int.Parse(second, CultureInfo.InvariantCulture));
                }
            }

            _ = secondStart;
            Position = save;
        }

        _ = start;
        return number;
    }

    private string ReadRegularToken()
    {
        var start = Position;
        while (Position < data.Length && !IsWhite(data[Position]) && !IsDelimiter(data[Position]))
        {
            Position++;
        }

        if (Position == start)
        {
            Position++;
            return ((char)data[start]).ToString();
        }

        return Encoding.Latin1.GetString(data, start, Position - start);
    }

    private static double ParseNumber(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static bool IsUnsignedInteger(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    private static bool IsHex(byte b) => (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
}
