using System.CommandLine;
using ReportGen.Cli.Commands;

// reportgen: the command-line entry point. Each command lives in Commands/; this file only wires them up.
var root = new RootCommand("ReportGen: writes local-authority Drug and Alcohol Needs Assessments (Word and PDF) from indicator data.");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
root.Subcommands.Add(LintCommand.Create());
root.Subcommands.Add(ComputeCommand.Create());
root.Subcommands.Add(FetchCommand.Create());
root.Subcommands.Add(PublishCommand.Create());
root.Subcommands.Add(BenchmarkCommand.Create());
root.Subcommands.Add(GalleryCommand.Create());
root.Subcommands.Add(DiffCommand.Create());
root.Subcommands.Add(RefreshCommand.Create());
// Anything a command did not handle is reported in the tool's error form, never as a stack trace.
try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    Console.Error.WriteLine(UnhandledError.Describe(e));
    return UnhandledError.ExitCode(e);
}
