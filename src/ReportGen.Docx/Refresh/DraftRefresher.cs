using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ReportGen.Docx.Refresh;

/// <summary>What the refresh did with one generated element.</summary>
public enum ElementOutcome
{
    /// <summary>The new generation differs and the analyst had not touched it: replaced as a tracked change.</summary>
    Updated,
    /// <summary>The new generation differs but the analyst edited inside the element: left alone, to review.</summary>
    NeedsReview,
    /// <summary>The new generation has the element but the draft does not (deleted by the analyst, or new): not added.</summary>
    NotInDraft,
    /// <summary>The draft has the element but the new generation no longer makes it: left alone, to review.</summary>
    NoLongerGenerated,
}

/// <summary>One element the refresh reports on, with its text as the draft shows it and as newly generated.</summary>
public sealed record ElementChange(string KeyHash, string? Key, ElementOutcome Outcome, string DraftText, string NewText)
{
    /// <summary>A picture in the element (a chart) differs between the draft and the new generation.</summary>
    public bool ImageChanged { get; init; }
}

/// <summary>Options of a refresh: who the tracked changes are by, and when.</summary>
public sealed record RefreshOptions
{
    public string Author { get; init; } = "ReportGen data update";
    public DateTime Date { get; init; } = DateTime.UtcNow;
    /// <summary>Element keys by their hash (from the new document), so the report can name them.</summary>
    public IReadOnlyDictionary<string, string> Keys { get; init; } = new Dictionary<string, string>();
}

/// <summary>The changes a refresh made or reported, in the order of the new document.</summary>
public sealed record RefreshOutcome(IReadOnlyList<ElementChange> Changes)
{
    public int Updated => Changes.Count(c => c.Outcome == ElementOutcome.Updated);
}

/// <summary>
/// Brings an analyst's edited Word draft up to date with a newly generated document of the same report: each generated
/// element (found by its hidden mark, see <see cref="ElementMarks"/>) whose generated content changed is replaced as a
/// tracked change (the old content deleted, the new inserted, by <see cref="RefreshOptions.Author"/>), so the analyst
/// reviews the update in Word. Everything else in the draft (their paragraphs, edits, comments, own tracked changes,
/// formatting) is kept as it is. Elements the analyst edited inside are not overwritten but reported; elements the draft
/// lacks are reported, not added. Knows nothing about data: it compares Word content only.
/// </summary>
public static class DraftRefresher
{
    /// <summary>Refreshes <paramref name="draft"/> (read only) with <paramref name="generated"/>, writing the result to <paramref name="output"/>.</summary>
    public static RefreshOutcome Refresh(Stream draft, Stream generated, Stream output, RefreshOptions? options = null)
    {
        options ??= new RefreshOptions();
        using var work = new MemoryStream();
        draft.CopyTo(work);
        work.Position = 0;
        using var newCopy = new MemoryStream();
        generated.CopyTo(newCopy);
        newCopy.Position = 0;

        RefreshOutcome outcome;
        using (var target = WordprocessingDocument.Open(work, isEditable: true))
        using (var source = WordprocessingDocument.Open(newCopy, isEditable: false))
        {
            var session = new Session(target, source, options);
            outcome = session.Run();
            target.MainDocumentPart!.Document.Save();
        }
        work.Position = 0;
        work.CopyTo(output);
        return outcome;
    }

    /// <summary>One body-level paragraph or table carrying a mark.</summary>
    private sealed record Part(OpenXmlElement Element, BookmarkStart Mark, int Index, string Fingerprint);

    /// <summary>The marked elements of a document, by key hash, in document order.</summary>
    private static List<(string Hash, List<Part> Parts)> Index(MainDocumentPart main)
    {
        var body = main.Document.Body!;
        var order = new List<string>();
        var byHash = new Dictionary<string, List<Part>>(StringComparer.Ordinal);
        foreach (var mark in body.Descendants<BookmarkStart>().ToList())
        {
            if (!ElementMarks.TryParse(mark.Name?.Value, out var hash, out var index, out var fingerprint)) continue;
            OpenXmlElement? element = mark;
            while (element is not null && element.Parent is not Body) element = element.Parent;
            if (element is not (Paragraph or Table)) continue;
            if (!byHash.TryGetValue(hash, out var parts)) { byHash[hash] = parts = []; order.Add(hash); }
            // A second mark for the same part (LibreOffice can copy an empty paragraph's bookmark) is ignored.
            if (parts.Any(p => p.Element == element || p.Index == index)) continue;
            parts.Add(new Part(element, mark, index, fingerprint));
        }
        return order.Select(h => (h, byHash[h])).ToList();
    }

