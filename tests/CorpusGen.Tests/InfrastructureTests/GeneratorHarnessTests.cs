using System;
using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Sdk;

namespace CorpusGen.Tests.InfrastructureTests;

public class GeneratorHarnessTests
{
    private static readonly AdditionalText[] s_files =
    {
        TestAdditionalText.FromString("/project/b.txt", "Beta"),
        TestAdditionalText.FromString("/project/a.txt", "Alpha"),
        TestAdditionalText.FromString("/project/notes.md", "not an echo input"),
    };

    [Fact]
    public void Sources_are_ordered_by_hint_name_and_compile_cleanly()
    {
        var run = GeneratorHarness.Run(new EchoGenerator(), s_files);

        Assert.Equal(new[] { "Echo_a.g.cs", "Echo_b.g.cs" }, run.Sources.Select(s => s.HintName));
        Assert.Contains("\"Alpha\"", run.Source("Echo_a.g.cs"));
        Assert.Equal(OutputKind.DynamicallyLinkedLibrary, run.OutputCompilation.Options.OutputKind);
        run.AssertNoDiagnostics();
    }

    [Fact]
    public void CompileAndRun_returns_what_the_program_wrote()
    {
        var run = GeneratorHarness.Run(new EchoGenerator(), s_files, program: """
            System.Console.WriteLine(Echo_a.Text + " " + Echo_b.Text);
            System.Console.Write(args.Length);
            """);

        Assert.Equal("Alpha Beta\n0", run.CompileAndRun());
    }

    [Fact]
    public void CompileAndRun_passes_arguments_to_a_static_Main()
    {
        var run = GeneratorHarness.Run(new EchoGenerator(), s_files, program: """
            static class Program
            {
                static int Main(string[] args)
                {
                    System.Console.Write(string.Join("|", args) + ":" + Echo_b.Text);
                    return 3;
                }
            }
            """);

        Assert.Equal("x|y:Beta", run.CompileAndRun("x", "y"));
    }

    [Fact]
    public void A_compile_error_fails_CompileAndRun_with_the_offending_line()
    {
        var run = GeneratorHarness.Run(new EchoGenerator(), s_files, program: "System.Console.WriteLine(Echo_missing.Text);");

        var failure = Assert.Throws<XunitException>(() => run.CompileAndRun());

        Assert.Contains("Source0.cs(1,26): Error CS0103", failure.Message);
        Assert.Contains("| System.Console.WriteLine(Echo_missing.Text);", failure.Message);
    }

    [Fact]
    public void AssertNoCompileDiagnostics_reports_warnings_too()
    {
        var run = GeneratorHarness.Run(new EchoGenerator(), s_files, sources: new[] { "class C { void M() { int unused = 1; } }" });

        var failure = Assert.Throws<XunitException>(run.AssertNoCompileDiagnostics);

        Assert.Contains("Warning CS0219", failure.Message);
        Assert.Contains("| class C { void M() { int unused = 1; } }", failure.Message);
    }

    [Fact]
    public void Language_version_and_nullable_context_reach_the_compilation()
    {
        var run = GeneratorHarness.Run(new EchoGenerator(), s_files, languageVersion: LanguageVersion.CSharp7_3, nullable: NullableContextOptions.Disable);

        Assert.Equal(LanguageVersion.CSharp7_3, ((CSharpParseOptions)run.OutputCompilation.SyntaxTrees.First().Options).LanguageVersion);
        Assert.Equal(NullableContextOptions.Disable, ((CSharpCompilationOptions)run.OutputCompilation.Options).NullableContextOptions);
        run.AssertNoDiagnostics();
    }

    [Fact]
    public void Nullable_below_CSharp_8_is_refused_up_front()
    {
        Assert.Throws<ArgumentException>(() => GeneratorHarness.Run(new EchoGenerator(), s_files, languageVersion: LanguageVersion.CSharp7_3));
    }

    [Fact]
    public void A_generator_exception_fails_the_run_instead_of_becoming_a_warning()
    {
        var failure = Assert.Throws<XunitException>(() => GeneratorHarness.Run(new ThrowingGenerator()));

        Assert.Contains("The generator threw: System.InvalidOperationException: boom", failure.Message);
    }

    private sealed class ThrowingGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterPostInitializationOutput(static _ => throw new InvalidOperationException("boom"));
    }
}
