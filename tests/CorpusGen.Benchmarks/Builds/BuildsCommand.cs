using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CorpusGen.Benchmarks.Builds;

/// <summary>
/// <c>builds [iterations]</c>: whole-process build benchmarks (docs/benchmarks.md). Consumer <c>dotnet build</c> of
/// the BBC corpus with CorpusGen against two baselines measured in the same run, a real build of the 50 MB
/// synthetic corpus, and the generator's own peak memory on it; then a Markdown table of the results.
/// </summary>
internal static class BuildsCommand
{
    public const string Mode = "builds";

    /// <summary>Hidden: this program re-invoked by <see cref="GeneratorMemory"/> to measure one process's memory.</summary>
    public const string MemoryChildMode = "builds-memory-child";

    /// <summary><c>builds-memory</c>: only part 3 (the generator's peak memory), over a freshly written synthetic corpus.</summary>
    public const string MemoryOnlyMode = "builds-memory";

    /// <summary><c>builds-bbc [iterations]</c>: only part 1 (the BBC consumer builds), a few minutes instead of the whole run.</summary>
    public const string BbcOnlyMode = "builds-bbc";

    private const int DefaultIterations = 5;

    public static int Run(string[] args)
    {
        if (args[0] == MemoryChildMode)
        {
            return args.Length == 3 ? GeneratorMemoryChild.Run(args[1], args[2]) : Usage($"{MemoryChildMode} needs a mode and a corpus folder.");
        }

        if (args[0] == MemoryOnlyMode)
        {
            var memoryReport = new BuildsReport();
            var corpus = SyntheticCorpusBuild.WriteCorpus(Path.Combine(BuildLayout.TempRoot, "memory-only"));
            Console.WriteLine($"Generator peak memory on {corpus.Files:N0} synthetic files, {corpus.Bytes:N0} bytes (child processes)");
            memoryReport.Memory = GeneratorMemory.Run(corpus.CorpusDirectory, corpus.Bytes);
            memoryReport.PrintMemoryOnly(Console.Out);
            return 0;
        }

        var iterations = DefaultIterations;
        var bbcOnly = args[0] == BbcOnlyMode;
        if ((args[0] != Mode && !bbcOnly) || args.Length > 2 ||
            (args.Length == 2 && (!int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations) || iterations < 1)))
        {
            return Usage($"unexpected arguments: {string.Join(" ", args)}");
        }

        var total = Stopwatch.StartNew();
        var report = new BuildsReport { Iterations = iterations };
        try
        {
            var layout = BuildLayout.Find();
            report.Describe(layout);
            Console.WriteLine($"Build benchmarks: {iterations} measured builds per variant, projects in {BuildLayout.TempRoot}");
            Console.WriteLine("Building the generator in Release...");
            layout.BuildGenerator();

            Console.WriteLine($"1. Consumer dotnet build on the BBC corpus ({layout.BbcFiles.Count:N0} files)");
            report.Bbc = Attempt(() => BbcBuildBenchmark.Run(layout, iterations), out var bbcFailure);
            report.BbcFailure = bbcFailure;
            report.BbcFiles = layout.BbcFiles.Count;
            report.BbcBytes = layout.BbcFiles.Sum(f => new FileInfo(f).Length);

            if (bbcOnly)
            {
                report.Elapsed = total.Elapsed;
                Console.WriteLine();
                report.PrintBbcOnly(Console.Out);
                return report.BbcFailure is null ? 0 : 1;
            }

            Console.WriteLine("2. dotnet build of the 50 MB synthetic corpus with CorpusGen");
            report.Synthetic = Attempt(() => SyntheticCorpusBuild.Run(layout), out var syntheticFailure);
            report.SyntheticFailure = syntheticFailure;

            if (report.Synthetic is { } synthetic)
            {
                Console.WriteLine("3. Generator peak memory on the 50 MB synthetic corpus (child processes)");
                report.Memory = Attempt(() => GeneratorMemory.Run(synthetic.CorpusDirectory, synthetic.Bytes), out var memoryFailure);
                report.MemoryFailure = memoryFailure;
            }
        }
        catch (BuildBenchmarkException e)
        {
            Console.Error.WriteLine("builds: " + e.Message);
            return 1;
        }

        report.Elapsed = total.Elapsed;
        Console.WriteLine();
        report.Print(Console.Out);
        return report.AllSucceeded ? 0 : 1;
    }

    /// <summary>Runs one part; a failure is reported and the other parts still run.</summary>
    private static T? Attempt<T>(Func<T> part, out string? failure)
        where T : class
    {
        try
        {
            failure = null;
            return part();
        }
        catch (Exception e) when (e is BuildBenchmarkException or TimeoutException or IOException)
        {
            failure = e.Message;
            Console.WriteLine("  FAILED: " + e.Message);
            return null;
        }
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"builds: {problem}\nusage: dotnet run -c Release --project tests/CorpusGen.Benchmarks -- {Mode}|{BbcOnlyMode} [iterations (default {DefaultIterations})]");
        return 2;
    }
}
