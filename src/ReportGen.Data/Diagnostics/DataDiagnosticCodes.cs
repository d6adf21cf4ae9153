namespace ReportGen.Data.Diagnostics;

/// <summary>
/// The codes the data layer gives its diagnostics. Short, stable, readable words so messages, tests and
/// documentation can refer to one kind of problem without quoting its wording.
/// </summary>
public static class DataDiagnosticCodes
{
    /// <summary>A file the data directory must have is not there.</summary>
    public const string FileMissing = "file-missing";
    /// <summary>A file could not be opened or parsed at all (malformed CSV, YAML or XLSX).</summary>
    public const string FileUnreadable = "file-unreadable";
    /// <summary>A required column is absent from the header.</summary>
    public const string MissingColumn = "missing-column";
    /// <summary>A column the format does not know (often a misspelling); it is ignored.</summary>
    public const string UnknownColumn = "unknown-column";
    /// <summary>A YAML key the format does not know (often a misspelling); it is ignored.</summary>
    public const string UnknownKey = "unknown-key";
    /// <summary>A row has more fields than the header.</summary>
    public const string ExtraFields = "extra-fields";
    /// <summary>A required cell is blank.</summary>
    public const string MissingValue = "missing-value";
    /// <summary>Text where a number belongs.</summary>
    public const string NotANumber = "not-a-number";
    /// <summary>A period in none of the known formats.</summary>
    public const string BadPeriod = "bad-period";
    /// <summary>An area code that is not in the registry.</summary>
    public const string UnknownArea = "unknown-area";
    /// <summary>An indicator id that is not in indicators.yaml.</summary>
    public const string UnknownIndicator = "unknown-indicator";
    /// <summary>A second row for the same indicator, area, period, sex, age and category.</summary>
    public const string DuplicateRow = "duplicate-row";
    /// <summary>A value outside its own confidence limits.</summary>
    public const string ValueOutsideLimits = "value-outside-limits";
    /// <summary>A lower confidence limit above the upper one.</summary>
    public const string LimitsReversed = "limits-reversed";
    /// <summary>A negative count or denominator.</summary>
    public const string NegativeNumber = "negative-number";
    /// <summary>A proportion whose count is above its denominator.</summary>
    public const string CountAboveDenominator = "count-above-denominator";
    /// <summary>A tidy row with neither a value nor a count.</summary>
    public const string NoValueOrCount = "no-value-or-count";
    /// <summary>A value a closed list does not contain (area type, measure, polarity, provenance).</summary>
    public const string BadChoice = "bad-choice";
    /// <summary>An area's parent code is missing, unknown or of the wrong type.</summary>
    public const string BadParent = "bad-parent";
    /// <summary>The same area code or indicator id defined twice.</summary>
    public const string DuplicateDefinition = "duplicate-definition";
    /// <summary>A YAML entry is shaped wrongly (a list where a value belongs, a missing key).</summary>
    public const string BadEntry = "bad-entry";
    /// <summary>A Fingertips indicator with no entry in indicators.yaml; its rows are skipped.</summary>
    public const string IndicatorSkipped = "indicator-skipped";
    /// <summary>Areas found in a Fingertips export but not in areas.csv; they were added to the registry.</summary>
    public const string AreasAdded = "areas-added";
    /// <summary>The fill hook failed to compute a value or its limits.</summary>
    public const string ComputeFailed = "compute-failed";
    /// <summary>A folder where a data file was expected.</summary>
    public const string NotAFile = "not-a-file";
    /// <summary>Two columns of one header carry the same name.</summary>
    public const string DuplicateColumn = "duplicate-column";
    /// <summary>A data file with a header but no data rows.</summary>
    public const string NoRows = "no-rows";
    /// <summary>A period that has not begun yet.</summary>
    public const string FuturePeriod = "future-period";
    /// <summary>A file beyond a size or count limit (a workbook that decompresses to gigabytes, millions of cells).</summary>
    public const string TooLarge = "too-large";
    /// <summary>A YAML alias (*name); aliases are refused because they can expand without bound.</summary>
    public const string YamlAlias = "yaml-alias";
}
