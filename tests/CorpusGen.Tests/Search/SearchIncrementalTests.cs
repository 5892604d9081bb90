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
