using System.Text.RegularExpressions;
using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;
using ReportGen.Data.Readers;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Data;

/// <summary>
/// Every area the tool knows: those in data/areas.csv and any a Fingertips export adds. Looks areas up by code or
/// name, walks the parent chain (district, county, region, England) and holds each area's comparator groups.
/// </summary>
public sealed partial class AreaRegistry
{
    private readonly Dictionary<string, Area> _byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Area> _byName = new(StringComparer.Ordinal);
    private readonly List<Area> _inOrder = [];
    private readonly Dictionary<string, List<ComparatorGroup>> _comparators = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The code of England, the root of every parent chain.</summary>
    public const string EnglandCode = "E92000001";

    /// <summary>A registry holding <paramref name="areas"/>; later duplicates of a code are ignored.</summary>
    public AreaRegistry(IEnumerable<Area>? areas = null)
    {
        foreach (var area in areas ?? []) Add(area);
    }

    /// <summary>Every area in the order added (areas.csv first, then areas found in Fingertips exports).</summary>
    public IReadOnlyList<Area> All => _inOrder;

    /// <summary>Number of areas.</summary>
    public int Count => _inOrder.Count;

    /// <summary>England, when the registry has it.</summary>
    public Area? England => Get(EnglandCode);

    /// <summary>Counties and unitary authorities, by name: the areas a needs assessment can be written for.</summary>
    public IReadOnlyList<Area> UpperTierAreas =>
        _inOrder.Where(a => a.IsUpperTier).OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>True when an area has this code (case-insensitive).</summary>
    public bool Contains(string code) => _byCode.ContainsKey(code.Trim());

    /// <summary>The area with this code (case-insensitive), or null.</summary>
    public Area? Get(string code) => _byCode.GetValueOrDefault(code.Trim());

    /// <summary>
    /// The area whose code, name or short name matches <paramref name="codeOrName"/>, ignoring case, extra spaces and
    /// "&amp;" versus "and" (so "Cambridgeshire", "cambridgeshire" and "E10000003" all find Cambridgeshire); null if none.
    /// When two areas share a name the first added wins.
    /// </summary>
    public Area? Find(string codeOrName) =>
        Get(codeOrName) ?? _byName.GetValueOrDefault(NameKey(codeOrName));

    /// <summary>The area closest to a mistyped code or name, for "did you mean" messages; null when nothing is close.</summary>
    public Area? Suggest(string codeOrName)
    {
        if (Find(codeOrName) is { } exact) return exact;
        var candidates = _inOrder.Select(a => a.Code)
            .Concat(_inOrder.Select(a => a.Name))
            .Concat(_inOrder.Where(a => a.ShortName is not null).Select(a => a.ShortName!));
        return Suggestions.Closest(codeOrName, candidates) is { } near ? Find(near) : null;
    }

    /// <summary>Adds an area; false (and nothing changes) when its code is already registered.</summary>
    public bool Add(Area area)
    {
        if (!_byCode.TryAdd(area.Code, area)) return false;
        _inOrder.Add(area);
        _byName.TryAdd(NameKey(area.Name), area);
        if (area.ShortName is not null) _byName.TryAdd(NameKey(area.ShortName), area);
        return true;
    }

    /// <summary>
    /// The area's ancestors from its parent up to England (a district gives county, region, England). Empty for
    /// England or an unknown code; stops at a parent the registry does not hold.
    /// </summary>
    public IReadOnlyList<Area> ParentChain(string code)
    {
        var chain = new List<Area>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { code };
        var current = Get(code);
        while (current?.ParentCode is { } parentCode && seen.Add(parentCode) && Get(parentCode) is { } parent)
        {
            chain.Add(parent);
            current = parent;
        }
        return chain;
    }

