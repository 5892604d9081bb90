using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Benchmarks.Shape;

/// <summary>
/// <c>shape [repetitions] [dump folder]</c>: what each part of the generated BBC shape costs the consumer's compiler
/// (docs/shape-research.md). Every variant is compiled in process as a real Release build compiles (see
/// <see cref="ShapeCompiler"/>), in alternating order with the hand-written baseline, and reported as the median of
/// its per-round ratio to that baseline. A guide for the shape; the claims come from the whole-process <c>builds</c>.
/// </summary>
internal static class ShapeCommand
{
    public const string Mode = "shape";

    private sealed record Variant(string Name, List<Source> Sources, ShapeCompiler Compiler, Microsoft.CodeAnalysis.CSharp.CSharpParseOptions? ParseOptions = null)
    {
        public List<CompileTime> Times { get; } = new();
    }

    public static int Run(string[] args)
    {
        var repetitions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var only = args.Length > 2 && args[2] != "-" ? args[2].Split(',') : null;
        var dump = args.Length > 3 ? args[3] : null;

        var texts = BenchmarkCorpus.LoadBbc();
        var (model, generated) = ShapeSources.Generate(texts.Cast<AdditionalText>().ToList());
        var handWritten = ShapeSources.HandWritten(texts.Select(t => t.Path).ToList());
        var build = new ShapeCompiler(documentationFile: false);
        var withDocs = new ShapeCompiler(documentationFile: true);
        Console.WriteLine($"real build: {build.Describe}; with GenerateDocumentationFile: {withDocs.Describe}");
        Console.WriteLine($"generated: {generated.Count - 1} sources, {generated.Sum(s => s.Text.Length):N0} characters; hand-written: {handWritten.Sum(s => s.Text.Length):N0}");
        var variants = new List<Variant>
        {
            new("baseline: hand-written literals", handWritten, build),
            new("a. as generated", generated, build),
            new("b. no doc comments on article properties", ShapeVariants.WithoutPropertyDocs(generated), build),
            new("b. as generated, DocumentationMode.Parse", generated, build, build.ParseOptions.WithDocumentationMode(DocumentationMode.Parse)),
            new("b. /doc baseline: hand-written literals", handWritten, withDocs),
            new("b. /doc as generated", generated, withDocs),
            new("b. /doc no doc comments on article properties", ShapeVariants.WithoutPropertyDocs(generated), withDocs),
            new("c. one literal per constant (verbatim)", ShapeVariants.OneLiteralPerConstant(generated), build),
            new("c. one literal per constant (escaped)", ShapeVariants.OneEscapedLiteralPerConstant(generated), build),
            new("c. folded operands, escaped", ShapeVariants.FoldedEscapedOperands(generated), build),
            new("d. no article properties", ShapeVariants.WithoutProperties(generated), build),
            new("d. properties as get blocks", ShapeVariants.PropertiesAsGetBlocks(generated), build),
            new("d. properties as static readonly fields (eager!)", ShapeVariants.PropertiesAsReadonlyFields(generated), build),
            new("d. properties => null! (no behaviour)", ShapeVariants.PropertiesReturningNull(generated), build),
            new("d. properties as bare fields (no behaviour)", ShapeVariants.PropertiesAsBareFields(generated), build),
            new("e. 16 slots", ShapeSources.WithSlots(model, 16), build),
            new("e. 32 slots", ShapeSources.WithSlots(model, 32), build),
            new("e. 64 slots (re-emitted)", ShapeSources.WithSlots(model, 64), build),
            new("e. 128 slots", ShapeSources.WithSlots(model, 128), build),
            new("e. no text (empty Meta/Text; no behaviour)", ShapeVariants.WithoutText(generated), build),
            new("e. no text, no properties", ShapeVariants.WithoutProperties(ShapeVariants.WithoutText(generated)), build),
            new("e. no text, no properties, no tables", ShapeVariants.WithoutTables(ShapeVariants.WithoutProperties(ShapeVariants.WithoutText(generated))), build),
            new("f. no offset tables (empty; no behaviour)", ShapeVariants.WithoutTables(generated), build),
            new("f. no #nullable enable", ShapeVariants.WithoutNullableDirective(generated), build),
            new("f. slots #nullable enable annotations", ShapeVariants.SlotsWithNullableAnnotationsOnly(generated), build),
            new("f. all #nullable enable annotations", ShapeVariants.AllWithNullableAnnotationsOnly(generated), build),
            new("h. no docs, properties => null!", ShapeVariants.PropertiesReturningNull(ShapeVariants.WithoutPropertyDocs(generated)), build),
            new("h. no docs, properties as bare fields", ShapeVariants.PropertiesAsBareFields(ShapeVariants.WithoutPropertyDocs(generated)), build),
            new("h. no docs, no text", ShapeVariants.WithoutText(ShapeVariants.WithoutPropertyDocs(generated)), build),
            new("h. no docs, string properties => null!", ShapeVariants.StringPropertiesReturningNull(ShapeVariants.WithoutPropertyDocs(generated)), build),
            new("h. no docs, properties in one file", ShapeVariants.PropertiesInOneFile(generated), build),
            new("g. string constants as literal properties", ShapeVariants.ConstantsAsLiteralProperties(generated), build),
            new("f. no docs + one literal per constant", ShapeVariants.OneLiteralPerConstant(ShapeVariants.WithoutPropertyDocs(generated)), build),
        };
        variants = variants.Where((v, i) => i == 0 || only is null || only.Any(o => v.Name.StartsWith(o, StringComparison.Ordinal))).ToList();
        foreach (var v in variants.Where(_ => dump is not null))
        {
            // One folder per variant, for whole-process builds of the same sources (Shape/shape-builds.sh).
            Dump(dump!, Slug(v.Name), v.Sources);
        }

        foreach (var v in variants)
        {
            Console.WriteLine($"  {v.Name}: {v.Sources.Count} sources, {v.Sources.Sum(s => s.Text.Length):N0} characters, {v.Compiler.Warnings(v.Sources)} warnings");
        }

        if (repetitions == 0)
        {
            return 0;
        }

        // Rounds -1 and 0 warm up the compiler (run with DOTNET_TieredCompilation=0 for steady code); then rounds in alternating order, so drift in the machine's load hits all alike.
        for (var round = -1; round <= repetitions; round++)
        {
            var order = (round & 1) == 0 ? variants : Enumerable.Reverse(variants).ToList();
            foreach (var variant in order)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var time = variant.Compiler.Compile(variant.Sources, variant.ParseOptions);
                if (round > 0)
                {
                    variant.Times.Add(time);
                }
            }

            Console.WriteLine($"  round {round}/{repetitions} done");
        }

