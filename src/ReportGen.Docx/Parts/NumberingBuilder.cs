using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Parts;

/// <summary>
/// Real list numbering (numbering.xml): one bullet definition shared by every bulleted list, and one ordered
/// definition with a fresh w:num per ordered list so each list restarts at 1.
/// </summary>
internal sealed class NumberingBuilder
{
    /// <summary>Indent of each list level in twips (the hanging part holds the bullet or number).</summary>
    public const int LevelIndent = 360;
    public const int MaxLevel = 2;

    private const int BulletAbstractId = 0, OrderedAbstractId = 1, BoxBulletAbstractId = 2;
    private const int FirstOrderedNumId = 3;
    private readonly List<int> _orderedNumIds = [];

    /// <summary>The numId for bulleted lists.</summary>
    public int BulletNumId => 1;

    /// <summary>
    /// The numId for bulleted lists inside call-out boxes. In a box every bullet starts at the box indent (see
    /// ListBlockRenderer), so deeper levels push their glyph right with fixed spaces to still look nested.
    /// </summary>
    public int BoxBulletNumId => 2;

    /// <summary>A numId for a new ordered list that starts at 1.</summary>
    public int NewOrderedList()
    {
        int id = FirstOrderedNumId + _orderedNumIds.Count;
        _orderedNumIds.Add(id);
        return id;
    }

    /// <summary>Left indent of a list level, measured from the containing paragraph's own left edge.</summary>
    public static int LeftIndent(int level) => (Math.Clamp(level, 0, MaxLevel) + 1) * LevelIndent;

    public Numbering Build(DocxStyle style)
    {
        var numbering = new Numbering();
        string[] bullets = ["\u2022", "\u2013", "\u25AA"];
        numbering.Append(Abstract(BulletAbstractId, level => (NumberFormatValues.Bullet, bullets[level]), style.Palette.BodyFont));
        NumberFormatValues[] formats = [NumberFormatValues.Decimal, NumberFormatValues.LowerLetter, NumberFormatValues.LowerRoman];
        numbering.Append(Abstract(OrderedAbstractId, level => (formats[level], $"%{level + 1}."), null));
        // Deeper box levels: literal text (format "none", because LibreOffice keeps only the first character
        // of a bullet) of no-break spaces, about one level indent (18pt) each at body size, then the glyph.
        numbering.Append(Abstract(BoxBulletAbstractId, level => level == 0
            ? (NumberFormatValues.Bullet, bullets[0])
            : (NumberFormatValues.None, new string('\u00A0', 6 * level) + bullets[level]), style.Palette.BodyFont));

        numbering.Append(new NumberingInstance(new AbstractNumId { Val = BulletAbstractId }) { NumberID = BulletNumId });
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = BoxBulletAbstractId }) { NumberID = BoxBulletNumId });
        foreach (var id in _orderedNumIds)
        {
            var num = new NumberingInstance(new AbstractNumId { Val = OrderedAbstractId }) { NumberID = id };
            for (int level = 0; level <= MaxLevel; level++)
                num.Append(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = level });
            numbering.Append(num);
        }
        return numbering;
    }

    private static AbstractNum Abstract(int id, Func<int, (NumberFormatValues Format, string Text)> level, string? bulletFont)
    {
        var abs = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (int i = 0; i <= MaxLevel; i++)
        {
            var (format, text) = level(i);
            var lvl = new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = LeftIndent(i).ToString(), Hanging = LevelIndent.ToString() }))
            { LevelIndex = i };
            if (bulletFont is not null)
                lvl.Append(new NumberingSymbolRunProperties(new RunFonts { Ascii = bulletFont, HighAnsi = bulletFont, Hint = FontTypeHintValues.Default }));
            abs.Append(lvl);
        }
        return abs;
    }
}