    /// <summary>The areas whose parent is this area (the districts of a county, the authorities of a region), by name.</summary>
    public IReadOnlyList<Area> Children(string code) =>
        _inOrder.Where(a => a.ParentCode is not null && string.Equals(a.ParentCode, code.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The region the area lies in (the area itself when it is a region); null for England or when not known.</summary>
    public Area? RegionOf(string code)
    {
        var area = Get(code);
        if (area is null) return null;
        return area.Type == AreaType.Region ? area : ParentChain(code).FirstOrDefault(a => a.Type == AreaType.Region);
    }

    /// <summary>The comparator groups from comparators.yaml for this area, in file order; empty when it has none.</summary>
    public IReadOnlyList<ComparatorGroup> ComparatorGroups(string code) =>
        _comparators.TryGetValue(code.Trim(), out var groups) ? groups : [];

    /// <summary>
    /// Reads data/areas.csv (columns code, name, short_name, type, parent_code). Reports bad types, repeated codes,
    /// and parents that are missing, unknown or of the wrong type; rows with a bad code, name or type are left out.
    /// </summary>
    public static AreaRegistry Load(string path, DiagnosticBag diagnostics)
    {
        var registry = new AreaRegistry();
        if (CsvTable.Load(path, diagnostics) is { } table) using (table) registry.AddFromAreasCsv(table, diagnostics);
        return registry;
    }

    /// <summary>As <see cref="Load(string, DiagnosticBag)"/> from text; <paramref name="fileName"/> names it in diagnostics.</summary>
    public static AreaRegistry Read(TextReader reader, string fileName, DiagnosticBag diagnostics)
    {
        var registry = new AreaRegistry();
        if (CsvTable.Read(reader, fileName, diagnostics) is { } table) using (table) registry.AddFromAreasCsv(table, diagnostics);
        return registry;
    }

    private void AddFromAreasCsv(CsvTable table, DiagnosticBag diagnostics)
    {
        var file = table.FileName;
        var columns = new ColumnMap(table.Header);
        if (!columns.RequireAll(["code", "name", "type", "parent_code"], file, diagnostics)) return;
        int code = columns["code"], name = columns["name"], shortName = columns["short_name"],
            type = columns["type"], parent = columns["parent_code"];

        var lineOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var scope = new RowScope(file, row.Line, diagnostics);
            var areaCode = row[code];
            var areaName = row[name];
            var typeText = row[type];
            if (areaCode is null) scope.Missing("code", "an area code");
            if (areaName is null) scope.Missing("name", "an area name");
            AreaType? areaType = null;
            if (typeText is null) scope.Missing("type", "an area type");
            else if ((areaType = AreaTypeNames.FromCsv(typeText)) is null)
                scope.Error(DataDiagnosticCodes.BadChoice, $"'{ErrorText.Quote(typeText)}' is not an area type.", "type",
                    $"{Suggestions.DidYouMean(typeText, AreaTypeNames.CsvNames)}Use one of: {string.Join(", ", AreaTypeNames.CsvNames)}.");
            if (scope.HasErrors) continue;

            if (lineOf.TryGetValue(areaCode!, out var earlier))
            {
                scope.Error(DataDiagnosticCodes.DuplicateDefinition,
                    $"The area code {areaCode} is already defined on row {earlier}.", "code", "Delete one of the two rows.");
                continue;
            }
            lineOf[areaCode!] = row.Line;
            Add(new Area(areaCode!.ToUpperInvariant(), areaName!, areaType!.Value, row[parent]?.ToUpperInvariant(), row[shortName]));
        }

        // Parents are checked once every row is in, so a parent may come after its children.
        foreach (var area in _inOrder.Where(a => lineOf.ContainsKey(a.Code)))
            CheckParent(area, file, lineOf[area.Code], diagnostics);
    }

    private void CheckParent(Area area, string file, int line, DiagnosticBag diagnostics)
    {
        var expected = AreaTypeNames.ExpectedParent(area.Type);
        string? problem = null, fix = null;
        if (area.Type == AreaType.England)
        {
            if (area.ParentCode is not null)
                (problem, fix) = ("England has no parent area.", "Leave parent_code blank on the England row.");
        }
        else if (area.ParentCode is null)
            (problem, fix) = ($"{area.Name} ({Lower(area.Type)}) has no parent_code.",
                $"Fill in the code of its {(expected is { } e ? Lower(e) : "parent")}.");
        else if (Get(area.ParentCode) is not { } parent)
        {
            var near = Suggest(area.ParentCode);
            (problem, fix) = ($"The parent code {area.ParentCode} is not an area in this file.",
                near is null ? "Add the parent area as a row of its own, or correct the code."
                    : $"Did you mean {near.Code} ({near.Name})? Otherwise add the parent area as a row of its own.");
        }
        else if (expected is not null && parent.Type != expected)
            (problem, fix) = ($"The parent of a {Lower(area.Type)} must be a {Lower(expected.Value)}, but {parent.Code} ({parent.Name}) is a {Lower(parent.Type)}.",
                "Correct parent_code (district -> county; county or unitary -> region; region -> England).");

        if (problem is not null)
            diagnostics.Error(DataDiagnosticCodes.BadParent, problem, file, line, "parent_code", fix);
    }

    private static string Lower(AreaType type) => type.ToString().ToLowerInvariant();

    /// <summary>
    /// Reads data/comparators.yaml: a mapping from an area code to a list of groups, each with a name and a list of
    /// area codes. Codes are checked against the areas known now, so load it after every data file.
    /// </summary>
    public void LoadComparators(string path, DiagnosticBag diagnostics) =>
        DataFiles.ReadText(path, diagnostics, reader => { ReadComparators(reader, path, diagnostics); return true; }, false);

    /// <summary>As <see cref="LoadComparators"/> from text; <paramref name="fileName"/> names it in diagnostics.</summary>
    public void ReadComparators(TextReader reader, string fileName, DiagnosticBag diagnostics)
    {
        if (YamlFiles.Parse(reader, fileName, diagnostics) is not { } root) return;
        if (root is YamlScalarNode { Value: null or "" }) return;   // an empty file: no groups
        if (root is not YamlMappingNode areas)
        {
            YamlFiles.Bad(diagnostics, fileName, root, "The file should map area codes to lists of groups.",
                "Start each entry with an area code and a colon, as in data/FORMATS.md.");
            return;
        }
        foreach (var (keyNode, groupsNode) in areas.Children)
        {
            var owner = ((keyNode as YamlScalarNode)?.Value ?? "").Trim();
            CheckComparatorArea(owner, fileName, keyNode, diagnostics);
            if (groupsNode is not YamlSequenceNode groups)
            {
                YamlFiles.Bad(diagnostics, fileName, groupsNode, $"The groups of {owner} should be a list.",
                    "Write each group on a line starting with '- name:'.");
                continue;
            }
            var list = _comparators.TryGetValue(owner, out var existing) ? existing : _comparators[owner] = [];
            foreach (var groupNode in groups.Children)
                if (ReadGroup(groupNode, owner, fileName, diagnostics) is { } group) list.Add(group);
        }
    }

    private ComparatorGroup? ReadGroup(YamlNode node, string owner, string fileName, DiagnosticBag diagnostics)
    {
        if (node is not YamlMappingNode map)
        {
            YamlFiles.Bad(diagnostics, fileName, node, $"A comparator group of {owner} should have 'name' and 'areas'.",
                "Write the group as '- name: ...' followed by 'areas: [...]'.");
            return null;
        }
        string? name = null;
        List<string>? codes = null;
        var illustrative = false;
        foreach (var (k, v) in map.Children)
        {
            var key = (k as YamlScalarNode)?.Value;
            if (key == "name") name = (v as YamlScalarNode)?.Value?.Trim();
            else if (key == "illustrative")
            {
                var text = (v as YamlScalarNode)?.Value?.Trim();
                if (text is "true" or "false") illustrative = text == "true";
                else YamlFiles.Bad(diagnostics, fileName, v, $"'illustrative' should be true or false, not '{text}'.",
                    "Write 'illustrative: true' for a group whose membership was made up, or leave the key out.");
            }
            else if (key == "areas" && v is YamlSequenceNode seq)
            {
                codes = [];
                foreach (var item in seq.Children)
                {
                    var code = ((item as YamlScalarNode)?.Value ?? "").Trim();
                    if (CheckComparatorArea(code, fileName, item, diagnostics)) codes.Add(Get(code)!.Code);
                }
            }
            else if (key == "areas")
                YamlFiles.Bad(diagnostics, fileName, v, "'areas' should be a list of area codes.", "Write it as areas: [E10000015, E10000024].");
            else
                diagnostics.Warning(DataDiagnosticCodes.UnknownKey, $"The key '{key}' is not used and was ignored.", fileName,
                    YamlFiles.Line(k), key, $"{Suggestions.DidYouMean(key ?? "", ["name", "areas", "illustrative"])}A group has 'name', 'areas' and optionally 'illustrative'.");
        }
        if (string.IsNullOrEmpty(name) || codes is null)
        {
            YamlFiles.Bad(diagnostics, fileName, map, $"A comparator group of {owner} lacks {(codes is null ? "'areas'" : "'name'")}.",
                "Give every group a 'name' and an 'areas' list.");
            return null;
        }
        return new ComparatorGroup(name, codes, illustrative);
    }

    private bool CheckComparatorArea(string code, string fileName, YamlNode node, DiagnosticBag diagnostics)
    {
        if (Contains(code)) return true;
        var near = Suggest(code);
        diagnostics.Error(DataDiagnosticCodes.UnknownArea,
            $"The area code '{code}' is neither in areas.csv nor in any Fingertips export.", fileName, YamlFiles.Line(node), null,
            near is null ? "Correct the code, or add the area to areas.csv." : $"Did you mean {near.Code} ({near.Name})? Otherwise add the area to areas.csv.");
        return false;
    }

    // Case, spacing and "&" versus "and" do not distinguish names.
    private static string NameKey(string name) =>
        Spaces().Replace(name.Trim().ToLowerInvariant().Replace("&", " and "), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
