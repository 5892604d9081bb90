using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Benchmarks;

/// <summary>
/// How the shape of the generated code drives the consumer's compile time, for a corpus of <see cref="Articles"/>
/// articles: the C# compiler emitting synthetic sources shaped like each design. Explains the choices in
/// ArticleEmitter (a nested holder type per article) and IndexEmitter (no switch with a case per article).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class EmitShapeBenchmarks
{
    [Params(2500, 10000)]
    public int Articles { get; set; }

    private const string Body = "new string[] { \"first paragraph\", \"second paragraph\" }[0]";

    [Benchmark(Baseline = true, Description = "lazy field + factory per partial part (0.1.0 before the change)")]
    public bool LazyFieldsInPartialParts() => Emit(Enumerable.Range(0, Articles).Select(i =>
        $"static partial class A {{ private static string? f{i}; public static string P{i} => f{i} ?? System.Threading.LazyInitializer.EnsureInitialized<string>(ref f{i}, C{i}); private static string C{i}() {{ return {Body}; }} }}"));

    [Benchmark(Description = "nested holder type per partial part (current)")]
    public bool NestedHolders() => Emit(Enumerable.Range(0, Articles).Select(i =>
        $"static partial class A {{ public static string P{i} => H{i}.Value; private static class H{i} {{ internal static readonly string Value = {Body}; }} }}"));

    [Benchmark(Description = "TryGet as one string switch")]
    public bool StringSwitch() => Emit(new[]
    {
        "static class A { public static int F(string s) { switch (s) {" +
        string.Concat(Enumerable.Range(0, Articles).Select(i => $"case \"Name{i}\": return {i};\n")) +
        "default: return -1; } } }",
    });

    [Benchmark(Description = "TryGet as binary search + chunked switches (current)")]
    public bool ChunkedSwitch()
    {
        var chunks = (Articles + 255) / 256;
        string Chunk(int c) => $"static int G{c}(int i) {{ switch (i) {{" +
            string.Concat(Enumerable.Range(c * 256, 256).Where(i => i < Articles).Select(i => $"case {i}: return {i};\n")) +
            "default: return -1; } }\n";
        return Emit(new[]
        {
            "static class A { static readonly string[] N = {" + string.Concat(Enumerable.Range(0, Articles).Select(i => $"\"Name{i}\",")) + "};" +
            "public static int F(string s) { var i = System.Array.BinarySearch(N, s, System.StringComparer.Ordinal); if (i < 0) return -1; switch (i / 256) {" +
            string.Concat(Enumerable.Range(0, chunks).Select(c => $"case {c}: return G{c}(i);\n")) + "default: return -1; } }\n" +
            string.Concat(Enumerable.Range(0, chunks).Select(Chunk)) + "}",
        });
    }

    private static bool Emit(System.Collections.Generic.IEnumerable<string> sources)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "Shape",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, options)),
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.Emit(Stream.Null).Success;
    }
}
