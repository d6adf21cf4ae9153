namespace ReportGen.Statistics;

/// <summary>Which direction of an indicator is good, as Fingertips records it.</summary>
public enum Polarity
{
    /// <summary>Higher values are better (Fingertips "RAG - High is good").</summary>
    HigherIsBetter,
    /// <summary>Higher values are worse (Fingertips "RAG - Low is good").</summary>
    HigherIsWorse,
    /// <summary>No judgement: comparisons read Higher, Similar or Lower (Fingertips "BOB").</summary>
    NoJudgement,
}
