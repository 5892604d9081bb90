using System;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Benchmarks;

/// <summary>
/// What a program pays at run time for the BBC corpus compiled in, in each storage: the first access of one article,
/// its paragraphs, and listing every article's title without touching paragraph text. "First" is real: each
/// invocation loads a fresh copy of the compiled assembly into its own load context, so type initialisers and the
/// JIT run again. Baseline: reading the same article's file from an embedded resource.
/// </summary>
/// <remarks>
/// The load contexts are not collectible: static data of collectible assemblies is handled differently by the
/// runtime (UTF-8 literals became several times slower to read), and applications load their assemblies normally.
/// Each iteration keeps one copy of the assembly (a few MB) until the benchmark process ends.
/// </remarks>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 5, iterationCount: 40, invocationCount: 1)]
[MemoryDiagnoser]
public class RuntimeBenchmarks
{
    private byte[] _assembly = null!;
    private Func<int> _resource = null!;
    private Func<int> _title = null!;
    private Func<int> _paragraphs = null!;
    private Func<int> _allTitles = null!;
    private Func<int> _allParagraphs = null!;

    [Params("strings", "utf8")]
    public string Storage { get; set; } = "strings";

    [GlobalSetup]
    public void Setup()
    {
        var texts = BenchmarkCorpus.LoadBbc();
        var root = BenchmarkCorpus.BbcRoot();
        var options = BenchmarkCorpus.Options(root, Storage == "utf8" ? new() { ["build_property.CorpusGenStringLimit"] = "1" } : null);
        var compilation = CSharpCompilation.Create(
            "RuntimeBench",
            references: Basic.Reference.Assemblies.Net100.References.All,
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
        var driver = CSharpGeneratorDriver.Create(new[] { new CorpusGenerator().AsSourceGenerator() }, texts, optionsProvider: options);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);

        // A name from the middle of the corpus, and the file it came from: each slot source declares its articles'
        // one-line properties, each after a doc comment that names the file.
        var member = new System.Text.RegularExpressions.Regex(@"/// <remarks>From <c>(?<path>[^<]+)</c>.*\n\s*public static global::Bbc\.Article (?<name>\w+) => ");
        var article = generated.SyntaxTrees
            .Where(t => Path.GetFileName(t.FilePath).StartsWith("Articles.Data", StringComparison.Ordinal))
            .SelectMany(t => member.Matches(t.ToString()))
            .OrderBy(m => m.Groups["path"].Value, StringComparer.Ordinal)
            .ElementAt(1000);
        var name = article.Groups["name"].Value;
        var sourcePath = article.Groups["path"].Value;
        var probe = $$"""
            public static class Probe
            {
                public static int Resource()
                {
                    using var stream = typeof(Probe).Assembly.GetManifestResourceStream("{{sourcePath}}")!;
                    return new System.IO.StreamReader(stream).ReadToEnd().Length;
                }

                public static int Title() => Bbc.Articles.{{name}}.Title.Length;

                public static int Paragraphs() => Bbc.Articles.{{name}}.Paragraphs.Count;

                public static int AllTitles()
                {
                    var n = 0;
                    foreach (var a in Bbc.Articles.All) n += a.Title.Length;
                    return n;
                }

                public static int AllParagraphs()
                {
                    var n = 0;
                    foreach (var a in Bbc.Articles.All) n += a.Paragraphs.Count;
                    return n;
                }
            }
            """;
        var withProbe = generated.AddSyntaxTrees(CSharpSyntaxTree.ParseText(probe, (CSharpParseOptions)generated.SyntaxTrees.First().Options));
        var resources = texts.Select(t => new ResourceDescription(
            Path.GetRelativePath(root, t.Path).Replace('\\', '/'),
            () => new MemoryStream(File.ReadAllBytes(t.Path)),
            isPublic: true));
        using var pe = new MemoryStream();
        var result = withProbe.Emit(pe, manifestResources: resources);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        }

        _assembly = pe.ToArray();
    }

    /// <summary>The compiled consumer (after <see cref="Setup"/>), for <see cref="FirstAccessSteps"/>.</summary>
    internal byte[] CompiledAssembly => _assembly;

    [IterationSetup]
    public void LoadFreshCopy()
    {
        var probe = new AssemblyLoadContext("RuntimeBench").LoadFromStream(new MemoryStream(_assembly)).GetType("Probe")!;
        Func<int> Bind(string method) => probe.GetMethod(method)!.CreateDelegate<Func<int>>();
        _resource = Bind("Resource");
        _title = Bind("Title");
        _paragraphs = Bind("Paragraphs");
        _allTitles = Bind("AllTitles");
        _allParagraphs = Bind("AllParagraphs");
    }

    [Benchmark(Baseline = true, Description = "embedded resource: read one article's file")]
    public int EmbeddedResource() => _resource();

    [Benchmark(Description = "first access of one article (title)")]
    public int FirstAccess() => _title();

    [Benchmark(Description = "first access of one article's paragraphs")]
    public int FirstParagraphs() => _paragraphs();

    [Benchmark(Description = "enumerate All, titles only (no text decoded)")]
    public int AllTitles() => _allTitles();

    [Benchmark(Description = "enumerate All and every article's paragraphs")]
    public int AllParagraphs() => _allParagraphs();
}
