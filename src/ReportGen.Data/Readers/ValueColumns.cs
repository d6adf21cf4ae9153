namespace ReportGen.Data.Readers;

/// <summary>The header names of the numeric columns in one file layout, so checks can name the cell at fault.</summary>
internal sealed record ValueColumns(string Value, string Lower95, string Upper95, string Lower998, string Upper998,
    string Count, string Denominator);
