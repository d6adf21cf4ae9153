namespace ReportGen.Fingertips;

/// <summary>A failed download: which URL, what went wrong and what the user can do about it.</summary>
public sealed record FetchError(FetchErrorKind Kind, string Problem, string Fix, Uri? Url = null)
{
    public override string ToString() => Url is null ? $"{Problem} Fix: {Fix}" : $"{Problem} URL: {Url} Fix: {Fix}";
}
