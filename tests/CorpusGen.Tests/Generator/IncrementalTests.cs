using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// The generator runs on every keystroke in an IDE: an unchanged corpus must cost nothing, and an edited file
/// must regenerate only its own article (plus the index when a name changes).
/// </summary>
public class IncrementalTests
{
    private static readonly TestAdditionalText s_seed = TestCorpus.Seed();
    private static readonly TestAdditionalText s_ferry = TestCorpus.File("corpus/ferry.txt", TestCorpus.Texts.Ferry);
    private static readonly TestAdditionalText s_library = TestCorpus.File("corpus/library.txt", TestCorpus.Texts.Library);

    private static GeneratorRun FirstRun() => TestCorpus.Run(new AdditionalText[] { s_seed, s_ferry, s_library });

    [Fact]
    public void First_run_generates_every_source()
    {
        Assert.Equal(
            new[] { "Article.g.cs", "Articles.BanKiMoon.g.cs", "Articles.HarbourFerryAddsLateSailings.g.cs", "Articles.LibraryOpensOnSundays.g.cs", "Articles.g.cs" },
            IncrementalAssert.ModifiedSourceHintNames(FirstRun()).OrderBy(h => h, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Second_run_without_changes_is_all_cached()
    {
        var second = FirstRun().Rerun();

        IncrementalAssert.AllOutputsCachedOrUnchanged(second);
        Assert.Empty(IncrementalAssert.ModifiedSourceHintNames(second));
    }

    [Fact]
    public void An_unrelated_code_edit_regenerates_nothing()
    {
        var second = FirstRun().Rerun(editCompilation: c => c.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }")));

        Assert.Empty(IncrementalAssert.ModifiedSourceHintNames(second));
        Assert.All(IncrementalAssert.Reasons(second, TrackingNames.ParsedArticles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Editing_a_body_regenerates_only_that_article()
    {
        var edited = s_ferry.WithText(TestCorpus.Texts.Ferry.Replace("two extra", "three extra"));
        var second = FirstRun().Rerun(driver => driver.ReplaceAdditionalText(s_ferry, edited));

        Assert.Equal(new[] { "Articles.HarbourFerryAddsLateSailings.g.cs" }, IncrementalAssert.ModifiedSourceHintNames(second));
        Assert.Contains("three extra", second.Source("Articles.HarbourFerryAddsLateSailings.g.cs"));
        Assert.Equal(1, IncrementalAssert.Reasons(second, TrackingNames.ParsedArticles).Count(r => r == IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void Editing_a_headline_regenerates_that_article_and_the_index()
    {
        var edited = s_ferry.WithText(TestCorpus.Texts.Ferry.Replace("Harbour ferry adds late sailings", "Ferry timetable changes"));
        var second = FirstRun().Rerun(driver => driver.ReplaceAdditionalText(s_ferry, edited));

        Assert.Equal(
            new[] { "Articles.FerryTimetableChanges.g.cs", "Articles.g.cs" },
            IncrementalAssert.ModifiedSourceHintNames(second).OrderBy(h => h, System.StringComparer.Ordinal));
        Assert.DoesNotContain(second.Sources, s => s.HintName == "Articles.HarbourFerryAddsLateSailings.g.cs");
    }

    [Fact]
    public void Adding_a_file_that_sorts_first_leaves_the_other_articles_alone()
    {
        // The driver matches a SelectMany's outputs by position; articles are routed per file so nothing shifts.
        var added = TestCorpus.File("corpus/aaa.txt", "A new story\nIt happened today.\n");
        var second = FirstRun().Rerun(driver => driver.AddAdditionalTexts(new AdditionalText[] { added }.ToImmutableArray()));

        Assert.Equal(new[] { "Articles.ANewStory.g.cs", "Articles.g.cs" }, IncrementalAssert.ModifiedSourceHintNames(second));
    }

    [Fact]
    public void Removing_the_first_file_leaves_the_other_articles_alone()
    {
        var second = FirstRun().Rerun(driver => driver.RemoveAdditionalTexts(new AdditionalText[] { s_seed }.ToImmutableArray()));

        Assert.Equal(new[] { "Articles.g.cs" }, IncrementalAssert.ModifiedSourceHintNames(second));
        Assert.DoesNotContain(second.Sources, s => s.HintName == "Articles.BanKiMoon.g.cs");
    }

    [Fact]
    public void A_file_listed_twice_becomes_one_article()
    {
        var run = TestCorpus.Run(new AdditionalText[] { s_ferry, s_ferry.WithText(TestCorpus.Texts.Ferry), s_library });

        run.AssertNoCompileDiagnostics();
        Assert.Equal(1, run.Sources.Count(s => s.HintName == "Articles.HarbourFerryAddsLateSailings.g.cs"));
        Assert.Equal(new[] { "CG0004" }, run.GeneratorDiagnosticIds);
        var second = run.Rerun();
        Assert.Empty(IncrementalAssert.ModifiedSourceHintNames(second));
    }

    [Fact]
    public void Corpus_diagnostics_are_still_reported_after_an_edit_that_leaves_them_unchanged()
    {
        var first = TestCorpus.Run(new AdditionalText[] { s_seed, s_ferry, s_ferry.WithText(TestCorpus.Texts.Ferry), s_library });
        var edited = s_library.WithText(TestCorpus.Texts.Library.Replace("Sundays", "Saturdays", System.StringComparison.Ordinal));

        var second = first.Rerun(driver => driver.ReplaceAdditionalText(s_library, edited));

        Assert.Contains("CG0004", first.GeneratorDiagnosticIds);
        Assert.Equal(first.GeneratorDiagnosticIds.OrderBy(id => id), second.GeneratorDiagnosticIds.OrderBy(id => id));
        Assert.All(IncrementalAssert.Reasons(second, TrackingNames.CorpusDiagnostics), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
    }

    [Fact]
    public void Adding_a_file_adds_its_article_and_updates_the_index()
    {
        var added = TestCorpus.File("corpus/zz-new.txt", "A new story\nIt happened today.\n");
        var second = FirstRun().Rerun(driver => driver.AddAdditionalTexts(new AdditionalText[] { added }.ToImmutableArray()));

        Assert.Equal(
            new[] { "Articles.ANewStory.g.cs", "Articles.g.cs" },
            IncrementalAssert.ModifiedSourceHintNames(second).OrderBy(h => h, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Pipeline_values_hold_no_compiler_objects()
    {
        var run = FirstRun();

        IncrementalAssert.NoCompilerObjectsInOutputs(run, TrackingNames.ParsedArticles, TrackingNames.Options, TrackingNames.Corpus, TrackingNames.Articles, TrackingNames.Indexes, TrackingNames.ArticleType);
    }
}

internal static class ImmutableArrayExtensions
{
    public static System.Collections.Immutable.ImmutableArray<T> ToImmutableArray<T>(this T[] items) =>
        System.Collections.Immutable.ImmutableArray.Create(items);
}
