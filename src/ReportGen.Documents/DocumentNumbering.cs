namespace ReportGen.Documents;

/// <summary>How figures and tables are numbered.</summary>
public enum CaptionNumbering
{
    /// <summary>"Figure 5.2a": the level-2 section number plus a letter that restarts in each section.</summary>
    PerSection,
    /// <summary>"Figure 12": one sequence through the whole document.</summary>
    Sequential,
}

/// <summary>A cross-reference whose target does not exist, or an id used twice.</summary>
public sealed record NumberingProblem(string Message, TemplateLocation? Origin);

/// <summary>
/// Numbers headings (1, 1.1, 1.1.1, 1.1.1.1), figures and tables, and resolves cross-references, in one pass
/// over the whole document. Writers then print the numbers they find; nothing is numbered twice.
/// </summary>
public static class DocumentNumbering
{
    /// <summary>Prefix of a reference into another report (the full report cited by a summary): "full:fig-x".</summary>
    public const string ExternalPrefix = "full:";

    /// <param name="external">Resolved texts of the cited report's targets ("fig-x" -> "Figure 5.2a"), for "full:" references.</param>
    public static (ReportDocument Document, IReadOnlyList<NumberingProblem> Problems) Apply(
        ReportDocument document, CaptionNumbering captions = CaptionNumbering.PerSection, int numberedHeadingLevels = 4,
        IReadOnlyDictionary<string, string>? external = null)
    {
        var problems = new List<NumberingProblem>();
        var counters = new int[7];
        var namedCounters = new Dictionary<string, int>(StringComparer.Ordinal);
        var targets = new Dictionary<string, (CrossReferenceKind Kind, string Text)>(StringComparer.Ordinal);
        int figureSeq = 0, tableSeq = 0, figureInSection = 0, tableInSection = 0;
        string sectionNumber = "";

        void Register(Block b, CrossReferenceKind kind, string text)
        {
            if (b.Id is null) return;
            if (!targets.TryAdd(b.Id, (kind, text)))
                problems.Add(new NumberingProblem($"The id '{b.Id}' is used by more than one block; ids must be unique.", b.Origin));
        }

        string CaptionNumber(ref int seq, ref int inSection)
        {
            seq++; inSection++;
            if (captions == CaptionNumbering.Sequential || sectionNumber.Length == 0) return seq.ToString();
            return sectionNumber + Letters(inSection);
        }

        // First pass: assign numbers in reading order.
        Block NumberBlock(Block block)
        {
            if (block.CounterName is { } counterName)
            {
                namedCounters[counterName] = namedCounters.GetValueOrDefault(counterName) + 1;
                var value = namedCounters[counterName];
                Register(block, CrossReferenceKind.Other, counterName + " " + value);
                // Counted blocks are paragraphs or callouts; their own kind of numbering does not apply.
                return block with { CounterValue = value };
            }
            switch (block)
            {
                case Heading h when h.Numbered && h.Level <= numberedHeadingLevels:
                {
                    counters[h.Level]++;
                    for (int i = h.Level + 1; i < counters.Length; i++) counters[i] = 0;
                    var number = string.Join('.', counters.Skip(1).Take(h.Level).Select(c => c.ToString()));
                    if (h.Level <= 2) { sectionNumber = number; figureInSection = 0; tableInSection = 0; }
                    var numbered = h with { Number = number };
                    Register(numbered, CrossReferenceKind.Heading, "section " + number);
                    return numbered;
                }
                case Heading h:
                    Register(h, CrossReferenceKind.Heading, "“" + h.PlainText + "”");
                    return h;
                case Figure f:
                {
                    var n = CaptionNumber(ref figureSeq, ref figureInSection);
                    Register(f, CrossReferenceKind.Figure, "Figure " + n);
                    return f with { Number = n };
                }
                case Table t when t.Numbered:
                {
                    var n = CaptionNumber(ref tableSeq, ref tableInSection);
                    Register(t, CrossReferenceKind.Table, "Table " + n);
                    return t with { Number = n };
                }
                case Callout or ListBlock:
                    return block; // the walk numbers what is inside
                default:
                    if (block.Id is not null) Register(block, CrossReferenceKind.Other, block.ReferenceText ?? block.Id);
                    return block;
            }
        }

        var numberedBlocks = DocumentWalk.Rewrite(document.Blocks, NumberBlock);

        // Second pass: resolve every cross-reference against the numbers.
        IReadOnlyList<Inline> ResolveInlines(IReadOnlyList<Inline> inlines, TemplateLocation? origin) =>
            inlines.Select(i => ResolveInline(i, origin)).ToList();

        Inline ResolveInline(Inline inline, TemplateLocation? origin)
        {
            switch (inline)
            {
                case CrossReference c when c.TargetId.StartsWith(ExternalPrefix, StringComparison.Ordinal):
                    if (external is not null && external.TryGetValue(c.TargetId[ExternalPrefix.Length..], out var text))
                        return c with { Kind = CrossReferenceKind.External, ResolvedText = text };
                    problems.Add(new NumberingProblem(
                        $"The reference to '{c.TargetId}' points at nothing in the full report.", origin));
                    return c with { Kind = CrossReferenceKind.External, ResolvedText = "[missing reference: " + c.TargetId + "]" };
                case CrossReference c:
                    if (targets.TryGetValue(c.TargetId, out var t))
                        return c with { Kind = t.Kind, ResolvedText = t.Text };
                    problems.Add(new NumberingProblem(
                        $"The cross-reference to '{c.TargetId}' points at nothing: no heading, figure or table has that id.", origin));
                    return c with { ResolvedText = "[missing reference: " + c.TargetId + "]" };
                case FootnoteReference f: return f with { Note = ResolveInlines(f.Note, origin) };
                case Hyperlink h: return h with { Content = ResolveInlines(h.Content, origin) };
                default: return inline;
            }
        }

        Block ResolveBlock(Block block) => block switch
        {
            Heading h => h with { Content = ResolveInlines(h.Content, h.Origin) },
            Paragraph p => p with { Content = ResolveInlines(p.Content, p.Origin) },
            Figure f => f with
            {
                Caption = ResolveInlines(f.Caption, f.Origin), Source = ResolveInlines(f.Source, f.Origin),
                Notes = f.Notes.Select(n => ResolveInlines(n, f.Origin)).ToList(),
            },
            Table t => t with
            {
                Caption = ResolveInlines(t.Caption, t.Origin), Source = ResolveInlines(t.Source, t.Origin),
                Notes = t.Notes.Select(n => ResolveInlines(n, t.Origin)).ToList(),
                HeaderRows = t.HeaderRows.Select(r => ResolveRow(r, t.Origin)).ToList(),
                BodyRows = t.BodyRows.Select(r => ResolveRow(r, t.Origin)).ToList(),
            },
            Callout c => c with { Title = ResolveInlines(c.Title, c.Origin) },
            _ => block,
        };

        TableRow ResolveRow(TableRow row, TemplateLocation? origin) =>
            row with { Cells = row.Cells.Select(cell => cell with { Content = ResolveInlines(cell.Content, origin) }).ToList() };

        var resolved = DocumentWalk.Rewrite(numberedBlocks, ResolveBlock);
        return (document with { Blocks = resolved }, problems);
    }

    /// <summary>Every id of a numbered document with the text a reference to it prints ("Figure 5.2a", "section 5.1").</summary>
    public static IReadOnlyDictionary<string, string> Targets(ReportDocument numbered)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var b in DocumentWalk.Walk(numbered))
        {
            var text = b switch
            {
                Heading { Number: { } n } => "section " + n,
                Figure { Number: { } n } => "Figure " + n,
                Table { Number: { } n } => "Table " + n,
                _ when b.CounterName is { } name && b.CounterValue is { } v => name + " " + v,
                _ => null,
            };
            if (b.Id is not null && text is not null) map.TryAdd(b.Id, text);
        }
        return map;
    }

    /// <summary>a, b, ..., z, aa, ab, ...</summary>
    public static string Letters(int n)
    {
        var s = "";
        while (n > 0) { n--; s = (char)('a' + n % 26) + s; n /= 26; }
        return s;
    }
}
