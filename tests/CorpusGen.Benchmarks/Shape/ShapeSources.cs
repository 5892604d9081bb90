using System;
using System.Collections.Generic;
using System.Linq;
using CorpusGen.Benchmarks.Builds;
using CorpusGen.Corpus;
using CorpusGen.Emitting;
using CorpusGen.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Benchmarks.Shape;

/// <summary>One C# source of a variant: its file name and text.</summary>
internal sealed record Source(string Name, string Text)
{
    public bool IsSlot => Name.Contains(".Data", StringComparison.Ordinal);
}

/// <summary>
/// The BBC sources the research compiles: what CorpusGen generates (as the driver writes it, or re-emitted with
/// another number of slots), and the hand-written baseline of the <c>builds</c> benchmark, each with the consumer's
/// Program.cs as in <see cref="ConsumerProjects"/>.
/// </summary>
internal static class ShapeSources
{
    public const string RootNamespace = "Bbc";

    public static List<Source> HandWritten(IReadOnlyList<string> files) => new()
    {
        new("Program.cs", $"using {RootNamespace};\nSystem.Console.WriteLine($\"{{Texts.Count}} articles; first: {{Texts.T0.Split('\\n')[0].Trim()}}\");\n"),
        new("Texts.cs", HandWrittenLiterals.Source(files, RootNamespace)),
    };

    /// <summary>The generator's model of the BBC corpus (the driver's tracked Corpus step), and its sources.</summary>
    public static (CorpusModel Model, List<Source> Sources) Generate(IReadOnlyList<AdditionalText> texts)
    {
        var compilation = CSharpCompilation.Create("Consumer", references: Basic.Reference.Assemblies.Net100.References.All);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            texts,
            optionsProvider: BenchmarkCorpus.Options(BenchmarkCorpus.BbcRoot()),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation);
        var result = driver.GetRunResult().Results[0];
        var model = (CorpusModel)result.TrackedSteps[TrackingNames.Corpus][0].Outputs[0].Value;
        var sources = result.GeneratedSources.Select(s => new Source(s.HintName, s.SourceText.ToString())).ToList();
        return (model, WithProgram(sources));
    }

    /// <summary>
    /// The same corpus re-emitted with <paramref name="slotCount"/> slots (the generator has 64), by the generator's
    /// own emitters: articles regrouped by the same path hash, the index re-pointed, shards and the type unchanged.
    /// </summary>
    public static List<Source> WithSlots(CorpusModel model, int slotCount)
    {
        var index = model.Indexes.Single();
        var articles = model.Articles;
        var members = new List<ArticleSpec>[slotCount];
        var slotOf = new int[articles.Count];
        var localOf = new int[articles.Count];
        for (var a = 0; a < articles.Count; a++)
        {
            var slot = (int)(Fnv.HashMixed(articles[a].SourcePath) % (ulong)slotCount);
            members[slot] ??= new List<ArticleSpec>();
            slotOf[a] = slot;
            localOf[a] = members[slot].Count;
            members[slot].Add(articles[a]);
        }

        var sources = new List<Source>
        {
            new(index.HintName, IndexEmitter.Emit(index with { Slots = slotOf.ToEquatableArray(), Locals = localOf.ToEquatableArray() })),
            new(model.ArticleType!.ArticleTypeName + ".g.cs", ArticleTypeEmitter.Emit(model.ArticleType)),
        };
        sources.AddRange(model.SharedTexts.Where(s => !s.Paragraphs.IsEmpty).Select(s => new Source(s.HintName, SharedTextEmitter.Emit(s))));
        for (var slot = 0; slot < slotCount; slot++)
        {
            if (members[slot] is { } list)
            {
                var hex = SlotPlan.Hex(slot);
                var spec = new SlotSpec(index.Target, slot, "Articles.Data" + hex + ".g.cs", list.ToEquatableArray());
                sources.Add(new Source(spec.HintName, SlotEmitter.Emit(spec).Source));
            }
        }

        return WithProgram(sources);
    }

    private static List<Source> WithProgram(List<Source> generated)
    {
        generated.Insert(0, new Source("Program.cs", $"using {RootNamespace};\nSystem.Console.WriteLine($\"{{Articles.All.Count}} articles; first: {{Articles.All[0].Title}}\");\n"));
        return generated;
    }
}
