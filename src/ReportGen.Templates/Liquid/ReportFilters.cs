using System.Globalization;
using Fluid;
using Fluid.Values;
using ReportGen.Templates.Wording;

namespace ReportGen.Templates.Liquid;

/// <summary>
/// Liquid filters available in chapters, e.g. <c>{{ 1234.5 | number: 1 }}</c>, <c>{{ 0.27 | in_words }}</c>.
/// They all go through <see cref="NumberFormat"/> and <see cref="Phrases"/> so rounding lives in one place.
/// <see cref="Register"/> adds each under its snake_case name; the standard Liquid filters stay available.
/// </summary>
public static class ReportFilters
{
    /// <summary>The filter names this class adds.</summary>
    public static readonly IReadOnlyList<string> Names = ["number", "thousands", "percent", "in_words", "ordinal", "signed", "sentence", "divided_by (exact)"];

    internal static void Register(FilterCollection filters)
    {
        filters.AddFilter("number", (input, args, context) => Text(Number(Value(input, context), Int(args, 0, 1, context))));
        filters.AddFilter("thousands", (input, _, context) => Text(Thousands(Value(input, context))));
        filters.AddFilter("percent", (input, args, context) => Text(Percent(Value(input, context), Int(args, 0, 1, context))));
        filters.AddFilter("in_words", (input, _, context) => Text(InWords(Value(input, context))));
        filters.AddFilter("ordinal", (input, _, context) => Text(Ordinal(Value(input, context))));
        filters.AddFilter("signed", (input, args, context) => Text(Signed(Value(input, context), Int(args, 0, 0, context))));
        filters.AddFilter("sentence", (input, _, context) => Text(Sentence(Value(input, context))));
        // Liquid divides two whole numbers as integers (482 / 1333 = 0); a count divided by a count is a proportion here.
        filters.AddFilter("divided_by", (input, args, context) =>
        {
            var divisor = args.Count > 0 ? args.At(0).ToNumberValue(context) : 0;
            if (divisor == 0) throw new TemplateException("divided_by was given zero (or nothing) to divide by.");
            return new ValueTask<FluidValue>(NumberValue.Create(input.ToNumberValue(context) / divisor));
        });
    }

    private static ValueTask<FluidValue> Text(string s) => new(StringValue.Create(s));

    private static object? Value(FluidValue input, TemplateContext context) => input switch
    {
        AbsentValue or NilValue => null,
        NumberValue n => (double)n.ToNumberValue(context),
        _ => input.ToStringValue(context),
    };

    private static int Int(FilterArguments args, int index, int fallback, TemplateContext context) =>
        args.Count > index ? (int)args.At(index).ToNumberValue(context) : fallback;

    public static string Number(object? input, int decimals = 1) => ToDouble(input) is { } d ? NumberFormat.Number(d, decimals) : Text(input);

    public static string Thousands(object? input) => ToDouble(input) is { } d ? NumberFormat.Count(d) : Text(input);

    public static string Percent(object? input, int decimals = 1) => ToDouble(input) is { } d ? NumberFormat.Number(d, decimals) + "%" : Text(input);

    /// <summary>A proportion (0-1, or a percentage above 1) in words: "about one in four".</summary>
    public static string InWords(object? input)
    {
        if (ToDouble(input) is not { } d) return Text(input);
        return Phrases.ProportionInWords(d > 1 ? d / 100 : d);
    }

    public static string Ordinal(object? input) => ToDouble(input) is { } d ? NumberFormat.Ordinal((int)Math.Round(d)) : Text(input);

    public static string Signed(object? input, int decimals = 0) => ToDouble(input) is { } d ? NumberFormat.Signed(d, decimals) : Text(input);

    /// <summary>Capitalises the first letter only (for wording helpers used at the start of a sentence).</summary>
    public static string Sentence(object? input)
    {
        var s = Text(input);
        return s.Length == 0 ? s : char.ToUpper(s[0], CultureInfo.InvariantCulture) + s[1..];
    }

    private static string Text(object? input) => Convert.ToString(input, CultureInfo.InvariantCulture) ?? "";

    private static double? ToDouble(object? input) => input switch
    {
        null => null,
        double d => d,
        float f => f,
        int i => i,
        long l => l,
        decimal m => (double)m,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) => v,
        _ => null,
    };
}
