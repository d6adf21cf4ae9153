using ReportGen.Data.Diagnostics;

namespace ReportGen.Data;

/// <summary>Everything read from a data directory, with every problem found while reading it.</summary>
/// <param name="Areas">The area registry: areas.csv plus areas taken from Fingertips exports, with comparator groups.</param>
/// <param name="Indicators">The indicator catalogue from indicators.yaml.</param>
/// <param name="Values">The indicator values from every export and tidy file.</param>
/// <param name="Diagnostics">Every error, warning and note, in the order found.</param>
public sealed record DataSet(AreaRegistry Areas, IndicatorCatalogue Indicators, IndicatorStore Values,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when any diagnostic is an error: the data must be fixed before a report is built.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The errors only.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);

    /// <summary>The warnings only.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == Severity.Warning);

    /// <summary>Throws <see cref="InputDataException"/> carrying every error when there is any; otherwise returns this.</summary>
    public DataSet ThrowIfErrors() => HasErrors ? throw new InputDataException(Errors.ToList()) : this;
}