        Report(variants);
        return 0;
    }

    private static void Report(List<Variant> variants)
    {
        var baseline = variants[0];
        var docBaseline = variants.FirstOrDefault(v => v.Name.StartsWith("b. /doc baseline", StringComparison.Ordinal)) ?? baseline;
        var generated = variants.FirstOrDefault(v => v.Name.StartsWith("a.", StringComparison.Ordinal));
        Console.WriteLine();
        Console.WriteLine("| variant | parse | declare | bind+emit | wall | CPU | CPU min | CPU / baseline | CPU / as generated | wall / baseline |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var v in variants)
        {
            var against = v.Compiler == baseline.Compiler ? baseline : docBaseline;
            Console.WriteLine($"| {v.Name} | {Median(v.Times.Select(t => t.Parse)):F0} ms | {Median(v.Times.Select(t => t.Declare)):F0} ms | " +
                $"{Median(v.Times.Select(t => t.Emit)):F0} ms | {Median(v.Times.Select(t => t.Total)):F0} ms | {Median(v.Times.Select(t => t.Cpu)):F0} ms | " +
                $"{v.Times.Min(t => t.Cpu.TotalMilliseconds):F0} ms | {Ratio(v, against, t => t.Cpu)} | {(generated is null ? "" : Ratio(v, generated, t => t.Cpu))} | {Ratio(v, against, t => t.Total)} |");
        }
    }

    /// <summary>The median of the per-round ratios, with their range: each round's variants ran back to back.</summary>
    private static string Ratio(Variant v, Variant against, Func<CompileTime, TimeSpan> measure)
    {
        var ratios = v.Times.Zip(against.Times, (a, b) => measure(a).TotalMilliseconds / measure(b).TotalMilliseconds).ToList();
        return $"{Median(ratios):F2}x ({ratios.Min():F2}-{ratios.Max():F2})";
    }

    private static double Median(IEnumerable<TimeSpan> times) => Median(times.Select(t => t.TotalMilliseconds));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Slug(string name) =>
        new string(name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray()).Trim('-').Replace("--", "-", StringComparison.Ordinal);

    private static void Dump(string folder, string name, List<Source> sources)
    {
        var directory = Path.Combine(folder, name);
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        foreach (var source in sources)
        {
            File.WriteAllText(Path.Combine(directory, source.Name), source.Text);
        }
    }
}
