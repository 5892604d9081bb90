using System.Linq;
using CorpusGen.Corpus;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// The generator runs on every keystroke in an IDE: an unchanged corpus must cost nothing, and an edited file
/// must regenerate only its own slot's source (plus the index when a name changes).
/// </summary>
public class IncrementalTests
{
    private static readonly TestAdditionalText s_seed = TestCorpus.Seed();
    private static readonly TestAdditionalText s_ferry = TestCorpus.File("corpus/ferry.txt", TestCorpus.Texts.Ferry);
    private static readonly TestAdditionalText s_library = TestCorpus.File("corpus/library.txt", TestCorpus.Texts.Library);

    private static GeneratorRun FirstRun() => TestCorpus.Run(new AdditionalText[] { s_seed, s_ferry, s_library });

    /// <summary>The generated source holding the article read from <paramref name="relativePath"/>.</summary>
    internal static string SlotSource(string relativePath) => "Articles.Data" + SlotPlan.Hex(SlotPlan.SlotOf(relativePath)) + ".g.cs";

    private static string[] Sorted(params string[] hintNames) => hintNames.Distinct().OrderBy(h => h, System.StringComparer.Ordinal).ToArray();

    [Fact]
    public void First_run_generates_the_type_the_index_and_one_source_per_slot_in_use()
    {
        Assert.Equal(
            Sorted("Article.g.cs", "Articles.g.cs", SlotSource(s_seed.RelativePath()), SlotSource(s_ferry.RelativePath()), SlotSource(s_library.RelativePath())),
            IncrementalAssert.ModifiedSourceHintNames(FirstRun()));
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
    public void Editing_a_body_regenerates_only_that_articles_slot()
    {
        var edited = s_ferry.WithText(TestCorpus.Texts.Ferry.Replace("two extra", "three extra"));
        var second = FirstRun().Rerun(driver => driver.ReplaceAdditionalText(s_ferry, edited));

        var slot = SlotSource(s_ferry.RelativePath());
        Assert.Equal(new[] { slot }, IncrementalAssert.ModifiedSourceHintNames(second));
        Assert.Contains("three extra", second.Source(slot));
        Assert.Equal(1, IncrementalAssert.Reasons(second, TrackingNames.ParsedArticles).Count(r => r == IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void Editing_a_trailer_line_without_changing_its_length_regenerates_that_articles_slot()
    {
        // The trailer is in neither the content id nor the paragraph hashes, and its position does not move: only
        // the file's text itself tells the two models apart.
        const string Text = "Harbour ferry adds late sailings\n\nThe ferry will run two extra evening sailings.\n\n\u00A9 Harbour Press 2015\nFollow us on Mastodon\n";
        var ferry = TestCorpus.File("corpus/ferry.txt", Text);
        var first = TestCorpus.Run(new AdditionalText[] { s_seed, ferry, s_library });
        var edited = ferry.WithText(Text.Replace("Mastodon", "Bluesky!", System.StringComparison.Ordinal));

        var second = first.Rerun(driver => driver.ReplaceAdditionalText(ferry, edited));

        var slot = SlotSource(ferry.RelativePath());
        Assert.Contains("Follow us on Mastodon", first.Source(slot));
        Assert.Equal(new[] { slot }, IncrementalAssert.ModifiedSourceHintNames(second));
        Assert.Contains("Follow us on Bluesky!", second.Source(slot));
        Assert.DoesNotContain("Mastodon", second.Source(slot));
    }

    [Fact]
    public void Editing_a_headline_regenerates_that_articles_slot_and_the_index()
    {
        var edited = s_ferry.WithText(TestCorpus.Texts.Ferry.Replace("Harbour ferry adds late sailings", "Ferry timetable changes"));
        var second = FirstRun().Rerun(driver => driver.ReplaceAdditionalText(s_ferry, edited));

        var slot = SlotSource(s_ferry.RelativePath());
        Assert.Equal(Sorted(slot, "Articles.g.cs"), IncrementalAssert.ModifiedSourceHintNames(second));
        Assert.Contains(" FerryTimetableChanges => ", second.Source(slot));
        Assert.DoesNotContain("HarbourFerryAddsLateSailings", second.Source(slot));
    }

    [Fact]
    public void Adding_a_file_that_sorts_first_leaves_the_other_slots_alone()
    {
        // Slots are fixed positions of the SelectMany (the driver matches its outputs by position), so nothing shifts.
        var added = TestCorpus.File("corpus/aaa.txt", "A new story\nIt happened today.\n");
        var second = FirstRun().Rerun(driver => driver.AddAdditionalTexts(new AdditionalText[] { added }.ToImmutableArray()));

        Assert.Equal(Sorted(SlotSource(added.RelativePath()), "Articles.g.cs"), IncrementalAssert.ModifiedSourceHintNames(second));
    }

    [Fact]
    public void Removing_the_first_file_changes_only_the_index_and_its_slot()
    {
        var second = FirstRun().Rerun(driver => driver.RemoveAdditionalTexts(new AdditionalText[] { s_seed }.ToImmutableArray()));

        var slot = SlotSource(s_seed.RelativePath());
        Assert.Empty(IncrementalAssert.ModifiedSourceHintNames(second).Except(new[] { slot, "Articles.g.cs" }));
        Assert.Contains("Articles.g.cs", IncrementalAssert.ModifiedSourceHintNames(second));
        Assert.DoesNotContain(second.Sources, s => s.Text.Contains(" BanKiMoon => ", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_listed_twice_becomes_one_article()
    {
        var run = TestCorpus.Run(new AdditionalText[] { s_ferry, s_ferry.WithText(TestCorpus.Texts.Ferry), s_library });

        run.AssertNoCompileDiagnostics();
        Assert.Equal(1, run.Sources.Sum(s => CountOf(s.Text, " HarbourFerryAddsLateSailings => ")));
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
    public void Adding_a_file_adds_its_article_to_its_slot_and_updates_the_index()
    {
        var added = TestCorpus.File("corpus/zz-new.txt", "A new story\nIt happened today.\n");
        var second = FirstRun().Rerun(driver => driver.AddAdditionalTexts(new AdditionalText[] { added }.ToImmutableArray()));

        var slot = SlotSource(added.RelativePath());
        Assert.Equal(Sorted(slot, "Articles.g.cs"), IncrementalAssert.ModifiedSourceHintNames(second));
        Assert.Contains(" ANewStory => ", second.Source(slot));
    }

    [Fact]
    public void Pipeline_values_hold_no_compiler_objects()
    {
        var run = FirstRun();

        IncrementalAssert.NoCompilerObjectsInOutputs(run, TrackingNames.ParsedArticles, TrackingNames.Options, TrackingNames.Corpus, TrackingNames.Slots, TrackingNames.Indexes, TrackingNames.ArticleType);
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, System.StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, System.StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

internal static class ImmutableArrayExtensions
{
    /// <summary>The project-relative path the generator sees for a test file under <see cref="TestCorpus.ProjectDir"/>.</summary>
    public static string RelativePath(this TestAdditionalText text) => text.Path.Substring(TestCorpus.ProjectDir.Length);

    public static System.Collections.Immutable.ImmutableArray<T> ToImmutableArray<T>(this T[] items) =>
        System.Collections.Immutable.ImmutableArray.Create(items);
}
