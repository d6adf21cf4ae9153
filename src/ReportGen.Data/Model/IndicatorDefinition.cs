using ReportGen.Statistics;

namespace ReportGen.Data.Model;

/// <summary>Indicator metadata from data/indicators.yaml: what the number means and how it is calculated.</summary>
public sealed record IndicatorDefinition
{
    /// <summary>Stable id used by templates, e.g. "alcohol_specific_mortality".</summary>
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? ShortName { get; init; }
    public required MeasureType Measure { get; init; }
    /// <summary>100 for percentages, 100000 for rates per 100,000, 1 for counts.</summary>
    public double Multiplier { get; init; } = 1;
    /// <summary>Unit as written after a value: "%", "per 100,000", "" for counts.</summary>
    public string Unit { get; init; } = "";
    public Polarity Polarity { get; init; } = Polarity.NoJudgement;
    /// <summary>Decimal places used when the value is printed.</summary>
    public int Decimals { get; init; } = 1;
    /// <summary>Default sex and age of the headline series ("Persons", "All ages").</summary>
    public string Sex { get; init; } = "Persons";
    public string Age { get; init; } = "All ages";
    /// <summary>Source text for footnotes and "Source:" lines.</summary>
    public required string Source { get; init; }
    public string? SourceUrl { get; init; }
    /// <summary>Fingertips indicator id where one exists (used by fetch and to read exports).</summary>
    public int? FingertipsId { get; init; }
    /// <summary>
    /// The one Fingertips "Time period range" (e.g. "1y", "3y") to read from exports of this indicator; rows of
    /// other ranges are skipped, so 1-year and pooled 3-year values never mix in one series. Null: when an export
    /// has several ranges, the most common one is kept and a warning asks for a choice.
    /// </summary>
    public string? FingertipsTimePeriodRange { get; init; }
    /// <summary>Counts below this are suppressed in every output (disclosure control).</summary>
    public int DisclosureThreshold { get; init; } = 5;
    /// <summary>Measured (default), modelled estimate or complete count: decides the wording of comparisons and trends.</summary>
    public EvidenceBasis Basis { get; init; } = EvidenceBasis.Measured;
    public string DisplayName => ShortName ?? Name;
}
