using ReportGen.Publishing;

namespace ReportGen.Cli.Commands;

/// <summary>The last line of defence: an exception no command handled, described in one line with a fix.</summary>
internal static class UnhandledError
{
    public static string Describe(Exception e)
    {
        var inner = e is AggregateException a ? a.Flatten().InnerExceptions[0] : e;
        return inner switch
        {
            OutputFolderException folder => folder.ToString(),
            OperationCanceledException => "error cancelled: the command was cancelled before it finished; files already in place were left as they were.",
            IOException or UnauthorizedAccessException when OutputErrors.IsDiskFull(inner) || OutputErrors.IsNotWritable(inner) =>
                OutputErrors.Describe(inner, "the output folder").ToString(),
            IOException or UnauthorizedAccessException =>
                $"error file-access: {BuildSafety.FirstLine(inner.Message)} Fix: check the file or folder named exists, is not a broken or looping link, and can be read or written.",
            _ => $"error internal: the command failed unexpectedly ({inner.GetType().Name}: {BuildSafety.FirstLine(inner.Message)}). Fix: please report this with the command you ran.",
        };
    }

    public static int ExitCode(Exception e) => e is OperationCanceledException ? 130 : 1;
}
