using System.Security.Cryptography;
using DocumentFormat.OpenXml.Packaging;

namespace ReportGen.Docx.Parts;

/// <summary>Adds PNG image parts, sharing one part between byte-identical images.</summary>
internal sealed class ImageStore(MainDocumentPart main)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly Dictionary<string, string> _byHash = new(StringComparer.Ordinal);
    private readonly Dictionary<byte[], string> _byArray = new(ReferenceEqualityComparer.Instance);

    /// <summary>The relationship id of the image part holding these PNG bytes.</summary>
    public string Add(byte[] png, string what)
    {
        if (png is null) throw new ArgumentException($"{what}: the image has no data.");
        if (_byArray.TryGetValue(png, out var known)) return known;
        if (png.Length < PngSignature.Length || !png.AsSpan(0, PngSignature.Length).SequenceEqual(PngSignature))
            throw new ArgumentException($"{what}: the image is not PNG data.");
        var hash = Convert.ToHexString(SHA256.HashData(png));
        if (!_byHash.TryGetValue(hash, out var id))
        {
            id = "rIdImg" + (_byHash.Count + 1);
            var part = main.AddImagePart(ImagePartType.Png, id);
            using (var ms = new MemoryStream(png, writable: false)) part.FeedData(ms);
            _byHash[hash] = id;
        }
        _byArray[png] = id;
        return id;
    }
}
