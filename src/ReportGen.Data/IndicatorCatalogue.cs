using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;
using ReportGen.Statistics;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Data;

/// <summary>
/// The indicators the tool knows, from data/indicators.yaml: looked up by id (as templates and tidy files name
/// them) or by Fingertips indicator id (as exports name them).
/// </summary>
public sealed partial class IndicatorCatalogue
{
    private readonly List<IndicatorDefinition> _all = [];
    private readonly Dictionary<string, IndicatorDefinition> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, IndicatorDefinition> _byFingertipsId = [];

    /// <summary>The words indicators.yaml uses for each measure.</summary>
    public static readonly IReadOnlyDictionary<string, MeasureType> MeasureNames = new Dictionary<string, MeasureType>
    {
        ["proportion"] = MeasureType.Proportion,
        ["crude_rate"] = MeasureType.CrudeRate,
        ["dsr"] = MeasureType.DirectlyStandardisedRate,
        ["count"] = MeasureType.Count,
        ["mean"] = MeasureType.Mean,
    };

    /// <summary>The words indicators.yaml uses for each polarity.</summary>
    public static readonly IReadOnlyDictionary<string, Polarity> PolarityNames = new Dictionary<string, Polarity>
    {
        ["higher_is_better"] = Polarity.HigherIsBetter,
        ["higher_is_worse"] = Polarity.HigherIsWorse,
        ["no_judgement"] = Polarity.NoJudgement,
    };

    private static readonly string[] Keys =
    [
        "id", "name", "short_name", "measure", "multiplier", "unit", "polarity", "decimals", "sex", "age", "source",
        "source_url", "fingertips_id", "fingertips_time_period_range", "disclosure_threshold", "basis",
    ];

    /// <summary>The words indicators.yaml uses for the evidence basis.</summary>
    public static readonly IReadOnlyDictionary<string, EvidenceBasis> BasisNames = new Dictionary<string, EvidenceBasis>
    {
        ["measured"] = EvidenceBasis.Measured,
        ["modelled"] = EvidenceBasis.Modelled,
        ["complete_count"] = EvidenceBasis.CompleteCount,
    };

    /// <summary>A catalogue of <paramref name="definitions"/>; a repeated id or Fingertips id keeps the first.</summary>
    public IndicatorCatalogue(IEnumerable<IndicatorDefinition>? definitions = null)
    {
        foreach (var d in definitions ?? []) TryAdd(d);
    }

    /// <summary>Every indicator in file order.</summary>
    public IReadOnlyList<IndicatorDefinition> All => _all;

    /// <summary>Number of indicators.</summary>
    public int Count => _all.Count;

    /// <summary>The indicator with this id (case-insensitive), or null.</summary>
    public IndicatorDefinition? Get(string id) => _byId.GetValueOrDefault(id.Trim());

    /// <summary>True when an indicator has this id.</summary>
    public bool Contains(string id) => _byId.ContainsKey(id.Trim());

    /// <summary>The indicator read from this Fingertips indicator id, or null.</summary>
    public IndicatorDefinition? GetByFingertipsId(int fingertipsId) => _byFingertipsId.GetValueOrDefault(fingertipsId);

    /// <summary>The known id closest to a mistyped one; null when nothing is close.</summary>
    public string? SuggestId(string text) => Suggestions.Closest(text, _all.Select(d => d.Id));

    private bool TryAdd(IndicatorDefinition d)
    {
        if (_byId.ContainsKey(d.Id) || (d.FingertipsId is { } f && _byFingertipsId.ContainsKey(f))) return false;
        _all.Add(d);
        _byId[d.Id] = d;
        if (d.FingertipsId is { } fid) _byFingertipsId[fid] = d;
        return true;
    }