    private sealed class Session(WordprocessingDocument target, WordprocessingDocument source, RefreshOptions options)
    {
        private readonly MainDocumentPart _main = target.MainDocumentPart!;
        private readonly MainDocumentPart _source = source.MainDocumentPart!;
        private int _revisionId;
        private uint _drawingId;
        private int _bookmarkId;
        private readonly string _date = options.Date.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ");

        public RefreshOutcome Run()
        {
            var body = _main.Document.Body!;
            _revisionId = 1 + MaxId(body.Descendants<InsertedRun>().Select(e => e.Id?.Value)
                .Concat(body.Descendants<DeletedRun>().Select(e => e.Id?.Value))
                .Concat(body.Descendants<Inserted>().Select(e => e.Id?.Value))
                .Concat(body.Descendants<Deleted>().Select(e => e.Id?.Value))
                .Concat(body.Descendants<ParagraphPropertiesChange>().Select(e => e.Id?.Value))
                .Concat(body.Descendants<RunPropertiesChange>().Select(e => e.Id?.Value))) + 1000;
            _bookmarkId = 1 + MaxId(body.Descendants<BookmarkStart>().Select(b => b.Id?.Value)) + 1000;
            _drawingId = (uint)(1 + MaxId(body.Descendants<DW.DocProperties>().Select(d => d.Id?.Value.ToString())));

            var draft = Index(_main).ToDictionary(e => e.Hash, e => e.Parts);
            var fresh = Index(_source);
            var changes = new List<ElementChange>();
            foreach (var (hash, newParts) in fresh)
            {
                var key = options.Keys.GetValueOrDefault(hash);
                var newText = Text(newParts, _source);
                if (!draft.Remove(hash, out var oldParts))
                {
                    changes.Add(new ElementChange(hash, key, ElementOutcome.NotInDraft, "", newText));
                    continue;
                }
                var draftText = Text(oldParts, _main);
                bool recordedSame = oldParts.Count == newParts.Count
                    && oldParts.Zip(newParts).All(x => x.First.Index == x.Second.Index && x.First.Fingerprint == x.Second.Fingerprint);
                bool edited = oldParts.Select(p => p.Index).SequenceEqual(Enumerable.Range(0, oldParts.Count)) is false
                    || oldParts.Any(p => ElementMarks.Fingerprint(p.Element, _main) != p.Fingerprint);
                if (edited)
                {
                    // The analyst typed inside the element. Only a change of the generated content needs their attention.
                    if (!recordedSame) changes.Add(new ElementChange(hash, key, ElementOutcome.NeedsReview, draftText, newText));
                    continue;
                }
                if (recordedSame) continue;
                bool imageChanged = Images(oldParts, _main) != Images(newParts, _source);
                Replace(oldParts, newParts);
                changes.Add(new ElementChange(hash, key, ElementOutcome.Updated, draftText, newText) { ImageChanged = imageChanged });
            }
            foreach (var (hash, parts) in draft)
                changes.Add(new ElementChange(hash, options.Keys.GetValueOrDefault(hash), ElementOutcome.NoLongerGenerated, Text(parts, _main), ""));
            return new RefreshOutcome(changes);
        }

        private static string Text(List<Part> parts, MainDocumentPart main) =>
            string.Join("\n", parts.Select(p => ElementMarks.AcceptedText(p.Element, main).TrimEnd('\n')).Where(t => t.Length > 0));

        private static string Images(List<Part> parts, MainDocumentPart main) => string.Join(" ",
            parts.SelectMany(p => System.Text.RegularExpressions.Regex.Matches(ElementMarks.AcceptedText(p.Element, main, withImages: true), @"\[img:[0-9a-f]*\]").Select(m => m.Value)));

        private static int MaxId(IEnumerable<string?> ids) =>
            ids.Select(i => int.TryParse(i, out var n) ? n : 0).DefaultIfEmpty(0).Max();

        // ---- replacing ----

