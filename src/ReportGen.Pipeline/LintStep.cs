using ReportGen.Data;
using ReportGen.Templates.Definitions;
using ReportGen.Templates.Lint;

namespace ReportGen.Pipeline;

/// <summary>The lint as a step of <c>build</c>: findings are listed as warnings, and stop the build under --strict.</summary>
public static class LintStep
{
    /// <returns>False when the build must stop (findings with <paramref name="strict"/>).</returns>
    public static bool Run(ReportProject project, DataSet data, IReadOnlyList<AreaContent> areas, bool strict, TextWriter stderr)
    {
        var findings = new ReportLint(data).Check(project, areas);
        foreach (var f in findings) stderr.WriteLine($"{(strict ? "error" : "warning")}: lint: {f}");
        if (findings.Count == 0 || !strict) return true;
        stderr.WriteLine($"The build stopped: the lint found {findings.Count} problem(s) and --strict was given. Nothing was written.");
        return false;
    }
}
