using ReportGen.Docx.Rendering;
using ReportGen.Documents;

namespace ReportGen.Docx.Tests;

public sealed class RendererRegistryTests
{
    private static IEnumerable<Type> ConcreteSubtypes<T>() =>
        typeof(T).Assembly.GetTypes().Where(t => typeof(T).IsAssignableFrom(t) && !t.IsAbstract && t != typeof(T));

    [Fact]
    public void Every_block_type_has_a_renderer()
    {
        var registry = RendererRegistry.CreateDefault();
        var missing = ConcreteSubtypes<Block>().Where(t => !registry.BlockTypes.Contains(t)).Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, "Block types without a Word renderer: " + string.Join(", ", missing));
        Assert.NotEmpty(registry.BlockTypes);
    }

    [Fact]
    public void Every_inline_type_has_a_renderer()
    {
        var registry = RendererRegistry.CreateDefault();
        var missing = ConcreteSubtypes<Inline>().Where(t => !registry.InlineTypes.Contains(t)).Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, "Inline types without a Word renderer: " + string.Join(", ", missing));
    }

    [Fact]
    public void Each_renderer_is_its_own_class()
    {
        var registry = RendererRegistry.CreateDefault();
        var blockRenderers = registry.BlockTypes.Select(t => registry.For(Instance<Block>(t)).GetType()).ToList();
        Assert.Equal(blockRenderers.Count, blockRenderers.Distinct().Count());
    }

    private static T Instance<T>(Type t) => (T)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(t);
}