        private void Replace(List<Part> oldParts, List<Part> newParts)
        {
            bool sameShape = oldParts.Count == newParts.Count && oldParts.Zip(newParts).All(x => SameShape(x.First.Element, x.Second.Element));
            if (sameShape)
            {
                foreach (var (o, n) in oldParts.Zip(newParts))
                {
                    if (o.Fingerprint == n.Fingerprint) continue;
                    if (o.Element is Paragraph op) ReplaceContent(op, (Paragraph)n.Element);
                    else
                    {
                        var oldCells = o.Element.Descendants<Paragraph>().ToList();
                        var newCells = n.Element.Descendants<Paragraph>().ToList();
                        foreach (var (a, b) in oldCells.Zip(newCells))
                            if (ElementMarks.AcceptedText(a, _main, true) != ElementMarks.AcceptedText(b, _source, true)) ReplaceContent(a, b);
                    }
                    o.Mark.Name = n.Mark.Name!.Value;
                }
                return;
            }
            // A different structure: delete the old parts and insert the new ones after them.
            OpenXmlElement anchor = oldParts[^1].Element;
            foreach (var o in oldParts)
            {
                RemoveMarks(o.Element);
                if (o.Element is Paragraph p) DeleteParagraph(p, mark: p.ParagraphProperties?.GetFirstChild<SectionProperties>() is null);
                else foreach (var row in o.Element.Elements<TableRow>()) DeleteRow(row);
            }
            foreach (var n in newParts)
            {
                var copy = Import(n.Element.CloneNode(true));
                foreach (var sect in copy.Descendants<SectionProperties>().ToList()) sect.Remove();
                RenumberBookmarks(copy);
                if (copy is Paragraph p) InsertParagraph(p);
                else foreach (var row in copy.Elements<TableRow>()) InsertRow(row);
                anchor.InsertAfterSelf(copy);
                anchor = copy;
            }
        }

        private static bool SameShape(OpenXmlElement a, OpenXmlElement b)
        {
            if (a is Paragraph && b is Paragraph) return true;
            if (a is not Table ta || b is not Table tb) return false;
            var ra = ta.Elements<TableRow>().ToList();
            var rb = tb.Elements<TableRow>().ToList();
            return ra.Count == rb.Count && ra.Zip(rb).All(r =>
            {
                var ca = r.First.Elements<TableCell>().ToList();
                var cb = r.Second.Elements<TableCell>().ToList();
                return ca.Count == cb.Count && ca.Zip(cb).All(c => c.First.Elements<Paragraph>().Count() == c.Second.Elements<Paragraph>().Count());
            });
        }

        /// <summary>Deletes a paragraph's content (tracked) and inserts the new paragraph's content after it (tracked).</summary>
        private void ReplaceContent(Paragraph draft, Paragraph fresh)
        {
            DeleteRuns(draft);
            var copy = (Paragraph)Import(fresh.CloneNode(true));
            var content = copy.ChildElements.Where(c => c is not (ParagraphProperties or BookmarkStart or BookmarkEnd)).ToList();
            foreach (var c in content) c.Remove();
            var wrapper = new Paragraph(content);
            InsertRuns(wrapper);
            var moved = wrapper.ChildElements.ToList();
            foreach (var m in moved) m.Remove();
            // New content goes after the old, inside any bookmarks that close the paragraph.
            var last = draft.ChildElements.LastOrDefault(c => c is not BookmarkEnd);
            if (last is null || last is ParagraphProperties && draft.ChildElements.Count == 1) { foreach (var m in moved) draft.Append(m); }
            else
            {
                var after = last;
                foreach (var m in moved) { after.InsertAfterSelf(m); after = m; }
            }
        }

        private void DeleteRuns(OpenXmlElement scope)
        {
            foreach (var run in scope.Descendants<Run>().ToList())
            {
                if (run.Ancestors<DeletedRun>().Any() || run.Ancestors<TextBoxContent>().Any()) continue;
                if (run.ChildElements.All(c => c is RunProperties or CommentReference)) continue; // keep comment anchors
                foreach (var t in run.Elements<Text>().ToList())
                    t.InsertAfterSelf(new DeletedText(t.Text) { Space = SpaceProcessingModeValues.Preserve }).Parent!.RemoveChild(t);
                foreach (var f in run.Elements<FieldCode>().ToList())
                    f.InsertAfterSelf(new DeletedFieldCode(f.Text) { Space = SpaceProcessingModeValues.Preserve }).Parent!.RemoveChild(f);
                var del = new DeletedRun { Author = options.Author, Date = Date(), Id = NextRevision() };
                run.InsertBeforeSelf(del);
                run.Remove();
                del.Append(run);
            }
        }

        private void InsertRuns(OpenXmlElement scope)
        {
            foreach (var run in scope.Descendants<Run>().ToList())
            {
                if (run.Ancestors<InsertedRun>().Any() || run.Ancestors<TextBoxContent>().Any()) continue;
                var ins = new InsertedRun { Author = options.Author, Date = Date(), Id = NextRevision() };
                run.InsertBeforeSelf(ins);
                run.Remove();
                ins.Append(run);
            }
        }

