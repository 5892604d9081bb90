using System;
using System.Linq;
using CorpusGen.Corpus;
using CorpusGen.Emitting;
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
    public void A_placeholder_compiles_with_the_index_and_code_that_names_the_article()
    {
        var run = TestCorpus.Run(
            new AdditionalText[] { TestCorpus.Seed(), TestCorpus.File("corpus/ferry.txt", TestCorpus.Texts.Ferry) },
            program: "System.Console.Write(Demo.Articles.All.Count + \" \" + Demo.Articles.BanKiMoon.SourcePath + \" \" + Demo.Articles.BanKiMoon.Paragraphs.Count);");
        var spec = new ArticleSpec(
            new EmitTarget("Demo", "Articles", IsPublic: false, SupportsNullable: true, HasNotNullWhen: true),
            "BanKiMoon",
            "Articles.BanKiMoon.g.cs",
            "corpus/000_4b3ca78899aa5c2a.txt",
            null!,
            Helpers.EquatableArray<string>.Empty);
        var options = (CSharpParseOptions)run.OutputCompilation.SyntaxTrees.First().Options;
        var generated = run.OutputCompilation.SyntaxTrees.First(t => t.FilePath.EndsWith("Articles.BanKiMoon.g.cs", StringComparison.Ordinal));
        var compilation = run.OutputCompilation.ReplaceSyntaxTree(generated, CSharpSyntaxTree.ParseText(ArticleEmitter.EmitPlaceholder(spec), options, generated.FilePath));

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal("2 corpus/000_4b3ca78899aa5c2a.txt 0", ProgramRunner.Run(compilation, Array.Empty<string>()));
    }
}
