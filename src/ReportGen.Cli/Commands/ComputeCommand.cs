using System.CommandLine;
using ReportGen.Pipeline;
using ReportGen.Data.Diagnostics;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen compute</c>: turns local counts into Fingertips-style indicator values. Exit codes: 0 written,
/// 1 the input has errors (all listed, nothing written), 2 the output file could not be written.
/// </summary>
internal static class ComputeCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input")
        {
            Description = "Tidy CSV of counts and denominators (layout: data/FORMATS.md, \"compute input\").",
            Required = true,
        };
        var output = new Option<FileInfo>("--output")
        {
            Description = "Where to write the Fingertips 27-column CSV; replaced only when the whole input is valid.",
            Required = true,
        };
        var command = new Command("compute",
            "Compute values, 95% and 99.8% limits and the comparison with England from counts (proportions, crude rates, DSRs) " +
            "and write them as a Fingertips export. Exit code 0 when written, 1 for input errors (nothing written), 2 when the output cannot be written.")
        {
            input, output,
        };
        command.SetAction(parse =>
        {
            var inputPath = parse.GetValue(input)!.FullName;
            var outputPath = parse.GetValue(output)!.FullName;
            var result = IndicatorComputation.Compute(inputPath);
            DiagnosticPrinter.Print(result.Diagnostics);
            if (result.HasErrors)
            {
                Console.Error.WriteLine($"{result.Diagnostics.Count(d => d.Severity == Severity.Error)} error(s) in {inputPath}. Nothing was written.");
                return 1;
            }
            try
            {
                IndicatorComputation.WriteAtomically(result, outputPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: could not write {outputPath}: {e.Message} Fix: check the folder exists and is writable, and close the file if a spreadsheet has it open.");
                return 2;
            }
            Console.WriteLine($"Wrote {result.Values.Count} value(s) for {result.Indicators.Count} indicator(s) and {result.Areas.Count} area(s) to {outputPath}.");
            return 0;
        });
        return command;
    }
}
