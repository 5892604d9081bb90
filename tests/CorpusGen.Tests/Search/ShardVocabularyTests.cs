using System.Linq;
using System.Threading.Tasks;
using CorpusGen.Corpus;
using CorpusGen.Parsing;
using Xunit;

namespace CorpusGen.Tests.Search;

/// <summary>
/// The shards' vocabularies outlive a run (so an edit looks up only the files that changed): what one corpus leaves
/// in them must never reach another's index, and corpora merged at once on many threads (the compiler server builds
/// projects in parallel) must each get the index they would get alone.
/// </summary>
public class ShardVocabularyTests
{
    private static readonly EmitTarget s_target = new("Demo", "Articles", false, true, true);

    private static ArticleTerms?[] Corpus(string prefix, int documents)
        => Enumerable.Range(0, documents)
            .Select(d => (ArticleTerms?)ArticleTerms.From(prefix + d, prefix + "title" + d, new[] { string.Join(" ", Enumerable.Range(0, 40).Select(w => prefix + "w" + ((w * 7) + d) % 97)) }))
            .ToArray();

    private static string[] Index(ArticleTerms?[] corpus)
    {
        var (root, shards) = SearchIndexBuilder.BuildClass(s_target, "Articles", corpus, default);
        return shards.Select(s => string.Join("|", s.Terms) + "#" + s.Postings).Prepend(CorpusGen.Emitting.SearchEmitter.Documents(root)).ToArray();
    }

    [Fact]
    public void Terms_another_corpus_left_in_the_vocabularies_do_not_reach_an_index()
    {
        var alone = Index(Corpus("vocabone", 12));
        Index(Corpus("vocabtwo", 30));
        var again = Index(Corpus("vocabone", 12));
        Assert.Equal(alone, again);
        Assert.DoesNotContain(again, shard => shard.Contains("vocabtwo"));
    }

    [Fact]
    public void Corpora_merged_on_many_threads_at_once_each_get_their_own_index()
    {
        var corpora = Enumerable.Range(0, 8).Select(c => Corpus("par" + c + "x", 10 + c)).ToArray();
        var expected = corpora.Select(Index).ToArray();
        // Fresh ArticleTerms each time, so the threads also look files up and add terms concurrently.
        var results = new string[corpora.Length * 6][];
        Parallel.For(0, results.Length, i => results[i] = Index(Corpus("par" + (i % corpora.Length) + "x", 10 + (i % corpora.Length))));
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % corpora.Length], results[i]);
        }
    }

    [Fact]
    public void Each_merge_lists_exactly_its_own_terms_in_ordinal_order_whatever_the_merge_before_it_listed()
    {
        var full = Corpus("order", 9);
        var unique = (ArticleTerms?)ArticleTerms.From("extra", "orderonlyhere zz", new[] { "orderalsoonlyhere aa" });
        var corpora = new[] { full, full.Append(unique).ToArray(), full, full.Take(8).ToArray(), full };
        foreach (var corpus in corpora)
        {
            var (_, shards) = SearchIndexBuilder.BuildClass(s_target, "Articles", corpus, default);
            var expected = corpus
                .SelectMany(d => d!.Shards.SelectMany(shard => shard.Terms.Split('\n', System.StringSplitOptions.RemoveEmptyEntries)))
                .Distinct()
                .GroupBy(Runtime.SearchTokenizer.ShardOf)
                .ToDictionary(g => g.Key, g => g.OrderBy(t => t, System.StringComparer.Ordinal).ToArray());
            for (var s = 0; s < shards.Length; s++)
            {
                Assert.Equal(expected.TryGetValue(s, out var terms) ? terms : System.Array.Empty<string>(), shards[s].Terms.ToArray());
            }
        }
    }
}
