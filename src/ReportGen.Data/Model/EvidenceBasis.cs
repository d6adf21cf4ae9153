namespace ReportGen.Data.Model;

/// <summary>
/// What kind of number an indicator is, which decides the words the report may use about it
/// (see ReportGen.Templates.Wording.WordingRules).
/// </summary>
public enum EvidenceBasis
{
    /// <summary>Measured from records or a sample, with confidence intervals where published: comparisons use a significance test.</summary>
    Measured,
    /// <summary>A modelled estimate (prevalence models, unmet need built on them): never worded as statistically significant.</summary>
    Modelled,
    /// <summary>A complete count or census of a population: differences are real, no significance language and no confidence intervals.</summary>
    CompleteCount,
}
