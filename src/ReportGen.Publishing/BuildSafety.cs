namespace ReportGen.Publishing;

/// <summary>
/// The guards a build puts around its writes: the output-folder lock, clean-up of office processes a killed
/// build left behind, and plain messages (never a stack trace) when an area fails for a reason outside its inputs.
/// </summary>
public static class BuildSafety
{
    /// <summary>
    /// How long a second build into the same folder waits for the first before giving up: two minutes, or the
    /// number of seconds in REPORTGEN_LOCK_WAIT_SECONDS (0 refuses at once).
    /// </summary>
    public static TimeSpan LockWait { get; set; } =
        double.TryParse(Environment.GetEnvironmentVariable("REPORTGEN_LOCK_WAIT_SECONDS"), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds) : TimeSpan.FromMinutes(2);

    /// <summary>
    /// Takes the output folder's lock; null (after printing the reason) when another build holds it or the folder
    /// cannot be written. <paramref name="endOrphans"/>, when given, runs once the lock is held: it ends office
    /// processes left by killed builds and returns how many it ended.
    /// </summary>
    public static OutputLock? LockOutput(string outputFolder, Func<int>? endOrphans, TextWriter stderr)
    {
        OutputLock outputLock;
        try
        {
            outputLock = OutputLock.Acquire(outputFolder, LockWait, message => stderr.WriteLine("note: " + message));
        }
        catch (OutputFolderException e)
        {
            stderr.WriteLine(e.ToString());
            return null;
        }
        if (endOrphans is not null)
        {
            var ended = endOrphans();
            if (ended > 0)
                stderr.WriteLine($"note: ended {ended} LibreOffice process(es) left running by an earlier build that was killed, and removed their temporary folders.");
        }
        return outputLock;
    }

    /// <summary>
    /// The line to print and the short failure for the summary when building one area threw. File-system problems
    /// are described for the analyst; anything else is an internal error, named without its stack trace.
    /// </summary>
    public static (string Line, string Failure) Describe(Exception e, string areaName, string areaFolder)
    {
        var inner = e is AggregateException a ? a.Flatten().InnerExceptions[0] : e;
        if (inner is OutputFolderException folder) return (folder.ToString(), folder.Message);
        if (inner is IOException or UnauthorizedAccessException)
        {
            if (OutputErrors.IsDiskFull(inner) || OutputErrors.IsNotWritable(inner))
            {
                var problem = OutputErrors.Describe(inner, areaFolder);
                return (problem.ToString(), problem.Message);
            }
            return ($"error file-access: building {areaName}: {FirstLine(inner.Message)} Fix: check the file named exists, is not a broken or looping link, and can be read; then build again.",
                FirstLine(inner.Message));
        }
        return ($"error internal: building {areaName} failed unexpectedly ({inner.GetType().Name}: {FirstLine(inner.Message)}). The other areas were not affected. Fix: please report this with the command you ran.",
            $"internal error: {FirstLine(inner.Message)}");
    }

    /// <summary>The first line of a message, cut to a readable length.</summary>
    public static string FirstLine(string? text)
    {
        var line = (text ?? "").Trim().Split('\n')[0].Trim();
        return line.Length <= 300 ? line : line[..300] + "…";
    }
}
