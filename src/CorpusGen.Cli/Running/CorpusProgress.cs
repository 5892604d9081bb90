using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CorpusGen.Cli.Infrastructure;
using Spectre.Console;

namespace CorpusGen.Cli.Running;

/// <summary>
/// Runs the generator with a progress bar when the run will take more than about a second (a corpus over
/// <see cref="ProgressFromBytes"/>) and there is a terminal to draw on; otherwise runs it quietly.
/// </summary>
internal static class CorpusProgress
{
    /// <summary>On this kind of machine the generator reads and parses about 2-5 MB a second, cold.</summary>
    public const long ProgressFromBytes = 2_000_000;

    public static CorpusRunResult Run(CliContext context, CorpusInput input)
    {
        var result = context.Progress is not { } console || TotalBytes(input) < ProgressFromBytes
            ? CorpusRun.Execute(input)
            : Show(console, input);

        // For docs/benchmarks.md: the driver's own time beside the whole process's.
        if (Environment.GetEnvironmentVariable("CORPUSGEN_TIMINGS") == "1")
        {
            context.Error.WriteLine(FormattableString.Invariant($"corpusgen: generator run {result.GeneratorElapsed.TotalMilliseconds:F0} ms, whole run {result.Elapsed.TotalMilliseconds:F0} ms, {Environment.ProcessorCount} cores"));
        }

        return result;
    }

    /// <summary>The bar follows the files the generator has read; after the last, the corpus step and emitting.</summary>
    public static CorpusRunResult Show(IAnsiConsole console, CorpusInput input)
    {
        CorpusRunResult? result = null;
        console.Progress()
            // The finished bar stays: on stderr, it tells how long the run took without touching stdout.
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(progress =>
            {
                var reading = progress.AddTask($"Parsing {input.Files.Count} files", maxValue: Math.Max(1, input.Files.Count));
                var read = 0;
                var run = Task.Run(() => CorpusRun.Execute(input, () => Interlocked.Increment(ref read)));
                while (!run.Wait(100))
                {
                    reading.Value = Volatile.Read(ref read);
                    if (reading.Value >= input.Files.Count && reading.Description.StartsWith("Parsing", StringComparison.Ordinal))
                    {
                        reading.Description = "Building the corpus and its sources";
                        reading.IsIndeterminate = true;
                    }

                    progress.Refresh();
                }

                result = run.GetAwaiter().GetResult();
                reading.IsIndeterminate = false;
                reading.Description = $"Parsed {input.Files.Count} files, built {result.Sources.Count} sources";
                reading.Value = reading.MaxValue;
            });
        return result!;
    }

    private static long TotalBytes(CorpusInput input)
        => input.Files.Sum(f =>
        {
            try
            {
                return new FileInfo(f).Length;
            }
            catch (IOException)
            {
                return 0;
            }
        });
}