    /// <summary>
    /// Reads data/indicators.yaml. Reports, with line numbers, malformed YAML, unknown keys, a missing id, name,
    /// measure or source, unknown measure or polarity words, bad numbers and repeated ids or Fingertips ids.
    /// Entries with errors are left out.
    /// </summary>
    public static IndicatorCatalogue Load(string path, DiagnosticBag diagnostics) =>
        DataFiles.ReadText(path, diagnostics, reader => Read(reader, path, diagnostics), new IndicatorCatalogue());

    /// <summary>As <see cref="Load"/> from text; <paramref name="fileName"/> names it in diagnostics.</summary>
    public static IndicatorCatalogue Read(TextReader reader, string fileName, DiagnosticBag diagnostics)
    {
        var catalogue = new IndicatorCatalogue();
        var root = YamlFiles.Parse(reader, fileName, diagnostics);
        if (root is null or YamlScalarNode { Value: null or "" }) return catalogue;
        if (root is not YamlSequenceNode entries)
        {
            YamlFiles.Bad(diagnostics, fileName, root, "The file should be a list of indicators.",
                "Start each indicator with '- id:' as in data/FORMATS.md.");
            return catalogue;
        }

        var idLines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var fingertipsLines = new Dictionary<int, int>();
        foreach (var entry in entries.Children)
        {
            var entryReader = new EntryReader(entry, fileName, diagnostics);
            if (entryReader.Read() is not { } d) continue;
            int idLine = entryReader.LineOf("id");
            if (idLines.TryGetValue(d.Id, out var earlier))
            {
                diagnostics.Error(DataDiagnosticCodes.DuplicateDefinition, $"The id '{d.Id}' is already used on line {earlier}.",
                    fileName, idLine, "id", "Give each indicator its own id, or delete the repeated entry.");
                continue;
            }
            if (d.FingertipsId is { } fid && fingertipsLines.TryGetValue(fid, out var earlierF))
            {
                diagnostics.Error(DataDiagnosticCodes.DuplicateDefinition,
                    $"The fingertips_id {fid} is already used on line {earlierF}; export rows could not tell the two apart.",
                    fileName, entryReader.LineOf("fingertips_id"), "fingertips_id",
                    "Keep one indicator per Fingertips id; sex and age breakdowns are read into the same indicator.");
                continue;
            }
            idLines[d.Id] = idLine;
            if (d.FingertipsId is { } f) fingertipsLines[f] = entryReader.LineOf("fingertips_id");
            catalogue.TryAdd(d);
        }
        return catalogue;
    }

    /// <summary>Reads one list entry into a definition, reporting each problem once.</summary>
    private sealed class EntryReader(YamlNode node, string fileName, DiagnosticBag diagnostics)
    {
        private readonly Dictionary<string, YamlScalarNode> _values = [];
        private bool _failed;

