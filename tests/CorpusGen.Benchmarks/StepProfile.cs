using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Where a generator run spends its time, step by step (the driver's own step timings), for a full run and a
/// one-file edit on the BBC corpus. A guide for optimising; the claims come from <see cref="GeneratorBenchmarks"/>.
/// </summary>
internal static class StepProfile
{
    public static void Run(int repetitions, bool search = false)
    {
        var texts = BenchmarkCorpus.LoadBbc();
        var compilation = CSharpCompilation.Create("Bench", references: Basic.Reference.Assemblies.Net100.References.All);
        var original = texts.First(t => t.Path.EndsWith("001.txt", StringComparison.Ordinal));
        BenchmarkCorpus.InMemoryText Edited(string from, string to) =>
            new(original.Path, Microsoft.CodeAnalysis.Text.SourceText.From(original.GetText()!.ToString().Replace(from, to), System.Text.Encoding.UTF8));

        var label = search ? " with CorpusGenSearch" : string.Empty;
        // A word for a word keeps every position; adding words shifts every later term of the file, in every shard.
        foreach (var (edit, edited) in new[] { ("one edit", Edited("profit", "profits")), ("one edit adding words", Edited("profit", "profit margin")) })
        {
            Tracked(texts, compilation, original, edited, repetitions, search, label, edit);
            Untracked(texts, compilation, original, edited, repetitions, search, edit);
        }
    }

    private static void Tracked(List<BenchmarkCorpus.InMemoryText> texts, CSharpCompilation compilation, AdditionalText original, AdditionalText edited, int repetitions, bool search, string label, string editName)
    {
        var full = new Dictionary<string, TimeSpan>();
        var edit = new Dictionary<string, TimeSpan>();
        TimeSpan fullTotal = default, editTotal = default;
        for (var i = 0; i < repetitions + 1; i++)
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new CorpusGenerator().AsSourceGenerator() },
                texts,
                optionsProvider: BenchmarkCorpus.Options(BenchmarkCorpus.BbcRoot(), search ? new() { ["build_property.CorpusGenSearch"] = "true" } : null),
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            driver = driver.RunGenerators(compilation);
            var warm = i == 0;
            if (!warm)
            {
                fullTotal += Accumulate(driver, full);
            }

            driver = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation);
            if (!warm)
            {
                editTotal += Accumulate(driver, edit);
            }
        }

        Print("full run" + label, full, fullTotal, repetitions);
        Print(editName + label, edit, editTotal, repetitions);
    }

    /// <summary>
    /// The same runs with step tracking off, as builds run (tracking costs more than some steps): a quick check of the
    /// one-edit ratio between GeneratorBenchmarks runs, as medians.
    /// </summary>
    private static void Untracked(List<BenchmarkCorpus.InMemoryText> texts, CSharpCompilation compilation, AdditionalText original, AdditionalText edited, int repetitions, bool search, string edit)
    {
        var fulls = new List<double>();
        var edits = new List<double>();
        for (var i = 0; i < repetitions + 1; i++)
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new CorpusGenerator().AsSourceGenerator() },
                texts,
                optionsProvider: BenchmarkCorpus.Options(BenchmarkCorpus.BbcRoot(), search ? new() { ["build_property.CorpusGenSearch"] = "true" } : null),
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
            driver = driver.RunGenerators(compilation);
            var full = driver.GetTimingInfo().GeneratorTimes[0].ElapsedTime.TotalMilliseconds;
            driver = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation);
            if (i > 0)
            {
                fulls.Add(full);
                edits.Add(driver.GetTimingInfo().GeneratorTimes[0].ElapsedTime.TotalMilliseconds);
            }
        }

        static double Median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);
        Console.WriteLine($"tracking off, medians of {repetitions}: full run {Median(fulls):F1} ms, {edit} {Median(edits):F1} ms ({100 * Median(edits) / Median(fulls):F1}% of the full run; GeneratorBenchmarks is the measurement)");
    }

    private static TimeSpan Accumulate(GeneratorDriver driver, Dictionary<string, TimeSpan> sums)
    {
        var result = driver.GetTimingInfo().GeneratorTimes[0];
        foreach (var (name, steps) in driver.GetRunResult().Results[0].TrackedSteps)
        {
            sums[name] = (sums.TryGetValue(name, out var t) ? t : default) + TimeSpan.FromTicks(steps.Sum(s => s.ElapsedTime.Ticks));
        }

        return result.ElapsedTime;
    }

    private static void Print(string title, Dictionary<string, TimeSpan> sums, TimeSpan total, int repetitions)
    {
        Console.WriteLine($"{title}: {total.TotalMilliseconds / repetitions:F1} ms per run (generator total)");
        foreach (var (name, time) in sums.OrderByDescending(p => p.Value))
        {
            Console.WriteLine($"  {name,-28} {time.TotalMilliseconds / repetitions,8:F1} ms");
        }
    }
}
