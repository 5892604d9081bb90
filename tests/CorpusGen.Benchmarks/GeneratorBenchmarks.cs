using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Benchmarks;

/// <summary>
/// The generator on the 2,225 BBC articles, in the same GeneratorDriver set-up as a verbatim-copy baseline: a full
/// run, a re-run with nothing changed, and re-runs after editing one file (what the IDE does on every keystroke: a
/// word for a word, and a word added); each with CorpusGenSearch off and on.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private List<BenchmarkCorpus.InMemoryText> _texts = null!;
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _ranCorpusGen = null!;
    private GeneratorDriver _ranForAdding = null!;
    private BenchmarkCorpus.InMemoryText _edited = null!;
    private BenchmarkCorpus.InMemoryText _added = null!;
    private BenchmarkCorpus.InMemoryText _original = null!;
    private bool _flip;
    private bool _flipAdding;

    [Params(false, true)]
    public bool Search { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchmarkCorpus.LoadBbc();
        _compilation = CSharpCompilation.Create("Bench", references: Basic.Reference.Assemblies.Net100.References.All);
        _ranCorpusGen = Driver(new CorpusGenerator()).RunGenerators(_compilation);
        _original = _texts.First(t => t.Path.EndsWith("001.txt", System.StringComparison.Ordinal));
        _edited = new BenchmarkCorpus.InMemoryText(_original.Path, Microsoft.CodeAnalysis.Text.SourceText.From(_original.GetText()!.ToString().Replace("profit", "profits"), System.Text.Encoding.UTF8));
        // Adding a word moves every later position of the file, so with search on its postings change in every shard.
        _added = new BenchmarkCorpus.InMemoryText(_original.Path, Microsoft.CodeAnalysis.Text.SourceText.From(_original.GetText()!.ToString().Replace("profit", "profit margin"), System.Text.Encoding.UTF8));
        _ranForAdding = Driver(new CorpusGenerator()).RunGenerators(_compilation);
    }

    private GeneratorDriver Driver(IIncrementalGenerator generator) =>
        CSharpGeneratorDriver.Create(
            new[] { generator.AsSourceGenerator() },
            _texts,
            optionsProvider: BenchmarkCorpus.Options(BenchmarkCorpus.BbcRoot(), Search ? new() { ["build_property.CorpusGenSearch"] = "true" } : null));

    [Benchmark(Baseline = true, Description = "verbatim copy: full run")]
    public GeneratorDriver VerbatimFullRun() => Driver(new VerbatimGenerator()).RunGenerators(_compilation);

    [Benchmark(Description = "CorpusGen: full run")]
    public GeneratorDriver CorpusGenFullRun() => Driver(new CorpusGenerator()).RunGenerators(_compilation);

    [Benchmark(Description = "CorpusGen: re-run, nothing changed")]
    public GeneratorDriver CorpusGenRerunUnchanged() => _ranCorpusGen.RunGenerators(_compilation);

    [Benchmark(Description = "CorpusGen: re-run after editing one file")]
    public GeneratorDriver CorpusGenRerunOneEdit() => _ranCorpusGen = Alternate(_ranCorpusGen, _edited, ref _flip);

    [Benchmark(Description = "CorpusGen: re-run after adding a word to one file")]
    public GeneratorDriver CorpusGenRerunOneAddingEdit() => _ranForAdding = Alternate(_ranForAdding, _added, ref _flipAdding);

    /// <summary>Alternates the file between the original and <paramref name="edited"/>, so every invocation is a real edit of the previous state.</summary>
    private GeneratorDriver Alternate(GeneratorDriver driver, AdditionalText edited, ref bool flip)
    {
        flip = !flip;
        return flip
            ? driver.ReplaceAdditionalText(_original, edited).RunGenerators(_compilation)
            : driver.ReplaceAdditionalText(edited, _original).RunGenerators(_compilation);
    }
}
