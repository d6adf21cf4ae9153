using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;
using static ReportGen.Pdf.PdfInspector;

namespace ReportGen.Pdf;

/// <summary>
/// Lists the fonts a PDF's pages refer to: every font in the resources of each page (inherited from
/// the page tree where the page has none), of the form XObjects they draw and of annotation appearances, each font
/// object once. A font counts as embedded when its descriptor carries a font program (/FontFile, /FontFile2 or
/// /FontFile3; for a Type 0 font, its descendant's descriptor); Type 3 fonts draw their glyphs from the file itself.
/// </summary>
internal static class PdfFontList
{
    /// <summary>The fonts of <paramref name="pages"/> (the pages' dictionaries, in page order).</summary>
    public static IReadOnlyList<PdfFontInfo> Read(PdfDocument document, IEnumerable<DictionaryToken> pages)
    {
        var fonts = new List<PdfFontInfo>();
        var seenFonts = new HashSet<IndirectReference>();
        var seenResources = new HashSet<IndirectReference>();
        foreach (var page in pages)
        {
            ReadResources(InheritedResources(page));
            if (Resolve(document, Get(page, "Annots")) is ArrayToken annots)
            {
                foreach (var a in annots.Data)
                {
                    if (Resolve(document, a) is DictionaryToken annot
                        && Dict(document, annot, "AP") is { } ap
                        && Resolve(document, Get(ap, "N")) is StreamToken normal
                        && Get(normal.StreamDictionary, "Resources") is { } res)
                    {
                        ReadResources(res);
                    }
                }
            }
        }

        return fonts;

        IToken? InheritedResources(DictionaryToken node)
        {
            for (var i = 0; i < 64; i++)
            {
                if (Get(node, "Resources") is { } res)
                {
                    return res;
                }

                if (Dict(document, node, "Parent") is not { } parent)
                {
                    break;
                }

                node = parent;
            }

            return null;
        }

        void ReadResources(IToken? resources)
        {
            if (resources is IndirectReferenceToken r && !seenResources.Add(r.Data))
            {
                return;
            }

            if (Resolve(document, resources) is not DictionaryToken dict)
            {
                return;
            }

            if (Dict(document, dict, "Font") is { } fontDict)
            {
                foreach (var entry in fontDict.Data.Values)
                {
                    if (entry is IndirectReferenceToken fr && !seenFonts.Add(fr.Data))
                    {
                        continue;
                    }

                    if (Resolve(document, entry) is DictionaryToken font)
                    {
                        fonts.Add(Describe(font));
                        if (Name(font, "Subtype") == "Type3")
                        {
                            ReadResources(Get(font, "Resources"));
                        }
                    }
                }
            }

            if (Dict(document, dict, "XObject") is { } xobjects)
            {
                foreach (var entry in xobjects.Data.Values)
                {
                    if (Resolve(document, entry) is StreamToken { StreamDictionary: var x } && Name(x, "Subtype") == "Form")
                    {
                        ReadResources(Get(x, "Resources"));
                    }
                }
            }
        }

        PdfFontInfo Describe(DictionaryToken font)
        {
            var baseName = Name(font, "BaseFont") ?? "[none]";
            var subtype = Name(font, "Subtype");
            var descriptorOwner = font;
            string type;
            if (subtype == "Type0")
            {
                var descendant = Resolve(document, Get(font, "DescendantFonts")) is ArrayToken { Length: > 0 } kids
                    ? Resolve(document, kids.Data[0]) as DictionaryToken
                    : null;
                descriptorOwner = descendant ?? font;
                type = Name(descriptorOwner, "Subtype") == "CIDFontType2" ? "CID TrueType" : "CID Type 0";
            }
            else
            {
                type = subtype switch
                {
                    "Type1" => "Type 1",
                    "MMType1" => "Type 1 (MM)",
                    "Type3" => "Type 3",
                    null => "unknown",
                    _ => subtype,
                };
            }

            var descriptor = Dict(document, descriptorOwner, "FontDescriptor");
            var embedded = subtype == "Type3"
                || (descriptor is not null && (Get(descriptor, "FontFile") ?? Get(descriptor, "FontFile2") ?? Get(descriptor, "FontFile3")) is not null);
            var subset = baseName.Length > 7 && baseName[6] == '+' && baseName[..6].All(char.IsAsciiLetterUpper);
            return new PdfFontInfo(baseName, type, embedded, subset);
        }

        string? Name(DictionaryToken dict, string key) => (Resolve(document, Get(dict, key)) as NameToken)?.Data;
    }
}
