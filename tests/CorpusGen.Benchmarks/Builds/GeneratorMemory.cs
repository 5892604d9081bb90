using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;

namespace CorpusGen.Benchmarks.Builds;

/// <summary>What one <see cref="GeneratorMemoryChild"/> process reported (bytes, milliseconds, counts).</summary>
internal sealed record MemorySample(IReadOnlyDictionary<string, long> Values, TimeSpan ProcessTime)
{
    public long PeakWorkingSet => Values["peakWorkingSet"];

    public long Allocated => Values["allocated"];

    public long HeapSize => Values["heapSize"];

    public long RunMilliseconds => Values["runMs"];

    public long Get(string key) => Values.TryGetValue(key, out var value) ? value : 0;
}

/// <summary>The generator's own peak memory on a corpus: a child process running it, minus one that does not.</summary>
internal sealed record MemoryResult(MemorySample Baseline, MemorySample Generator, long CorpusBytes)
{
    public long GeneratorPeak => Generator.PeakWorkingSet - Baseline.PeakWorkingSet;

    public double PeakPerCorpusByte => (double)GeneratorPeak / CorpusBytes;

    public long GeneratorAllocated => Generator.Allocated - Baseline.Allocated;
}

/// <summary>
/// Measures the generator's peak memory isolated from the compiler: this benchmark re-invoked as a child process
/// (<see cref="GeneratorMemoryChild"/>) once without and once with the generator run, on the same corpus.
/// </summary>
internal static class GeneratorMemory
{
    public static MemoryResult Run(string corpusDirectory, long corpusBytes)
    {
        var baseline = Sample(GeneratorMemoryChild.Baseline, corpusDirectory);
        var generator = Sample(GeneratorMemoryChild.Generator, corpusDirectory);
        return new MemoryResult(baseline, generator, corpusBytes);
    }

    private static MemorySample Sample(string mode, string corpusDirectory)
    {
        var (executable, arguments) = Self();
        arguments.AddRange(new[] { BuildsCommand.MemoryChildMode, mode, corpusDirectory });
        var result = ChildProcess.Run(executable, arguments, Path.GetTempPath(), TimeSpan.FromMinutes(20));
        var line = result.Output.Split('\n').FirstOrDefault(l => l.StartsWith(GeneratorMemoryChild.ResultPrefix, StringComparison.Ordinal));
        if (!result.Succeeded || line is null)
        {
            throw new BuildBenchmarkException($"The memory child ({mode}) failed:\n" + result.Describe());
        }

        var values = line[GeneratorMemoryChild.ResultPrefix.Length..]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .ToDictionary(pair => pair[0], pair => long.Parse(pair[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var sample = new MemorySample(values, result.Elapsed);
        Console.WriteLine($"  {mode}: peak working set {Megabytes(sample.PeakWorkingSet)}, allocated {Megabytes(sample.Allocated)}, " +
            $"GC heap {Megabytes(sample.HeapSize)}, generator run {sample.RunMilliseconds:N0} ms, {sample.Get("generatedFiles"):N0} generated files");
        return sample;
    }

    /// <summary>
    /// How to start this benchmark again: its apphost directly (as <c>dotnet run</c> starts it), or through the
    /// dotnet host when that is what is running it.
    /// </summary>
    private static (string Executable, List<string> Arguments) Self()
    {
        var processPath = Environment.ProcessPath ?? throw new BuildBenchmarkException("Cannot tell which executable is running this benchmark.");
        return Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? (processPath, new List<string> { Assembly.GetExecutingAssembly().Location })
            : (processPath, new List<string>());
    }

    public static string Megabytes(long bytes) => (bytes / 1_000_000.0).ToString("N0", CultureInfo.InvariantCulture) + " MB";
}
