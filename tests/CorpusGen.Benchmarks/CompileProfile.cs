using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Where the consumer's compiler spends its time on the generated BBC sources (in process, warmed up): parsing,
/// declaring, binding every method body, emitting. A guide for the shape of generated code; the claims come from
/// the whole-process `builds` mode.
/// </summary>
internal static class CompileProfile
{
    public static void Run(int repetitions)
    {
        var texts = BenchmarkCorpus.LoadBbc();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release);
        var empty = CSharpCompilation.Create("Consumer", references: Basic.Reference.Assemblies.Net100.References.All, options: options);
        CSharpGeneratorDriver.Create(new[] { new CorpusGenerator().AsSourceGenerator() }, texts, optionsProvider: BenchmarkCorpus.Options(BenchmarkCorpus.BbcRoot()))
            .RunGeneratorsAndUpdateCompilation(empty, out var generated, out _);
        var sources = generated.SyntaxTrees.Select(t => (t.FilePath, Text: t.GetText())).ToList();
        Console.WriteLine($"compile profile: {sources.Count} generated files, {sources.Sum(s => s.Text.Length):N0} characters");

        TimeSpan parse = default, declare = default, bind = default, emit = default;
        for (var r = 0; r <= repetitions; r++)
        {
            var watch = Stopwatch.StartNew();
            var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, CSharpParseOptions.Default, s.FilePath)).ToList();
            var parsed = watch.Elapsed;
            var compilation = empty.AddSyntaxTrees(trees);
            compilation.GetDeclarationDiagnostics();
            var declared = watch.Elapsed;
            var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            var bound = watch.Elapsed;
            compilation.Emit(Stream.Null);
            var emitted = watch.Elapsed;
            if (errors > 0)
            {
                throw new InvalidOperationException(errors + " compile errors");
            }

            if (r > 0)
            {
                parse += parsed;
                declare += declared - parsed;
                bind += bound - declared;
                emit += emitted - bound;
            }
        }

        foreach (var (name, time) in new[] { ("parse", parse), ("declare", declare), ("bind (GetDiagnostics)", bind), ("emit", emit) })
        {
            Console.WriteLine($"  {name,-28} {time.TotalMilliseconds / repetitions,8:F1} ms");
        }
    }
}
