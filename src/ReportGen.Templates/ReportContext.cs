using System.Collections.Concurrent;
using ReportGen.Data;
using ReportGen.Data.Diagnostics;
using ReportGen.Data.Model;
using ReportGen.Templates.Definitions;
using ReportGen.Templates.Facts;

namespace ReportGen.Templates;

/// <summary>
/// Everything one area's build can see: the report definition, the area's own content, the data,
/// the facts computed from it, and where problems and rendered values are recorded.
/// </summary>
public sealed class ReportContext
{
    private readonly ConcurrentDictionary<(string Indicator, string Area), IndicatorFacts> _facts = new();
    private readonly ConcurrentDictionary<(string Indicator, string Area), bool> _warnedMissing = new();
    private readonly FactsCalculator _calculator;

    public ReportContext(ReportDefinition definition, string reportFolder, AreaContent content, DataSet data, Area area,
        DiagnosticBag diagnostics, string? areasFolder = null)
    {
        AreasFolder = areasFolder ?? Path.Combine(reportFolder, "areas");
        Definition = definition;
        ReportFolder = reportFolder;
        Content = content;
        Data = data;
        Area = area;
        Diagnostics = diagnostics;
        England = data.Areas.England ?? throw new InvalidOperationException("data/areas.csv has no England (E92000001) row.");
        Region = data.Areas.RegionOf(area.Code);
        _calculator = new FactsCalculator(data, content.ComparatorGroup ?? definition.Comparators.Group);
    }

    public ReportDefinition Definition { get; }
    /// <summary>Folder holding report.yaml (chapters and partials are relative to it).</summary>
    public string ReportFolder { get; }
    public AreaContent Content { get; }
    public DataSet Data { get; }
    public Area Area { get; }
    public Area England { get; }
    public Area? Region { get; }
    public DiagnosticBag Diagnostics { get; }
    public ValueLedger Ledger { get; } = new();
    public DisclosureControl Disclosure { get; } = new();

    public string AreasFolder { get; }

    public string AreaFolder => Path.Combine(AreasFolder, Content.Folder);

    /// <summary>Districts of the area (empty for a unitary authority).</summary>
    public IReadOnlyList<Area> Districts => Data.Areas.Children(Area.Code).Where(a => a.Type == AreaType.District).ToList();

    /// <summary>Area switches: configured ones, plus has_districts from the registry unless configured.</summary>
    public bool Switch(string name)
    {
        if (Content.Switches.TryGetValue(name, out var value)) return value;
        return name switch
        {
            "has_districts" => Districts.Count > 0,
            "has_region" => Region is not null,
            _ => false,
        };
    }

    public IndicatorDefinition? Indicator(string id) => Data.Indicators.Get(id);

    /// <summary>Facts for an indicator and area, computed once per build.</summary>
    public IndicatorFacts FactsFor(IndicatorDefinition indicator, Area area) =>
        _facts.GetOrAdd((indicator.Id, area.Code), _ => _calculator.Compute(indicator, area));

    /// <summary>Records a rendered value; a missing value becomes one warning per indicator and area.</summary>
    public void RecordUse(IndicatorFacts facts, string field, string text)
    {
        var latest = facts.Latest;
        var (rows, illustrativeGroup) = ValueSources.Of(facts, field);
        Ledger.Record(new RenderedValue(facts.Indicator.Id, facts.Area.Code, latest?.Period.Label, field, text,
            latest?.Value, latest?.Lower95, latest?.Upper95, facts.VsEngland.ToString(), Ledger.CurrentLocation, facts.Breakdown)
        {
            Illustrative = illustrativeGroup || rows.Any(r => r.Illustrative), Sources = Provenance.Sources(rows),
        });
        if (NotAvailableCheck.WouldPrintNotAvailable(text))
            ReportNotAvailable(facts, field);
        else if (!facts.Available)
            WarnMissing(facts.Indicator.Id, facts.Area);
    }

    private readonly ConcurrentDictionary<(string Indicator, string Area), bool> _reportedNotAvailable = new();

    /// <summary>
    /// A sentence that would print "not available" in place of a figure is an error, not a warning: the report
    /// must not be written looking finished with a hole in it (issue 18). One error per indicator and area.
    /// </summary>
    private void ReportNotAvailable(Facts.IndicatorFacts facts, string field)
    {
        if (!_reportedNotAvailable.TryAdd((facts.Indicator.Id, facts.Area.Code), true)) return;
        _warnedMissing.TryAdd((facts.Indicator.Id, facts.Area.Code), true);   // one message per root cause: the error
        Diagnostics.Error(NotAvailableCheck.Code,
            NotAvailableCheck.Message(facts.Indicator.Id, field, facts.Area.Name, facts.Area.Code, facts.Available),
            Ledger.CurrentLocation, fix: NotAvailableCheck.Fix(facts.Indicator.Id, facts.Area.Code));
    }

    public void WarnMissing(string indicatorId, Area area)
    {
        if (_warnedMissing.TryAdd((indicatorId, area.Code), true))
            Diagnostics.Warning("DATA-MISSING", $"No value for indicator '{indicatorId}' in {area.Name} ({area.Code}); the report says it is not available.",
                Ledger.CurrentLocation, fix: $"Add {indicatorId} for {area.Code} to a file in data/, or remove it from the template.");
    }
}
