using System;
using System.Linq;
using CorpusGen.Corpus;
using CorpusGen.Emitting;
using CorpusGen.Helpers;
using CorpusGen.Tests.Generator;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Emitting;

/// <summary>An emitter that throws becomes CG0006, and a placeholder keeps the code that refers to it compiling.</summary>
public class SafeEmitTests
{
    [Fact]
    public void A_working_emitter_gives_its_source_and_no_diagnostic()
    {
        var (source, error) = SafeEmit.Run(() => "class A { }", () => "placeholder", "a.txt");

        Assert.Equal("class A { }", source);
        Assert.Null(error);
    }

    [Fact]
    public void A_failing_emitter_gives_CG0006_naming_the_origin_and_the_placeholder()
    {
        var (source, error) = SafeEmit.Run(() => throw new InvalidOperationException("boom"), () => "placeholder", "corpus/a.txt");

        Assert.Equal("placeholder", source);
        Assert.Equal("CG0006", error!.Id);
        Assert.Contains("corpus/a.txt", error.ToDiagnostic().GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_placeholder_leaves_no_source_but_the_diagnostic()
    {
        var (source, error) = SafeEmit.Run(() => throw new InvalidOperationException("boom"), () => throw new InvalidOperationException("again"), "a.txt");

        Assert.Null(source);
        Assert.Equal("CG0006", error!.Id);
    }

    [Fact]
    public void Cancellation_is_not_an_error()
        => Assert.Throws<OperationCanceledException>(() => SafeEmit.Run(() => throw new OperationCanceledException(), null, "a.txt"));

    [Fact]
    public void An_article_that_cannot_be_written_becomes_CG0006_and_a_placeholder_that_compiles_with_the_index()
    {
        var run = TestCorpus.Run(
            new AdditionalText[] { TestCorpus.Seed() },
            program: "System.Console.Write(Demo.Articles.All.Count + \" \" + Demo.Articles.BanKiMoon.SourcePath + \" \" + Demo.Articles.BanKiMoon.Paragraphs.Count);");
        var slot = SlotOfSeed();

        // A null content makes the emitter throw on this article only.
        var (source, errors) = SlotEmitter.Emit(slot);

        Assert.Equal("CG0006", Assert.Single(errors).Id);
        Assert.Contains(TestCorpus.SeedRelativePath, errors[0].ToDiagnostic().GetMessage(), StringComparison.Ordinal);
        Assert.Equal("1 corpus/000_4b3ca78899aa5c2a.txt 0", run.RunWithSource(slot.HintName, source));
    }

    [Fact]
    public void A_slot_of_placeholders_compiles_with_the_index()
    {
        var run = TestCorpus.Run(
            new AdditionalText[] { TestCorpus.Seed() },
            program: "System.Console.Write(Demo.Articles.All.Count + \" \" + Demo.Articles.BanKiMoon.Name + \" \" + Demo.Articles.BanKiMoon.Paragraphs.Count);");
        var slot = SlotOfSeed();

        Assert.Equal("1 BanKiMoon 0", run.RunWithSource(slot.HintName, SlotEmitter.EmitPlaceholders(slot)));
    }

    private static SlotSpec SlotOfSeed()
    {
        var hex = SlotPlan.Hex(SlotPlan.SlotOf(TestCorpus.SeedRelativePath));
        return new SlotSpec(
            new EmitTarget("Demo", "Articles", IsPublic: false, SupportsNullable: true, HasNotNullWhen: true),
            SlotPlan.SlotOf(TestCorpus.SeedRelativePath),
            "Articles.Data" + hex + ".g.cs",
            new[] { new ArticleSpec("BanKiMoon", TestCorpus.SeedRelativePath, null!, Helpers.EquatableArray<string>.Empty) }.ToEquatableArray());
    }
}
