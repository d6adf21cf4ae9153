using System.Collections.Concurrent;
using System.Reflection;
using Fluid;
using Fluid.Values;

namespace ReportGen.Templates.Liquid;

/// <summary>
/// What a chapter can read from the objects it is given: public properties by their snake_case names
/// (<c>ShortName</c> is <c>short_name</c>), and names looked up by the object itself (<see cref="ILookupDrop"/>).
/// A name that is not there is an error naming it, with the closest name that is.
/// </summary>
internal static class DropMembers
{
    public static void Register(MemberAccessStrategy strategy)
    {
        strategy.Register<AreaDrop, object?>((drop, name) => Get(drop, name));
        strategy.Register<IndicatorDrop, object?>((drop, name) => Get(drop, name));
        strategy.Register<IndicatorsDrop, object?>((drop, name) => drop.Lookup(name));
        strategy.Register<BreakdownDrop, object?>((drop, name) => drop.Lookup(name));
        strategy.Register<OptionalValues, object?>((values, name) => values.Get(name));
    }

    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, PropertyInfo>> Members = new();

    private static object? Get(object drop, string name)
    {
        var members = Members.GetOrAdd(drop.GetType(), t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => SnakeCase(p.Name), p => p, StringComparer.Ordinal));
        if (members.TryGetValue(name, out var property)) return property.GetValue(drop) ?? AbsentValue.Instance;
        throw new DropMemberException(name, drop.GetType().Name.Replace("Drop", "").ToLowerInvariant(),
            Data.Diagnostics.Suggestions.DidYouMean(name, members.Keys));
    }

    public static string SnakeCase(string name)
    {
        var chars = new System.Text.StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) chars.Append('_');
            chars.Append(char.ToLowerInvariant(name[i]));
        }
        return chars.ToString();
    }
}

/// <summary>A field that is not there: <c>{{ area.nmae }}</c>.</summary>
public sealed class DropMemberException(string name, string owner, string didYouMean)
    : InvalidOperationException($"Unknown field '{name}' of {owner}. {didYouMean}".Trim());

/// <summary>
/// Values that may or may not be given (an area's <c>local</c> text, <c>switches</c>, <c>report.options</c>): a
/// missing one is blank and false, so <c>{% if local.council %}</c> works; everything else stays strict.
/// </summary>
public sealed class OptionalValues(IReadOnlyDictionary<string, object?> values)
{
    public object? Get(string name) => values.TryGetValue(name, out var v) && v is not null ? v : AbsentValue.Instance;
}

/// <summary>An optional value that was not given: prints nothing, is false, and any field of it is absent too.</summary>
public sealed class AbsentValue : FluidValue
{
    public static readonly AbsentValue Instance = new();
    private AbsentValue() { }
    public override FluidValues Type => FluidValues.String;
    public override bool Equals(FluidValue other) => other is AbsentValue || other.IsNil();
    public override bool ToBooleanValue(TemplateContext context) => false;
    public override decimal ToNumberValue(TemplateContext context) => 0;
    public override string ToStringValue(TemplateContext context) => "";
    public override object ToObjectValue(TemplateContext context) => null!;
    public override bool IsNil() => false;
    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => new(this);
    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) => new(this);
}