        private void DeleteParagraph(Paragraph p, bool mark)
        {
            DeleteRuns(p);
            if (!mark) return;
            var ppr = p.ParagraphProperties ?? p.PrependChild(new ParagraphProperties());
            var rpr = ppr.ParagraphMarkRunProperties ?? ppr.AppendChild(new ParagraphMarkRunProperties());
            rpr.PrependChild(new Deleted { Author = options.Author, Date = Date(), Id = NextRevision() });
        }

        private void InsertParagraph(Paragraph p)
        {
            InsertRuns(p);
            var ppr = p.ParagraphProperties ?? p.PrependChild(new ParagraphProperties());
            var rpr = ppr.ParagraphMarkRunProperties ?? ppr.AppendChild(new ParagraphMarkRunProperties());
            rpr.PrependChild(new Inserted { Author = options.Author, Date = Date(), Id = NextRevision() });
        }

        private void DeleteRow(TableRow row)
        {
            DeleteRuns(row);
            var trpr = row.TableRowProperties ?? row.PrependChild(new TableRowProperties());
            trpr.Append(new Deleted { Author = options.Author, Date = Date(), Id = NextRevision() });
        }

        private void InsertRow(TableRow row)
        {
            InsertRuns(row);
            var trpr = row.TableRowProperties ?? row.PrependChild(new TableRowProperties());
            trpr.Append(new Inserted { Author = options.Author, Date = Date(), Id = NextRevision() });
        }

        /// <summary>Removes element marks (and their ends) from content being deleted, so no bookmark name appears twice.</summary>
        private static void RemoveMarks(OpenXmlElement element)
        {
            foreach (var start in element.Descendants<BookmarkStart>().Where(b => ElementMarks.TryParse(b.Name?.Value, out _, out _, out _)).ToList())
            {
                foreach (var end in element.Descendants<BookmarkEnd>().Where(e => e.Id?.Value == start.Id?.Value).ToList()) end.Remove();
                start.Remove();
            }
        }

        /// <summary>Gives bookmarks copied from the new document ids of their own; drops names the draft already has.</summary>
        private void RenumberBookmarks(OpenXmlElement copy)
        {
            var existing = _main.Document.Body!.Descendants<BookmarkStart>().Select(b => b.Name?.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var start in copy.Descendants<BookmarkStart>().ToList())
            {
                var ends = copy.Descendants<BookmarkEnd>().Where(e => e.Id?.Value == start.Id?.Value).ToList();
                if (existing.Contains(start.Name?.Value))
                {
                    start.Remove();
                    foreach (var e in ends) e.Remove();
                    continue;
                }
                var id = (_bookmarkId++).ToString();
                start.Id = id;
                foreach (var e in ends) e.Id = id;
            }
        }

        /// <summary>Fixes what a copied element refers to in the new package: images, links and footnotes.</summary>
        private OpenXmlElement Import(OpenXmlElement copy)
        {
            foreach (var blip in copy.Descendants<A.Blip>())
            {
                if (blip.Embed?.Value is not { } id || _source.GetPartById(id) is not ImagePart image) continue;
                var part = _main.AddImagePart(image.ContentType);
                using (var stream = image.GetStream(FileMode.Open, FileAccess.Read)) part.FeedData(stream);
                blip.Embed = _main.GetIdOfPart(part);
            }
            foreach (var doc in copy.Descendants<DW.DocProperties>()) doc.Id = _drawingId++;
            foreach (var link in copy.Descendants<Hyperlink>())
            {
                if (link.Id?.Value is not { } id) continue;
                var rel = _source.HyperlinkRelationships.FirstOrDefault(r => r.Id == id);
                if (rel is null) { link.Id = null; continue; }
                link.Id = _main.AddHyperlinkRelationship(rel.Uri, rel.IsExternal).Id;
            }
            foreach (var reference in copy.Descendants<FootnoteReference>().ToList())
            {
                var note = _source.FootnotesPart?.Footnotes?.Elements<Footnote>().FirstOrDefault(f => f.Id?.Value == reference.Id?.Value);
                var notes = _main.FootnotesPart?.Footnotes;
                if (note is null || notes is null) { reference.Parent?.Remove(); continue; }
                var id = 1 + notes.Elements<Footnote>().Select(f => f.Id?.Value ?? 0).DefaultIfEmpty(0).Max();
                var clone = (Footnote)note.CloneNode(true);
                clone.Id = id;
                notes.Append(clone);
                reference.Id = id;
            }
            return copy;
        }

        private string NextRevision() => (_revisionId++).ToString();

        private DateTimeValue Date() => new(DateTime.Parse(_date, null, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal));
    }
}