        public IndicatorDefinition? Read()
        {
            if (node is not YamlMappingNode map)
            {
                YamlFiles.Bad(diagnostics, fileName, node, "An indicator entry should be a set of 'key: value' lines.",
                    "Write the entry as in data/FORMATS.md, starting with '- id:'.");
                return null;
            }
            foreach (var (k, v) in map.Children)
            {
                var key = ((k as YamlScalarNode)?.Value ?? "").Trim();
                if (!Keys.Contains(key))
                {
                    diagnostics.Warning(DataDiagnosticCodes.UnknownKey, $"The key '{key}' is not used and was ignored.", fileName,
                        YamlFiles.Line(k), key, $"{Suggestions.DidYouMean(key, Keys)}Known keys: {string.Join(", ", Keys)}.");
                    continue;
                }
                if (v is YamlScalarNode scalar) _values[key] = scalar;
                else Fail(v, key, $"'{key}' should be a single value, not a list or mapping.", $"Write it as '{key}: value'.");
            }

            var id = Required(map, "id");
            if (id is not null && !IdPattern().IsMatch(id))
                Fail(_values["id"], "id", $"The id '{id}' should be lower case letters, digits and underscores.",
                    $"Write it as '{NotIdCharacters().Replace(id.ToLowerInvariant(), "_").Trim('_')}', for example.");
            var name = Required(map, "name", id);
            var source = Required(map, "source", id);
            var measureText = Required(map, "measure", id);
            MeasureType measure = default;
            if (measureText is not null) measure = Choice(measureText, "measure", MeasureNames, id);
            var polarity = Text("polarity") is { } p ? Choice(p, "polarity", PolarityNames, id) : Polarity.NoJudgement;
            var basis = Text("basis") is { } bt ? Choice(bt, "basis", BasisNames, id) : EvidenceBasis.Measured;
            var multiplier = Number("multiplier", 1, id, v => v > 0, "a positive number (100 for %, 100000 per 100,000, 1 for counts)");
            var decimals = (int)Number("decimals", 1, id, v => v is >= 0 and <= 10 && v == Math.Floor(v), "a whole number from 0 to 10");
            var threshold = (int)Number("disclosure_threshold", 5, id, v => v >= 0 && v == Math.Floor(v), "a whole number, 0 or more");
            int? fingertipsId = Text("fingertips_id") is null ? null
                : (int)Number("fingertips_id", 0, id, v => v > 0 && v == Math.Floor(v) && v <= int.MaxValue, "a whole Fingertips indicator id such as 91380");

            if (_failed) return null;
            return new IndicatorDefinition
            {
                Id = id!,
                Name = name!,
                ShortName = Text("short_name"),
                Measure = measure,
                Multiplier = multiplier,
                Unit = Text("unit") ?? "",
                Polarity = polarity,
                Decimals = decimals,
                Sex = Text("sex") ?? "Persons",
                Age = Text("age") ?? "All ages",
                Source = source!,
                SourceUrl = Text("source_url"),
                FingertipsId = fingertipsId,
                FingertipsTimePeriodRange = Text("fingertips_time_period_range"),
                DisclosureThreshold = threshold,
                Basis = basis,
            };
        }

        /// <summary>The line of a key's value, or of the entry when the key is absent.</summary>
        public int LineOf(string key) => YamlFiles.Line(_values.TryGetValue(key, out var n) ? n : node);

        private string? Text(string key) =>
            _values.TryGetValue(key, out var n) && !string.IsNullOrWhiteSpace(n.Value) ? n.Value.Trim() : null;

        private string? Required(YamlMappingNode map, string key, string? id = null)
        {
            if (Text(key) is { } value) return value;
            var what = id is null ? "An indicator" : $"The indicator '{id}'";
            Fail(_values.TryGetValue(key, out var n) ? n : map, key, $"{what} has no '{key}'.", $"Add '{key}: ...' to the entry.",
                DataDiagnosticCodes.MissingValue);
            return null;
        }

        private T Choice<T>(string text, string key, IReadOnlyDictionary<string, T> names, string? id) where T : struct
        {
            if (names.TryGetValue(text.ToLowerInvariant(), out var value)) return value;
            Fail(_values[key], key, $"'{text}' is not a {key}{For(id)}.",
                $"{Suggestions.DidYouMean(text, names.Keys)}Use one of: {string.Join(", ", names.Keys)}.", DataDiagnosticCodes.BadChoice);
            return default;
        }

        private double Number(string key, double fallback, string? id, Func<double, bool> valid, string expected)
        {
            if (Text(key) is not { } text) return fallback;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && valid(v)) return v;
            Fail(_values[key], key, $"'{text}' is not a valid {key}{For(id)}.", $"Write {expected}.");
            return fallback;
        }

        private static string For(string? id) => id is null ? "" : $" (indicator '{id}')";

        private void Fail(YamlNode at, string key, string message, string fix, string code = DataDiagnosticCodes.BadEntry)
        {
            _failed = true;
            diagnostics.Error(code, message, fileName, YamlFiles.Line(at), key, fix);
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("[^a-z0-9_]+")]
    private static partial Regex NotIdCharacters();
}
