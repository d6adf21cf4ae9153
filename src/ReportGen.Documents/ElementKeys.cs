namespace ReportGen.Documents;

/// <summary>
/// Gives every generated element of a document a stable key, so the same element can be found again in a later
/// build and in an analyst's edited copy: paragraphs "{heading} #{n}" (the manifest's sentence keys), figures
/// "{heading} figure {id or n}", tables "{heading} table {id or n}", boxes "{heading} box {n}". The heading part is
/// the heading's id, else its number and text. Keys are unique within the document.
/// </summary>
public static class ElementKeys
{
    public static ReportDocument Assign(ReportDocument document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var heading = "start";
        int paragraphs = 0, figures = 0, tables = 0, boxes = 0;

        string Unique(string key)
        {
            var candidate = key;
            for (int n = 2; !used.Add(candidate); n++) candidate = key + " ~" + n;
            return candidate;
        }

        Block Visit(Block block)
        {
            switch (block)
            {
                case Heading h:
                    heading = h.Id ?? (h.Number is null ? h.PlainText : h.Number + " " + h.PlainText);
                    paragraphs = figures = tables = boxes = 0;
                    return h;
                case Paragraph p:
                    return p with { ElementKey = Unique($"{heading} #{++paragraphs}") };
                case Figure f:
                    return f with { ElementKey = Unique($"{heading} figure {f.Id ?? (++figures).ToString()}") };
                case Table t:
                    return t with { ElementKey = Unique($"{heading} table {t.Id ?? (++tables).ToString()}") };
                case ListBlock l:
                    return l with { Items = l.Items.Select(item => (IReadOnlyList<Block>)item.Select(Visit).ToList()).ToList() };
                case Callout c:
                {
                    var key = Unique($"{heading} box {++boxes}");
                    return c with { ElementKey = key, Content = c.Content.Select(Visit).ToList() };
                }
                default:
                    return block;
            }
        }

        return document with { Blocks = document.Blocks.Select(Visit).ToList() };
    }

    /// <summary>Every key in the document, in reading order.</summary>
    public static IEnumerable<string> All(ReportDocument document)
    {
        IEnumerable<string> Visit(Block b)
        {
            if (b.ElementKey is { } k) yield return k;
            var inner = b switch
            {
                Callout c => c.Content,
                ListBlock l => l.Items.SelectMany(i => i),
                _ => [],
            };
            foreach (var child in inner)
                foreach (var key in Visit(child)) yield return key;
        }
        return document.Blocks.SelectMany(Visit);
    }
}
