using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Benchmarks.Builds;

/// <summary>
/// The child process of <see cref="GeneratorMemory"/>: <c>builds-memory-child generator|baseline &lt;corpus dir&gt;</c>.
/// Both modes set up what the compiler would hold anyway (the corpus as AdditionalText, a compilation with its
/// references loaded, a generator driver); only <c>generator</c> then runs CorpusGen. A process of its own per mode,
/// because a process's peak working set only ever grows: the difference of the two peaks is the generator's own.
/// </summary>
internal static class GeneratorMemoryChild
{
    public const string Generator = "generator";
    public const string Baseline = "baseline";

    /// <summary>The line the parent looks for: <c>MEMORY key=value ...</c>.</summary>
    public const string ResultPrefix = "MEMORY ";

    public static int Run(string mode, string corpusDirectory)
    {
        if (mode is not (Generator or Baseline) || !Directory.Exists(corpusDirectory))
        {
            Console.Error.WriteLine($"usage: builds-memory-child {Generator}|{Baseline} <corpus dir> (got '{mode}', '{corpusDirectory}')");
            return 2;
        }

        var corpus = Path.GetFullPath(corpusDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var projectDir = Path.GetDirectoryName(corpus)! + Path.DirectorySeparatorChar;
        var texts = Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new BenchmarkCorpus.InMemoryText(p, SourceText.From(File.ReadAllText(p), Encoding.UTF8)))
            .ToList();

        // LangVersion latest, as the synthetic consumer project: the corpus is over the string limit, so UTF-8.
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "SyntheticCorpusGen",
            new[] { CSharpSyntaxTree.ParseText("System.Console.WriteLine();", parseOptions) },
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));

        // The compiler has its references loaded before generators run; the generator looks types up in them.
        _ = compilation.GetTypeByMetadataName("System.ReadOnlySpan`1");
        _ = compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute");

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            texts,
            parseOptions,
            BenchmarkCorpus.Options(projectDir),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

        var stopwatch = Stopwatch.StartNew();
        long generatedChars = 0, generatedFiles = 0, diagnostics = 0;
        if (mode == Generator)
        {
            driver = driver.RunGenerators(compilation);

            // Realise the run's outputs: every generated source's text, as the compiler takes them.
            var result = driver.GetRunResult();
            generatedFiles = result.GeneratedTrees.Length;
            generatedChars = result.GeneratedTrees.Sum(t => (long)t.GetText().Length);
            diagnostics = result.Diagnostics.Length;
        }

        stopwatch.Stop();

        // Read before anything else allocates; the peak (VmHWM on Linux) is the high-water mark of the whole life.
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var gc = GC.GetGCMemoryInfo();
        Console.WriteLine(ResultPrefix + string.Join(" ", new[]
        {
            Pair("peakWorkingSet", self.PeakWorkingSet64),
            Pair("allocated", GC.GetTotalAllocatedBytes(precise: true)),
            Pair("heapSize", gc.HeapSizeBytes),
            Pair("committed", gc.TotalCommittedBytes),
            Pair("runMs", stopwatch.ElapsedMilliseconds),
            Pair("files", texts.Count),
            Pair("generatedFiles", generatedFiles),
            Pair("generatedChars", generatedChars),
            Pair("diagnostics", diagnostics),
        }));

        // Everything stays reachable until the numbers are taken.
        GC.KeepAlive(texts);
        GC.KeepAlive(compilation);
        GC.KeepAlive(driver);
        return 0;
    }

    private static string Pair(string key, long value) => key + "=" + value.ToString(CultureInfo.InvariantCulture);
}
