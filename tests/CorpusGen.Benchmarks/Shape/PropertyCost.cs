using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace CorpusGen.Benchmarks.Shape;

/// <summary>
/// <c>property-cost [rounds]</c>: what 2,127 static properties (the BBC corpus's articles) cost the compiler by the
/// form of their body, in a synthetic class with nothing else in it (docs/shape-research.md, "Shells"). CPU time of
/// parse + emit (PE, portable PDB, reference assembly), medians over alternating rounds.
/// </summary>
internal static class PropertyCost
{
    public const string Mode = "property-cost";

    private const int Count = 2127;

    public static int Run(string[] args)
    {
        var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 9;
        var variants = new (string Name, List<string> Sources)[]
        {
            ("no properties", new List<string> { "namespace N { internal sealed class Article {} internal static class A {} }" }),
            ("string => \"lit\" (one class)", OneClass("string", "\"lit\"")),
            ("string => null (one class)", OneClass("string", "null")),
            ("Article => null (one class)", OneClass("global::N.Article", "null")),
            ("Article => null (64 partial files)", Partial("null", nested: false)),
            ("Article => X (a static field)", OneClass("global::N.Article", "X", "  private static Article X = null;\n")),
            ("Article => Get(0) (own method)", OneClass("global::N.Article", "Get(0)", "  internal static Article Get(int i) => null;\n")),
            ("Article => D.Get(0) (64 partial files, nested type each)", Partial("D$P.Get(0)", nested: true)),
            ("Article => D.Articles[i] (64 partial files, nested type each)", Shells()),
        };

        var times = variants.ToDictionary(v => v.Name, _ => new List<double>());
        for (var round = -2; round < rounds; round++)
        {
            foreach (var (name, sources) in round % 2 == 0 ? variants : variants.Reverse())
            {
                GC.Collect();
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                Compile(sources);
                if (round >= 0)
                {
                    times[name].Add((Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds);
                }
            }
        }

        Console.WriteLine($"| {Count:N0} properties as | CPU (median of {rounds}) | min |");
        Console.WriteLine("| --- | ---: | ---: |");
        foreach (var (name, _) in variants)
        {
            var sorted = times[name].OrderBy(t => t).ToList();
            Console.WriteLine($"| {name} | {sorted[sorted.Count / 2]:F0} ms | {sorted[0]:F0} ms |");
        }

        return 0;
    }

    private static string Properties(int from, int to, string type, string body)
    {
        var text = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            text.Append("        public static ").Append(type).Append(" P").Append(i).Append(" => ").Append(body).Append(";\n");
        }

        return text.ToString();
    }

    private static List<string> OneClass(string type, string body, string extra = "") =>
        new() { "namespace N {\n internal sealed class Article {}\n internal static class A {\n" + Properties(0, Count, type, body) + extra + "}\n}\n" };

    private static List<string> Partial(string body, bool nested)
    {
        var sources = new List<string> { "namespace N {\n internal sealed class Article {}\n internal static partial class A { }\n}\n" };
        for (var part = 0; part < 64; part++)
        {
            var type = nested ? $"  private static class D{part} {{ internal static Article Get(int i) => null; }}\n" : "";
            sources.Add("namespace N {\n internal static partial class A {\n" + Properties(Count * part / 64, Count * (part + 1) / 64, "global::N.Article", body.Replace("$P", part.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)) + type + "}\n}\n");
        }

        return sources;
    }

    private static List<string> Shells()
    {
        var sources = new List<string> { "namespace N {\n internal sealed class Article { internal static Article[] Make(int n) => new Article[n]; }\n internal static partial class A { }\n}\n" };
        for (var part = 0; part < 64; part++)
        {
            int from = Count * part / 64, to = Count * (part + 1) / 64;
            var properties = new StringBuilder();
            for (var i = from; i < to; i++)
            {
                properties.Append($"        public static global::N.Article P{i} => D{part}.Articles[{i - from}];\n");
            }

            sources.Add("namespace N {\n internal static partial class A {\n" + properties + $"  private static class D{part} {{ internal static readonly Article[] Articles = Article.Make({to - from}); }}\n" + "}\n}\n");
        }

        return sources;
    }

    private static void Compile(List<string> sources)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None);
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parse, $"f{i}.cs", Encoding.UTF8))
            .Append(CSharpSyntaxTree.ParseText("System.Console.WriteLine();", parse, "Program.cs", Encoding.UTF8));
        var compilation = CSharpCompilation.Create(
            "PropertyCost",
            trees,
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        using var reference = new MemoryStream();
        var result = compilation.Emit(pe, pdb, metadataPEStream: reference, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, includePrivateMembers: false));
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics.Take(3)));
        }
    }
}
