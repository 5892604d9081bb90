using System.Collections.Immutable;
using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Sdk;

namespace CorpusGen.Tests.InfrastructureTests;

public class IncrementalAssertTests
{
    private static readonly TestAdditionalText s_a = TestAdditionalText.FromString("/project/a.txt", "Alpha");
    private static readonly TestAdditionalText s_b = TestAdditionalText.FromString("/project/b.txt", "Beta");

    private static GeneratorRun RunEcho() => GeneratorHarness.Run(new EchoGenerator(), new AdditionalText[] { s_a, s_b });

    [Fact]
    public void A_rerun_without_edits_is_all_cached()
    {
        var second = RunEcho().Rerun();

        IncrementalAssert.AllOutputsCachedOrUnchanged(second);
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached }, IncrementalAssert.Reasons(second, EchoGenerator.FilesStep));
        Assert.Empty(IncrementalAssert.ModifiedSourceHintNames(second));
    }

    [Fact]
    public void An_edit_of_the_users_code_leaves_a_pipeline_over_AdditionalFiles_cached()
    {
        var second = RunEcho().Rerun(editCompilation: compilation => compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }")));

        IncrementalAssert.AllOutputsCachedOrUnchanged(second);
        Assert.Empty(IncrementalAssert.ModifiedSourceHintNames(second));
        Assert.Contains(second.OutputCompilation.SyntaxTrees, tree => tree.ToString().Contains("Unrelated"));
    }

    [Fact]
    public void The_first_run_produces_every_source()
    {
        Assert.Equal(new[] { "Echo_a.g.cs", "Echo_b.g.cs" }, IncrementalAssert.ModifiedSourceHintNames(RunEcho()));
    }

    [Fact]
    public void Replacing_one_text_reproduces_exactly_its_source()
    {
        var second = RunEcho().Rerun(driver => driver.ReplaceAdditionalText(s_a, s_a.WithText("Alpha 2")));

        Assert.Equal(new[] { "Echo_a.g.cs" }, IncrementalAssert.ModifiedSourceHintNames(second));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached }, IncrementalAssert.Reasons(second, EchoGenerator.FilesStep));
        Assert.Contains("Alpha 2", second.Source("Echo_a.g.cs"));
        var failure = Assert.Throws<XunitException>(() => IncrementalAssert.AllOutputsCachedOrUnchanged(second, EchoGenerator.FilesStep));
        Assert.Contains("Files[0]: Modified", failure.Message);
    }

    [Fact]
    public void Replacing_a_text_with_equal_content_reruns_nothing_downstream()
    {
        var second = RunEcho().Rerun(driver => driver.ReplaceAdditionalText(s_a, s_a.WithText("Alpha")));

        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached }, IncrementalAssert.Reasons(second, EchoGenerator.FilesStep));
        Assert.Empty(IncrementalAssert.ModifiedSourceHintNames(second));
        IncrementalAssert.AllOutputsCachedOrUnchanged(second);
    }

    [Fact]
    public void Removing_a_text_removes_its_source_without_reproducing_the_other()
    {
        var second = RunEcho().Rerun(driver => driver.RemoveAdditionalTexts(ImmutableArray.Create<AdditionalText>(s_b)));

        Assert.Equal(new[] { "Echo_a.g.cs" }, second.Sources.Select(s => s.HintName));
        Assert.Empty(IncrementalAssert.ModifiedSourceHintNames(second));
    }

    [Fact]
    public void A_misspelt_step_name_fails_rather_than_passing_vacuously()
    {
        var failure = Assert.Throws<XunitException>(() => IncrementalAssert.AllOutputsCachedOrUnchanged(RunEcho(), "Flies"));

        Assert.Contains("No tracked step 'Flies'", failure.Message);
        Assert.Contains("Files", failure.Message);
    }

    [Fact]
    public void Plain_record_outputs_hold_no_compiler_objects()
    {
        IncrementalAssert.NoCompilerObjectsInOutputs(RunEcho());
    }

    [Fact]
    public void A_captured_compilation_is_found_with_its_path()
    {
        var run = GeneratorHarness.Run(new LeakyGenerator());

        var failure = Assert.Throws<XunitException>(() => IncrementalAssert.NoCompilerObjectsInOutputs(run));

        Assert.Contains("Leaky[0]: value.<Items>k__BackingField[0].<Compilation>k__BackingField: Microsoft.CodeAnalysis.CSharp.CSharpCompilation", failure.Message);
    }
}
