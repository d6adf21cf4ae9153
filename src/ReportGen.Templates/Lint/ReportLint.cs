using System.Text.RegularExpressions;
using ReportGen.Data;
using ReportGen.Data.Model;
using ReportGen.Statistics;
using ReportGen.Templates.Definitions;
using ReportGen.Templates.Facts;
using ReportGen.Templates.Wording;

namespace ReportGen.Templates.Lint;

/// <summary>One thing the lint found: where, what, and how to fix it.</summary>
public sealed record LintFinding(string Rule, string File, int Line, string Area, string Message, string Fix)
{
    public override string ToString() =>
        $"{File}:{Line}: {(Area.Length > 0 ? Area + ": " : "")}{Message} Fix: {Fix}";
}

/// <summary>
/// Checks that every sentence of a report follows from the data, across the whole report (executive summary, body,
/// key insights, and any report that shares the area content, such as the summary report):
/// <list type="bullet">
/// <item><b>claim</b>: a sentence that states a trend ("has hardly changed", "is rising"), a significance or a
/// comparison with England about one indicator must agree with that indicator's data for the area;</item>
/// <item><b>pattern</b>: a sentence claiming a pattern (peak age group, gradient, sex difference) must be written from
/// the data (<c>peak_age</c>, <c>age_gradient</c>, <c>sex_difference</c>) or sit inside an <c>{% if %}</c> that tests it;</item>
/// <item><b>insight-evidence</b>: the key insights of a section may cite only indicators the section itself shows;</item>
/// <item><b>other-area</b>: an area's own content may not mention another report area or its services and evidence,
/// and shared chapters may not name a report area outright;</item>
/// <item><b>internal-note</b>: no working note ("TODO", "check this", "note to self", "placeholder", a bracketed
/// editorial remark such as "[illustrative]" or "[check figure]") may sit in text the report prints. Liquid comments and
/// YAML comments are not printed and are not checked; an illustrative value is marked by the data, never typed.</item>
/// </list>
/// The templates are read as written (Liquid and all), so each finding names the file and line to change.
/// </summary>
public sealed partial class ReportLint(DataSet data)
{
    // Claim words, matched in the literal text of a sentence (outside {{ }} and {% %}).
    [GeneratedRegex(@"\b(hardly changed|barely moved|barely changed|little changed|has not changed|have not changed|remained (stable|steady|unchanged)|stayed the same|is unchanged|are unchanged)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FlatTrendRegex();
    private static readonly Regex FlatTrend = FlatTrendRegex();
    [GeneratedRegex(@"\b(is rising|are rising|has risen|have risen|has been rising|has increased|have increased|has gone up|continues to rise|continue to rise)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RisingTrendRegex();
    private static readonly Regex RisingTrend = RisingTrendRegex();
    [GeneratedRegex(@"\b(is falling|are falling|has fallen|have fallen|has decreased|have decreased|has declined|have declined|has gone down|continues to fall|continue to fall)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FallingTrendRegex();
    private static readonly Regex FallingTrend = FallingTrendRegex();
    [GeneratedRegex(@"\b(significantly|statistically (higher|lower|different|similar))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SignificanceRegex();
    private static readonly Regex Significance = SignificanceRegex();
    [GeneratedRegex(@"\b(higher than|above|well above|more than) (the )?(England\b|national (rate|average|figure|value|level))", RegexOptions.IgnoreCase)]
    private static partial Regex VsEnglandHigherRegex();
    private static readonly Regex VsEnglandHigher = VsEnglandHigherRegex();
    [GeneratedRegex(@"\b(lower than|below|well below|less than) (the )?(England\b|national (rate|average|figure|value|level))", RegexOptions.IgnoreCase)]
    private static partial Regex VsEnglandLowerRegex();
    private static readonly Regex VsEnglandLower = VsEnglandLowerRegex();
    [GeneratedRegex(@"\b(concentrated in (older|younger)|the same gradient|same pattern by age|reported similar levels|peaks? (at|among) (older|younger))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PatternRegex();
    private static readonly Regex Pattern = PatternRegex();

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex LiquidRegex();
    private static readonly Regex Liquid = LiquidRegex();
    [GeneratedRegex(@"\{%-?\s*(if|elsif|unless|endif|endunless|case|endcase|for|endfor)\b(.*?)-?%\}", RegexOptions.Singleline)]
    private static partial Regex TagRegex();
    private static readonly Regex Tag = TagRegex();
    [GeneratedRegex(@"\{%-?\s*assign\s+(\w+)\s*=\s*([\w.]+)")]
    private static partial Regex AssignRegex();
    private static readonly Regex Assign = AssignRegex();
    [GeneratedRegex(@"\b([a-z_][\w]*)\.([a-z0-9_]+)")]
    private static partial Regex ReferenceRegex();
    private static readonly Regex Reference = ReferenceRegex();
    [GeneratedRegex(@"^\s*indicators?:\s*\[?([^\]\n]+)\]?", RegexOptions.Multiline)]
    private static partial Regex BlockIndicatorRegex();
    private static readonly Regex BlockIndicator = BlockIndicatorRegex();

    /// <summary>Lints <paramref name="project"/> for each area in <paramref name="areas"/> (default: the report's areas).</summary>
    public IReadOnlyList<LintFinding> Check(ReportProject project, IEnumerable<AreaContent>? areas = null)
    {
        var findings = new List<LintFinding>();
        var chosen = (areas ?? project.DefaultAreas).ToList();
        var shared = SharedFiles(project);
        var calculator = new Dictionary<string, FactsCalculator>();
        foreach (var content in chosen)
        {
            var area = data.Areas.Get(content.Code);
            if (area is null) continue;
            var facts = new FactsCalculator(data, content.ComparatorGroup ?? project.Definition.Comparators.Group);
            var areaFolder = Path.Combine(project.AreasFolder, content.Folder);
            var areaFiles = Directory.Exists(areaFolder)
                ? Directory.GetFiles(areaFolder).Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)).Order().ToList()
                : [];
            // The shared chapters and partials as this area sees them: an area file replaces the partial of the same name.
            var overridden = areaFiles.Select(Path.GetFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var files = shared.Where(f => !overridden.Contains(Path.GetFileName(f))).Concat(areaFiles).ToList();
            foreach (var file in files)
            {
                CheckClaims(file, area, facts, findings);
                CheckInternalNotes(file, findings);
            }
            CheckInsightEvidence(project, content, area, findings);
            CheckOtherAreas(project, content, areaFiles, findings);
        }
        CheckSharedNames(project, shared, findings);
        return findings.Distinct().ToList();
    }

    /// <summary>The report's chapters and partials (and, for a report built on another's area content, nothing of that report).</summary>
    private static List<string> SharedFiles(ReportProject project)
    {
        var files = project.Definition.Chapters.Select(c => Path.Combine(project.Folder, c.File)).Where(File.Exists).ToList();
        var partials = Path.Combine(project.Folder, "partials");
        if (Directory.Exists(partials)) files.AddRange(Directory.GetFiles(partials, "*.md").Order());
        return files;
    }

    private sealed partial record Sentence(string Text, int Line, IReadOnlyList<string> Guards);

    /// <summary>
    /// Splits a template into sentences with their line and the {% if %} conditions in force in them (a sentence ends at
    /// a full stop followed by a space, a tag or the end, at a blank line, or before a list item or heading).
    /// </summary>
    private static IEnumerable<Sentence> Sentences(string text)
    {
        var guards = new List<string>();
        var seen = new List<string>();
        var start = 0;
        var line = 1;
        var startLine = 1;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '{' && i + 1 < text.Length && (text[i + 1] == '{' || text[i + 1] == '%'))
            {
                var close = text.IndexOf(text[i + 1] == '{' ? "}}" : "%}", i + 2, StringComparison.Ordinal);
                if (close < 0) break;
                var token = text[i..(close + 2)];
                var m = Tag.Match(token);
                if (m.Success && m.Index == 0)
                {
                    var kind = m.Groups[1].Value;
                    if (kind is "if" or "unless" or "case" or "for") { guards.Add(m.Groups[2].Value); seen.Add(m.Groups[2].Value); }
                    else if (kind is "elsif") { if (guards.Count > 0) guards[^1] += " " + m.Groups[2].Value; seen.Add(m.Groups[2].Value); }
                    else if (guards.Count > 0) guards.RemoveAt(guards.Count - 1);
                }
                line += token.Count(c => c == '\n');
                i = close + 2;
                continue;
            }
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\n';
            var end = c == '\n' && next == '\n'
                || (c is '.' or '?' or '!' && (char.IsWhiteSpace(next) || next == '{'))
                || c == '\n' && (next == '-' || next == '#' || next == ' ' && text.AsSpan(i + 1).TrimStart(' ').StartsWith("-"));
            if (c == '\n') line++;
            i++;
            if (end)
            {
                yield return new Sentence(text[start..i], startLine, guards.Concat(seen).ToList());
                seen = [];
                start = i;
                startLine = line;
            }
        }
        if (start < text.Length) yield return new Sentence(text[start..], startLine, guards.Concat(seen).ToList());
    }

    /// <summary>Indicator ids a piece of template refers to, in order, resolving <c>{% assign x = ... %}</c> aliases.</summary>
    private List<(string Id, int Position)> Indicators(string sentence, IReadOnlyDictionary<string, string> aliases)
    {
        var found = new List<(string, int)>();
        foreach (Match m in Liquid.Matches(sentence))
        {
            if (m.Value.StartsWith("{%", StringComparison.Ordinal) && Assign.IsMatch(m.Value)) continue;
            foreach (Match r in DottedPath.Matches(m.Value))
            {
                var parts = r.Value.Split('.');
                var head = aliases.TryGetValue(parts[0], out var target) ? target.Split('.') : [parts[0]];
                var path = head.Concat(parts.Skip(1)).ToArray();
                if (path.Length >= 3 && path[0] == "area" && path[1] == "ind" && data.Indicators.Get(path[2]) is not null)
                    found.Add((path[2], m.Index));
            }
        }
        return found.Distinct().ToList();
    }

    [GeneratedRegex(@"\b[a-z_]\w*(?:\.[a-z0-9_]+)+")]
    private static partial Regex DottedPathRegex();
    private static readonly Regex DottedPath = DottedPathRegex();

    private static Dictionary<string, string> Aliases(string text)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in Assign.Matches(text))
        {
            var target = m.Groups[2].Value;
            var head = target.Split('.')[0];
            if (aliases.TryGetValue(head, out var resolved)) target = resolved + target[head.Length..];
            aliases[m.Groups[1].Value] = target;
        }
        return aliases;
    }

    /// <summary>A guard counts when it tests the data itself, not just that a value exists.</summary>
    private static bool GuardsData(IReadOnlyList<string> guards) => guards.Any(g =>
        Regex.IsMatch(g, @"\.(raw|trend_label|direction|age_gradient|sex_difference|peak_age|lowest_age|vs_england_short|vs_england_label|change_words|number)\b|[<>]|==|!="));

    private void CheckClaims(string file, Area area, FactsCalculator calculator, List<LintFinding> findings)
    {
        var text = File.ReadAllText(file);
        var aliases = Aliases(text);
        aliases.TryAdd("i", "area.ind");
        foreach (var sentence in Sentences(text))
        {
            var literal = Liquid.Replace(sentence.Text, " ");
            var refs = Indicators(sentence.Text, aliases);
            if (refs.Count == 0) continue;
            var guarded = GuardsData(sentence.Guards);
            if (!guarded && Pattern.Match(literal) is { Success: true } pattern)
                findings.Add(new LintFinding("pattern", Rel(file), sentence.Line, area.Name,
                    $"\"{pattern.Value}\" claims a pattern in the data that the template does not check.",
                    "Write it from the data (peak_age, age_gradient, sex_difference) or put it inside an {% if %} that tests that field."));
            var ids = refs.Select(r => r.Id).Distinct().ToList();
            if (ids.Count != 1 || guarded) continue; // a claim is checked where it is about one indicator
            var indicator = data.Indicators.Get(ids[0])!;
            var facts = calculator.Compute(indicator, area);
            if (!facts.Available) continue;
            CheckTrend(literal, indicator, facts, file, sentence.Line, area, findings);
            CheckSignificance(literal, indicator, facts, file, sentence.Line, area, findings);
            CheckVsEngland(literal, indicator, facts, file, sentence.Line, area, findings);
        }
    }

    private static int? ActualDirection(IndicatorFacts facts)
    {
        if (WordingRules.TrendDirection(facts.TrendLabel) is { } d) return d;
        var first = facts.Series.FirstOrDefault(v => v.Value is not null)?.Value;
        var last = facts.Latest?.Value;
        if (first is null || last is null || ReferenceEquals(facts.Series.First(v => v.Value is not null), facts.Latest)) return null;
        var (a, b) = (NumberFormat.Round(first.Value, facts.Indicator.Decimals), NumberFormat.Round(last.Value, facts.Indicator.Decimals));
        return b > a ? 1 : b < a ? -1 : 0;
    }

    private void CheckTrend(string literal, IndicatorDefinition indicator, IndicatorFacts facts, string file, int line, Area area, List<LintFinding> findings)
    {
        int? claimed = FlatTrend.IsMatch(literal) ? 0 : RisingTrend.IsMatch(literal) ? 1 : FallingTrend.IsMatch(literal) ? -1 : null;
        if (claimed is null || ActualDirection(facts) is not { } actual || actual == claimed) return;
        var said = claimed switch { 0 => "has not changed", 1 => "is rising", _ => "is falling" };
        var truth = WordingRules.Trend(indicator, facts.TrendLabel);
        findings.Add(new LintFinding("claim", Rel(file), line, area.Name,
            $"The text says {indicator.DisplayName} {said}, but the data say it {truth} (trend: {facts.TrendLabel ?? "first to latest value"}); the report contradicts itself.",
            $"Use {{{{ area.ind.{indicator.Id}.trend }}}} instead of fixed words."));
    }

    private void CheckSignificance(string literal, IndicatorDefinition indicator, IndicatorFacts facts, string file, int line, Area area, List<LintFinding> findings)
    {
        if (!Significance.IsMatch(literal)) return;
        if (indicator.Basis != EvidenceBasis.Measured)
            findings.Add(new LintFinding("claim", Rel(file), line, area.Name,
                $"The text calls {indicator.DisplayName} significant, but it is a {(indicator.Basis == EvidenceBasis.Modelled ? "modelled estimate" : "complete count")}, which is never tested for significance.",
                $"Use {{{{ area.ind.{indicator.Id}.vs_england }}}} or .trend, which word it correctly."));
        else if (facts.VsEngland is ComparisonOutcome.Similar or ComparisonOutcome.NotCompared && WordingRules.TrendDirection(facts.TrendLabel) is null or 0)
            findings.Add(new LintFinding("claim", Rel(file), line, area.Name,
                $"The text calls {indicator.DisplayName} significant, but neither its comparison with England ({facts.VsEngland.ToFingertipsLabel()}) nor its trend ({facts.TrendLabel ?? "none"}) is.",
                $"Use {{{{ area.ind.{indicator.Id}.vs_england }}}} or .trend instead of fixed words."));
    }

    private void CheckVsEngland(string literal, IndicatorDefinition indicator, IndicatorFacts facts, string file, int line, Area area, List<LintFinding> findings)
    {
        int? claimed = VsEnglandHigher.IsMatch(literal) ? 1 : VsEnglandLower.IsMatch(literal) ? -1 : null;
        if (claimed is null || facts.Latest?.Value is not { } v || facts.England?.Value is not { } e) return;
        var outcome = facts.VsEngland;
        var bad = indicator.Basis == EvidenceBasis.CompleteCount
            ? (claimed == 1) != (v > e)
            : outcome is ComparisonOutcome.Similar or ComparisonOutcome.NotCompared || (claimed == 1) != (v > e);
        if (!bad) return;
        findings.Add(new LintFinding("claim", Rel(file), line, area.Name,
            $"The text says {indicator.DisplayName} is {(claimed == 1 ? "higher" : "lower")} than England, but the comparison is: {WordingRules.ShortLabel(indicator, outcome, v, e)}.",
            $"Use {{{{ area.ind.{indicator.Id}.vs_england }}}} (or vs_england_brief) instead of fixed words."));
    }

    /// <summary>Key insights of a section may cite only indicators the section shows.</summary>
    private void CheckInsightEvidence(ReportProject project, AreaContent content, Area area, List<LintFinding> findings)
    {
        var yamlPath = Path.Combine(project.AreasFolder, content.Folder, "area.yaml");
        if (!File.Exists(yamlPath)) return;
        var sections = SectionIndicators(project);
        if (sections.Count == 0) return;
        var lines = File.ReadAllLines(yamlPath);
        string? section = null;
        var inInsights = false;
        for (var n = 0; n < lines.Length; n++)
        {
            var l = lines[n];
            if (Regex.IsMatch(l, @"^\S")) { inInsights = l.StartsWith("insights:", StringComparison.Ordinal); section = null; continue; }
            if (!inInsights) continue;
            if (Regex.Match(l, @"^  (\w+):\s*$") is { Success: true } s) { section = s.Groups[1].Value; continue; }
            if (section is null || !sections.TryGetValue(section, out var shown)) continue;
            if (Regex.IsMatch(l, @"^\s+- id:|^\s+text:|^\s+see_also:|^    priorities:")) continue; // priorities are plans, not evidence
            foreach (Match m in Regex.Matches(l, @"area\.ind\.([a-z0-9_]+)"))
            {
                var id = m.Groups[1].Value;
                if (shown.Contains(id)) continue;
                findings.Add(new LintFinding("insight-evidence", Rel(yamlPath), n + 1, area.Name,
                    $"A key insight of section '{section}' cites {id}, which that section of the report does not show.",
                    $"Show {id} in the section's chapter (text, chart or table), or move the insight to the section that shows it."));
            }
        }
    }

    /// <summary>For each insights section key, the indicators its chapter shows.</summary>
    private Dictionary<string, HashSet<string>> SectionIndicators(ReportProject project)
    {
        var result = new Dictionary<string, HashSet<string>>();
        foreach (var chapter in project.Definition.Chapters)
        {
            var path = Path.Combine(project.Folder, chapter.File);
            if (!File.Exists(path)) continue;
            var text = File.ReadAllText(path);
            var keys = Regex.Matches(text, @"```insights\s*\n\s*section:\s*(\w+)").Select(m => m.Groups[1].Value).ToList();
            if (keys.Count == 0) continue;
            var aliases = Aliases(text);
            aliases.TryAdd("i", "area.ind");
            var shown = Indicators(text, aliases).Select(r => r.Id).ToHashSet();
            foreach (Match m in BlockIndicator.Matches(text))
                foreach (var id in m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    if (data.Indicators.Get(id.Trim('"', '\'')) is not null) shown.Add(id.Trim('"', '\''));
            foreach (var k in keys) result[k] = shown;
        }
        return result;
    }

    /// <summary>An area's content may not mention another report area, or the services and evidence named in its content.</summary>
    private void CheckOtherAreas(ReportProject project, AreaContent content, IReadOnlyList<string> areaFiles, List<LintFinding> findings)
    {
        var own = string.Join("\n", content.Text.Values);
        foreach (var other in project.Areas.Where(a => a.Folder != content.Folder))
        {
            var name = data.Areas.Get(other.Code)?.Name;
            // Names and services that belong to the other area only (a neighbour named in the area's own text is allowed).
            var marks = new List<string>();
            if (name is not null && !own.Contains(name, StringComparison.OrdinalIgnoreCase)) marks.Add(name);
            marks.AddRange(other.Text.Values.Select(v => v.StartsWith("the ", StringComparison.Ordinal) ? v[4..] : v)
                .Where(v => v.Length is >= 8 and <= 60 && char.IsUpper(v[0]) && !v.Contains(',') && !own.Contains(v, StringComparison.OrdinalIgnoreCase)
                    && !content.Text.Values.Any(o => o.Length >= 5 && v.Contains(o, StringComparison.OrdinalIgnoreCase))));
            foreach (var file in areaFiles)
            {
                var lines = File.ReadAllLines(file);
                for (var n = 0; n < lines.Length; n++)
                    foreach (var mark in marks.Where(m => Regex.IsMatch(lines[n], @"\b" + Regex.Escape(m) + @"\b", RegexOptions.IgnoreCase)))
                        findings.Add(new LintFinding("other-area", Rel(file), n + 1, data.Areas.Get(content.Code)?.Name ?? content.Folder,
                            $"This area's content mentions \"{mark}\", which belongs to {name ?? other.Folder}.",
                            $"Keep each area's facts in its own folder (areas/{other.Folder}/); write this area's own evidence here."));
            }
        }
    }

    // Working notes an author leaves for themselves or a colleague, matched in printed text only: the markers in
    // capitals only (as authors write them), the phrases in any case.
    [GeneratedRegex(@"\b(TODO|TO-DO|FIXME|TBC|TBD|XXX)\b")]
    private static partial Regex NoteMarkersRegex();
    private static readonly Regex NoteMarkers = NoteMarkersRegex();
    [GeneratedRegex(
        @"\bnote to (self|editor|analyst)s?\b|\bplace-?holder\b|\blorem ipsum\b|\bto be (confirmed|added|checked|updated|written)\b|\b(check|verify|confirm) (this|these|with|figure|figures|number|numbers|wording|source|reference)\b|\bneeds? (checking|updating|a source|a reference)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex NotePhrasesRegex();
    private static readonly Regex NotePhrases = NotePhrasesRegex();
    // A bracketed editorial remark: [illustrative], [check figure], (note: ...), [insert chart], [source?] ... but not a
    // Markdown link, cross-reference, footnote or citation ([text](url), [](#id), [^n], [@key]).
    [GeneratedRegex(
        @"\[(?![\^@])\s*(illustrative|check|checking|note|notes|insert|add|update|confirm|verify|source\?|ref\?|reference needed|citation needed|tbc|tbd|draft|comment|editor|ed\.|awaiting|pending|query|\?)[^\]]{0,80}\](?!\()|\(\s*(illustrative|note to|check|tbc|tbd|draft|insert|query:|editor)[^)]{0,80}\)",
        RegexOptions.IgnoreCase)]
    private static partial Regex EditorialBracketRegex();
    private static readonly Regex EditorialBracket = EditorialBracketRegex();
    // A path into the project (templates/..., data/..., a .yaml or .csv file) tells a reader how the report was made, not what it says.
    [GeneratedRegex(
        @"\b(?:templates|data|src|output)/[\w./<>-]+|\b[\w-]+\.(?:ya?ml|liquid|cs)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProjectPathRegex();
    private static readonly Regex ProjectPath = ProjectPathRegex();
    [GeneratedRegex(@"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}", RegexOptions.Singleline)]
    private static partial Regex LiquidCommentRegex();
    private static readonly Regex LiquidComment = LiquidCommentRegex();

    /// <summary>Text the report prints may hold no working note; each is reported at its file and line.</summary>
    private static void CheckInternalNotes(string file, List<LintFinding> findings)
    {
        var text = File.ReadAllText(file);
        // A Liquid comment is not printed: blank it out, keeping its line breaks so that lines still count right.
        text = LiquidComment.Replace(text, m => new string(m.Value.Where(c => c == '\n').ToArray()));
        var yaml = file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            if (yaml)
            {
                if (line.TrimStart().StartsWith('#')) continue;                       // a YAML comment line
                var hash = line.IndexOf(" #", StringComparison.Ordinal);
                if (hash >= 0 && line.IndexOf('"') is var q && (q < 0 || q > hash)) line = line[..hash]; // a trailing comment
            }
            var literal = Liquid.Replace(line, " ");
            var hit = NoteMarkers.Match(literal) is { Success: true } m1 ? m1
                : NotePhrases.Match(literal) is { Success: true } m2 ? m2
                : EditorialBracket.Match(literal) is { Success: true } m3 ? m3
                : ProjectPath.Match(StripLinks(literal));
            if (!hit.Success) continue;
            var path = ProjectPath.IsMatch(hit.Value);
            findings.Add(new LintFinding("internal-note", Rel(file), n + 1, "",
                path ? $"\"{hit.Value.Trim()}\" is a path into the project's own files, and this text is printed in the report."
                    : $"\"{hit.Value.Trim()}\" is a working note, and this text is printed in the report.",
                "Resolve the note and delete it (keep notes in a {% comment %} ... {% endcomment %} or a YAML # comment); an illustrative value is marked by the data (illustrative: true), never typed."));
        }
    }

    // Link targets and block options are not printed text: a URL may hold "data/" and a chart block names its files.
    private static string StripLinks(string line) =>
        line.TrimStart().StartsWith("```") || Regex.IsMatch(line, @"^\s*[a-z_]+:\s") ? "" : Regex.Replace(line, @"\]\([^)]*\)|<https?://[^>]*>|https?://\S+", "]");

    /// <summary>Shared chapters and partials are for every area: a report area's name typed into them is another area's fact.</summary>
    private void CheckSharedNames(ReportProject project, IReadOnlyList<string> shared, List<LintFinding> findings)
    {
        var names = project.Areas.Select(a => data.Areas.Get(a.Code)?.Name).OfType<string>().ToList();
        foreach (var file in shared)
        {
            var lines = File.ReadAllLines(file);
            for (var n = 0; n < lines.Length; n++)
            {
                var literal = Liquid.Replace(lines[n], " ");
                foreach (var name in names.Where(nm => Regex.IsMatch(literal, @"\b" + Regex.Escape(nm) + @"\b")))
                    findings.Add(new LintFinding("other-area", Rel(file), n + 1, "",
                        $"A shared chapter names {name}, so every area's report would print it.",
                        $"Use {{{{ area.name }}}}, or move the sentence to areas/<area>/ as a partial that only that area includes."));
            }
        }
    }

    private static string Rel(string path)
    {
        var full = Path.GetFullPath(path);
        var cwd = Directory.GetCurrentDirectory();
        return full.StartsWith(cwd + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full[(cwd.Length + 1)..] : full;
    }
}
