using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using CorpusGen.Tests.RealData;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Benchmarks;

/// <summary>
/// A corpus (BBC, or the 50 MB synthetic one) compiled with CorpusGenSearch on and a probe class, for <see cref="SearchBenchmarks"/> and
/// <see cref="SearchReport"/>: the assembly's bytes, the generated compilation (to measure its literals) and the
/// articles as the compiled corpus lists them, which Lucene then indexes.
/// </summary>
internal sealed class SearchBuild
{
    /// <summary>The fixed queries both engines answer: the first of those the ranking test draws.</summary>
    public const int QueryCount = 20;

    private const string Probe = """
        public static class SearchProbe
        {
            public static string[][] Documents() => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(Bbc.Articles.All, a => new[] { a.Name, a.Title, a.Body }));

            public static int Search(string query) => Bbc.Articles.Search(query, 10).Count;

            public static int Count(string query) => Bbc.Articles.CountMatches(query);
        }
        """;

    private SearchBuild(byte[] assembly, Compilation compilation)
    {
        Assembly = assembly;
        Compilation = compilation;
        var probe = Load(assembly);
        var listed = (string[][])probe.GetMethod("Documents")!.Invoke(null, null)!;
        Documents = listed.Select(d => new SearchDocument(d[0], d[1], d[2])).ToList();
        Queries = SearchQueries.Draw(Documents, QueryCount, seed: 12);
    }

    public byte[] Assembly { get; }

    /// <summary>The consumer's compilation with the generated sources.</summary>
    public Compilation Compilation { get; }

    public List<SearchDocument> Documents { get; }

    public List<SearchReferenceQuery> Queries { get; }

    /// <summary>The BBC corpus.</summary>
    public static SearchBuild Create() => Create(BenchmarkCorpus.LoadBbc(), BenchmarkCorpus.BbcRoot());

    /// <summary>The 50 MB synthetic corpus of the build benchmarks (<see cref="Builds.SyntheticCorpusBuild"/>), as files of a project folder.</summary>
    public static SearchBuild CreateSynthetic()
    {
        var root = Path.Combine(Path.GetTempPath(), "corpusgen-synthetic-search") + Path.DirectorySeparatorChar;
        var texts = Tests.Scale.SyntheticCorpus.Generate(Builds.SyntheticCorpusBuild.Seed, Builds.SyntheticCorpusBuild.TotalCharacters)
            .Select(file => new BenchmarkCorpus.InMemoryText(Path.Combine(root, file.RelativePath), Microsoft.CodeAnalysis.Text.SourceText.From(file.Text, System.Text.Encoding.UTF8)))
            .ToList();
        return Create(texts, root);
    }

    private static SearchBuild Create(List<BenchmarkCorpus.InMemoryText> texts, string projectDirectory)
    {
        var options = BenchmarkCorpus.Options(projectDirectory, new() { ["build_property.CorpusGenSearch"] = "true" });
        var compilation = CSharpCompilation.Create(
            "SearchBench",
            references: Basic.Reference.Assemblies.Net100.References.All,
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
        var driver = CSharpGeneratorDriver.Create(new[] { new CorpusGenerator().AsSourceGenerator() }, texts, optionsProvider: options);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        var withProbe = generated.AddSyntaxTrees(CSharpSyntaxTree.ParseText(Probe, (CSharpParseOptions)generated.SyntaxTrees.First().Options));
        using var pe = new MemoryStream();
        var result = withProbe.Emit(pe);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        }

        return new SearchBuild(pe.ToArray(), generated);
    }

    /// <summary>The probe of a fresh copy of the assembly, in its own load context (so its statics and JIT start anew).</summary>
    public static Type Load(byte[] assembly) =>
        new AssemblyLoadContext("SearchBench").LoadFromStream(new MemoryStream(assembly)).GetType("SearchProbe")!;

    public static Func<string, int> SearchOf(Type probe) => probe.GetMethod("Search")!.CreateDelegate<Func<string, int>>();

    public static Func<string, int> CountOf(Type probe) => probe.GetMethod("Count")!.CreateDelegate<Func<string, int>>();

    /// <summary>The probe of an assembly loaded from a file by the default context, as an application loads its own.</summary>
    public static Type LoadFrom(string path) => AssemblyLoadContext.Default.LoadFromAssemblyPath(path).GetType("SearchProbe")!;
}
