using System.Globalization;
using ReportGen.Data;
using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;

namespace ReportGen.Fingertips;

/// <summary>
/// Which exports a fetch run downloads, worked out from the data folder: the indicators of indicators.yaml that have
/// a <c>fingertips_id</c> (or those named), each for upper-tier authorities (502) and regions (6), plus districts (501)
/// when areas.csv lists any district. Every export is for all of England (parent type 15), so the report areas'
/// comparators, ranks and England ranges are all covered.
/// </summary>
public sealed class FetchPlan
{
    private FetchPlan(IndicatorCatalogue catalogue, string? areasPath, IReadOnlyList<FetchItem> items,
        IReadOnlyList<FingertipsAreaType> areaTypes, IReadOnlyList<string> problems, IReadOnlyList<string> notes)
    {
        Catalogue = catalogue;
        AreasPath = areasPath;
        Items = items;
        AreaTypes = areaTypes;
        Problems = problems;
        Notes = notes;
    }

    /// <summary>indicators.yaml, as read.</summary>
    public IndicatorCatalogue Catalogue { get; }
    /// <summary>areas.csv, or null when the data folder has none.</summary>
    public string? AreasPath { get; }
    /// <summary>The exports to fetch, indicator by indicator.</summary>
    public IReadOnlyList<FetchItem> Items { get; }
    /// <summary>The area types fetched for each indicator.</summary>
    public IReadOnlyList<FingertipsAreaType> AreaTypes { get; }
    /// <summary>Problems that stop the run before any download (an unknown indicator, no indicators.yaml).</summary>
    public IReadOnlyList<string> Problems { get; }
    /// <summary>Things worth saying that do not stop the run.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>A fresh registry of areas.csv (empty when there is none), for readers that add to it.</summary>
    public AreaRegistry NewAreaRegistry() =>
        AreasPath is null ? new AreaRegistry() : AreaRegistry.Load(AreasPath, new DiagnosticBag());

    /// <summary>Plans the run for <paramref name="options"/>.</summary>
    public static FetchPlan Create(FetchOptions options)
    {
        var problems = new List<string>();
        var notes = new List<string>();
        var indicatorsPath = Path.Combine(options.DataDirectory, "indicators.yaml");
        var areasPath = Path.Combine(options.DataDirectory, "areas.csv");
        if (!File.Exists(indicatorsPath))
        {
            problems.Add($"There is no indicators.yaml in {options.DataDirectory}. Fix: give the data folder with --data (it holds indicators.yaml and areas.csv).");
            return new FetchPlan(new IndicatorCatalogue(), null, [], [], problems, notes);
        }

        var bag = new DiagnosticBag();
        var catalogue = IndicatorCatalogue.Load(indicatorsPath, bag);
        if (bag.HasErrors)
            notes.Add($"indicators.yaml has {bag.Errors.Count()} error(s); entries with errors are left out. Run 'reportgen validate' to list them.");

        var areaTypes = new List<FingertipsAreaType> { FingertipsAreaType.UpperTier };
        string? areas = null;
        if (File.Exists(areasPath))
        {
            areas = areasPath;
            if (AreaRegistry.Load(areasPath, new DiagnosticBag()).All.Any(a => a.Type == AreaType.District))
                areaTypes.Add(FingertipsAreaType.Districts);
        }
        else if (options.AreaTypeIds.Count == 0)
        {
            notes.Add($"There is no areas.csv in {options.DataDirectory}, so district exports are not fetched.");
        }
        areaTypes.Add(FingertipsAreaType.Regions);
        if (options.AreaTypeIds.Count > 0)
        {
            areaTypes.Clear();
            foreach (var id in options.AreaTypeIds.Distinct())
            {
                if (FingertipsAreaType.FromId(id) is { } known) areaTypes.Add(known);
                else problems.Add($"--area-type {id} is not an area type fetch knows. Fix: use one of " +
                    string.Join(", ", FingertipsAreaType.Known.Select(t => $"{t.ChildId} ({t.Label})")) + ".");
            }
        }

        var indicators = new List<(int Number, string? Id)>();
        var requested = options.Indicators.SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (requested.Count == 0)
        {
            indicators.AddRange(catalogue.All.Where(d => d.FingertipsId is not null).Select(d => (d.FingertipsId!.Value, (string?)d.Id)));
            if (indicators.Count == 0)
                problems.Add("No indicator in indicators.yaml has a fingertips_id, so there is nothing to fetch. Fix: add 'fingertips_id: <number>' to the indicators that come from Fingertips.");
        }
        foreach (var token in requested)
        {
            if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
            {
                var known = catalogue.GetByFingertipsId(number);
                if (known is null)
                    notes.Add($"Fingertips indicator {number} is not in indicators.yaml: it is downloaded, but reports skip it until an indicator has 'fingertips_id: {number}'.");
                indicators.Add((number, known?.Id));
            }
            else if (catalogue.Get(token) is { } definition)
            {
                if (definition.FingertipsId is { } id) indicators.Add((id, definition.Id));
                else problems.Add($"Indicator '{definition.Id}' has no fingertips_id in indicators.yaml, so it cannot be fetched. Fix: add its Fingertips number, or name the number with --indicator.");
            }
            else
            {
                var near = catalogue.SuggestId(token);
                problems.Add($"'{token}' is neither a Fingertips indicator number nor an id in indicators.yaml." +
                    (near is null ? " Fix: name an indicator id or number." : $" Fix: did you mean '{near}'?"));
            }
        }

        var items = indicators.DistinctBy(i => i.Number)
            .SelectMany(i => areaTypes.Select(t => new FetchItem(i.Number, i.Id, t)))
            .ToList();
        return new FetchPlan(catalogue, areas, items, areaTypes, problems, notes);
    }
}
