using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Accessibility;

/// <summary>
/// Contrast of a house style before any report is written. With a reference document, each of the writer's
/// styles it defines is measured as defined there (text colour on the style's own shading, or on what the
/// writer puts behind it: table header fill, box fills for links); then the style's own colour pairs
/// (<see cref="DocxStyle.TextContrastPairs"/>) fill in whatever those did not already cover.
/// </summary>
internal static class HouseStyleChecks
{
    private const string White = "FFFFFF";

    public static IReadOnlyList<AccessibilityFinding> Run(DocxStyle style, AccessibilityCheckOptions options)
    {
        var findings = new List<AccessibilityFinding>();
        var covered = new HashSet<(string, string)>();
        double minimum = options.MinimumTextContrast;

        if (style.ReferenceStyles is { } reference)
        {
            var r = reference.Resolver;
            string file = Path.GetFileName(reference.Source);
            foreach (var id in reference.StyleIds)
            {
                var definition = r.Get(id);
                if (definition?.Type?.Value != StyleValues.Paragraph && definition?.Type?.Value != StyleValues.Character) continue;
                string? colour = r.Colour(id);
                if (colour is null or "auto") continue;
                bool character = definition.Type!.Value == StyleValues.Character;
                double limit = minimum;
                if (!character)
                {
                    double size = r.Size(id) ?? style.BodySize;
                    bool bold = r.Run<Bold>(null, null, id) is { } b && (b.Val is null || b.Val.Value);
                    if (size >= 18 || (bold && size >= 14)) limit = options.MinimumLargeTextContrast;
                }
                foreach (var background in Backgrounds(style, r, id, character))
                {
                    covered.Add((colour, background));
                    double ratio = ContrastAdvice.Ratio(colour, background);
                    if (ratio + 1e-9 >= limit) continue;
                    string name = definition.StyleName?.Val?.Value ?? id;
                    findings.Add(new AccessibilityFinding(FindingSeverity.Error, AccessibilityRules.TextContrast,
                        $"Style {id} (\u201C{name}\u201D) gives text #{colour} on #{background}: contrast {ContrastAdvice.Format(ratio)}, below {ContrastAdvice.FormatMinimum(limit)}.",
                        $"style {id} in {file}",
                        $"In {file}, modify the \u201C{name}\u201D style: use #{ContrastAdvice.Suggest(colour, background, limit)} or {ContrastAdvice.Direction(background)} for its text (or change the #{background} fill behind it).")
                    { Style = id, Part = "/word/styles.xml" });
                }
            }
        }

        foreach (var (use, foreground, background, ratio) in style.TextContrastPairs())
        {
            string fg = DocxStyle.Hex(foreground, use), bg = DocxStyle.Hex(background, use);
            if (!covered.Add((fg, bg)) || ratio + 1e-9 >= minimum) continue;
            findings.Add(new AccessibilityFinding(FindingSeverity.Error, AccessibilityRules.TextContrast,
                $"House style colours for {use}: #{fg} on #{bg}, contrast {ContrastAdvice.Format(ratio)}, below {ContrastAdvice.FormatMinimum(minimum)}.",
                $"house style: {use}" + (style.ReferenceStyles is { } rs ? $" ({Path.GetFileName(rs.Source)})" : ""),
                $"Use #{ContrastAdvice.Suggest(fg, bg, minimum)} or {ContrastAdvice.Direction(bg)} for {use} (or change the #{bg} fill).")
            { Style = use });
        }
        return findings;
    }

    /// <summary>What a style's text sits on in a report.</summary>
    private static IEnumerable<string> Backgrounds(DocxStyle style, Support.StyleResolver r, string id, bool character)
    {
        if (character)
        {
            yield return White;
            if (id == DocxStyleIds.Hyperlink)
            {
                yield return DocxStyle.Hex(style.Palette.KeyInsightsFill, nameof(style.Palette.KeyInsightsFill));
                yield return DocxStyle.Hex(style.Palette.CalloutFill, nameof(style.Palette.CalloutFill));
            }
            yield break;
        }
        if (r.ParagraphFill(id) is { } own)
        {
            yield return own;
            yield break;
        }
        if (id == DocxStyleIds.TableHeading)
        {
            yield return DocxStyle.Hex(style.Palette.TableHeaderFill, nameof(style.Palette.TableHeaderFill));
            yield break;
        }
        yield return White;
        if (id == DocxStyleIds.TableText) yield return DocxStyle.Hex(style.Palette.TableEmphasisFill, nameof(style.Palette.TableEmphasisFill));
    }
}
