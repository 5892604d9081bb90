using System.Linq;
using CorpusGen.Tests.Generator;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Search;

/// <summary>With search on, an edit re-counts one file's terms and re-emits a bounded number of sources.</summary>
public class SearchIncrementalTests
{
    private static readonly TestAdditionalText[] s_files = SearchCorpus.Files();

    private static readonly IncrementalStepRunReason[] s_notRedone = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

    private static GeneratorRun FirstRun() => TestCorpus.Run(s_files, SearchCorpus.Options());

    [Fact]
    public void Second_run_without_changes_is_all_cached()
    {
        var second = FirstRun().Rerun();

        IncrementalAssert.AllOutputsCachedOrUnchanged(second);
        Assert.Empty(IncrementalAssert.ModifiedSourceHintNames(second));
    }

    [Fact]
    public void Editing_one_word_of_a_body_recounts_that_file_and_changes_its_slot_the_root_and_the_shards_of_the_two_words()
    {
        var storm = s_files.Single(f => f.Path.EndsWith("storm.txt", System.StringComparison.Ordinal));
        var edited = storm.WithText(SearchCorpus.Storm.Replace("winter storm", "spring storm"));
        var second = FirstRun().Rerun(driver => driver.ReplaceAdditionalText(storm, edited));

        Assert.Equal(1, IncrementalAssert.Reasons(second, TrackingNames.ArticleTerms).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(s_files.Length - 1, IncrementalAssert.Reasons(second, TrackingNames.ArticleTerms).Count(r => r == IncrementalStepRunReason.Cached));
        var shards = new[] { "winter", "spring" }.Select(t => "Articles.SearchTerms" + Runtime.SearchTokenizer.ShardOf(t).ToString("X", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs");
        var expected = shards.Append(IncrementalTests.SlotSource(storm.RelativePath())).Distinct().OrderBy(h => h, System.StringComparer.Ordinal);
        // The body's length in terms is unchanged, so the root (document lengths) is too.
        Assert.Equal(expected, IncrementalAssert.ModifiedSourceHintNames(second));
        Assert.Contains("spring", second.Source(shards.Last()));
    }

    [Fact]
    public void Editing_one_word_of_a_body_re_merges_only_the_shards_of_the_two_words()
    {
        var storm = s_files.Single(f => f.Path.EndsWith("storm.txt", System.StringComparison.Ordinal));
        var edited = storm.WithText(SearchCorpus.Storm.Replace("winter storm", "spring storm"));
        var second = FirstRun().Rerun(driver => driver.ReplaceAdditionalText(storm, edited));

        var merges = IncrementalAssert.Reasons(second, TrackingNames.SearchShardMerges);
        var touched = new[] { "winter", "spring" }.Select(Runtime.SearchTokenizer.ShardOf).Distinct().Count();
        Assert.Equal(Runtime.SearchTokenizer.ShardCount, merges.Count);
        Assert.Equal(touched, merges.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(merges.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        // Same lengths and the same storage: the documents table and the decision do not change either.
        Assert.All(IncrementalAssert.Reasons(second, TrackingNames.SearchLengths), r => Assert.Contains(r, s_notRedone));
        Assert.All(IncrementalAssert.Reasons(second, TrackingNames.SearchStorage), r => Assert.Contains(r, s_notRedone));
    }

    [Fact]
    public void An_edit_that_shifts_positions_gives_the_sources_a_fresh_run_gives()
    {
        const string Program = """
            System.Console.WriteLine(string.Join(",", System.Linq.Enumerable.Select(Demo.Articles.Search("\"long winter storm\""), h => h.Article.Name)));
            """;
        var storm = s_files.Single(f => f.Path.EndsWith("storm.txt", System.StringComparison.Ordinal));
        var edited = storm.WithText(SearchCorpus.Storm.Replace("winter storm", "long winter storm"));
        var second = TestCorpus.Run(s_files, SearchCorpus.Options(), Program).Rerun(driver => driver.ReplaceAdditionalText(storm, edited));
        var fresh = TestCorpus.Run(s_files.Select(f => f == storm ? edited : f), SearchCorpus.Options(), Program);

        // The body is a term longer: the root changes, and every later position of the file's terms moves.
        Assert.Contains("Articles.Search.g.cs", IncrementalAssert.ModifiedSourceHintNames(second));
        Assert.Equal(fresh.Sources.Select(s => (s.HintName, s.Text)), second.Sources.Select(s => (s.HintName, s.Text)));
        Assert.Equal("StormClosesCoastalRoads" + System.Environment.NewLine, second.CompileAndRun());
    }

    [Fact]
    public void An_unrelated_code_edit_regenerates_nothing()
    {
        var second = FirstRun().Rerun(editCompilation: c => c.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }")));

        Assert.Empty(IncrementalAssert.ModifiedSourceHintNames(second));
    }

    [Fact]
    public void Turning_search_on_keeps_the_parse_cached()
    {
        var off = TestCorpus.Run(s_files, SearchCorpus.Options(search: false));
        var on = off.Rerun(driver => driver.WithUpdatedAnalyzerConfigOptions(SearchCorpus.Options()));

        Assert.All(IncrementalAssert.Reasons(on, TrackingNames.ParsedArticles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains(on.Sources, s => s.HintName == "Article.Search.g.cs");
        Assert.Contains(on.Sources, s => s.HintName == "Articles.Search.g.cs");
    }
}
