using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CorpusGen.Corpus;
using Xunit;

namespace CorpusGen.Tests.Naming;

/// <summary>
/// Templated text (a thousand weather reports that differ in a few words) makes every article a near-duplicate of
/// every other: all pairs would be quadratic in candidates, CG0013 diagnostics and NearDuplicates lists. Each article
/// keeps its <see cref="NearDuplicateDetector.MaxNearDuplicates"/> most similar, ties broken by the smaller index
/// (the caller's path order), from a bounded number of candidates.
/// </summary>
public class NearDuplicateCapTests
{
    private const int K = NearDuplicateDetector.MaxNearDuplicates;

    private static readonly string s_base = string.Join(' ', Enumerable.Range(0, 100).Select(i => "word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The base text with the words at <paramref name="positions"/> replaced (tagged so variants differ).</summary>
    private static string Variant(string tag, params int[] positions)
        => string.Join(' ', s_base.Split(' ').Select((w, i) => positions.Contains(i) ? tag + i.ToString(System.Globalization.CultureInfo.InvariantCulture) : w));

    /// <summary>Who lists whom: article index to the indexes its NearDuplicates would name.</summary>
    private static Dictionary<int, List<int>> Lists(IEnumerable<NearDuplicatePair> pairs)
    {
        var lists = new Dictionary<int, List<int>>();
        void Add(int from, int to)
        {
            if (!lists.TryGetValue(from, out var list))
            {
                lists[from] = list = new List<int>();
            }

            list.Add(to);
        }

        foreach (var pair in pairs)
        {
            if (pair.ListedByFirst)
            {
                Add(pair.First, pair.Second);
            }

            if (pair.ListedBySecond)
            {
                Add(pair.Second, pair.First);
            }
        }

        return lists;
    }

    [Theory]
    [InlineData(2)]
    [InlineData(K + 1)]
    [InlineData(65)]
    [InlineData(1000)]
    public void A_bucket_of_any_size_gives_each_article_its_k_nearest_from_a_bounded_number_of_candidates(int articles)
    {
        // Every article has the same band keys and the same shingle set, but different lines (not exact duplicates):
        // all pairs are near-duplicates at 1, so ties decide, by index.
        var keys = Enumerable.Repeat(42UL, 32).ToArray();
        var bandKeys = Enumerable.Range(0, articles).Select(i => (i * 3, (IReadOnlyList<ulong>)keys)).ToList();

        var pairs = NearDuplicateDetector.FindByBandKeys(bandKeys, _ => new ulong[] { 1, 2, 3 }, i => new[] { "Line " + i }, 0.7, CancellationToken.None);

        var lists = Lists(pairs);
        Assert.Equal(articles, lists.Count);
        Assert.All(lists.Values, list => Assert.Equal(Math.Min(K, articles - 1), list.Count));
        Assert.InRange(pairs.Count, articles / 2, articles * K);
        Assert.All(pairs, p => Assert.True(p.ListedByFirst || p.ListedBySecond));
    }

    [Fact]
    public void An_article_lists_its_k_most_similar_near_duplicates()
    {
        // Changing m spread-out words of 100 changes 3m of the 98 shingles: similarity (98 - 3m) / (98 + 3m), from
        // 0.94 (one word) down to 0.61 (eight); variant m is index m.
        var texts = new[] { s_base }
            .Concat(Enumerable.Range(1, 8).Select(m => Variant("v" + m + "x", Enumerable.Range(0, m).Select(i => 5 + (i * 11)).ToArray())))
            .ToList();

        var pairs = NearDuplicateDetector.Find(texts.Select((t, i) => new NearDuplicateInput(i, t)).ToList(), 0.6, CancellationToken.None);

        var lists = Lists(pairs);
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, lists[0].Order());
        Assert.All(lists.Values, list => Assert.InRange(list.Count, 1, K));

        // The base is among the most similar of every variant, so each one lists it.
        Assert.All(Enumerable.Range(1, 8), m => Assert.Contains(0, lists[m]));
    }

    [Fact]
    public void Equally_similar_near_duplicates_are_chosen_by_index_whatever_the_input_order()
    {
        // Seven variants that each change one different word: all 0.94 to the base, 0.89 to each other.
        var texts = new[] { s_base }.Concat(Enumerable.Range(1, 7).Select(m => Variant("t", m * 12))).ToList();
        var forward = texts.Select((t, i) => new NearDuplicateInput(i * 10, t)).ToList();
        var order = Enumerable.Range(0, texts.Count).ToArray();
        new Random(5).Shuffle(order);
        var shuffled = order.Select(i => forward[i]).ToList();

        var pairs = NearDuplicateDetector.Find(forward, 0.8, CancellationToken.None);

        Assert.Equal(new[] { 10, 20, 30, 40, 50 }, Lists(pairs)[0].Order());
        Assert.Equal(new[] { 0, 20, 30, 40, 50 }, Lists(pairs)[10].Order());
        Assert.Equal(new[] { 0, 10, 20, 30, 40 }, Lists(pairs)[70].Order());
        Assert.Equal(pairs, NearDuplicateDetector.Find(shuffled, 0.8, CancellationToken.None));
    }

    [Fact]
    public void A_pair_is_reported_when_either_article_lists_the_other_and_says_which()
    {
        var texts = new[] { s_base }.Concat(Enumerable.Range(1, 7).Select(m => Variant("t", m * 12))).ToList();

        var pairs = NearDuplicateDetector.Find(texts.Select((t, i) => new NearDuplicateInput(i, t)).ToList(), 0.8, CancellationToken.None);

        // The base lists 1..5 only, but 6 and 7 list it (it is their most similar).
        Assert.Equal(new NearDuplicatePair(0, 6, 95.0 / 101) { ListedByFirst = false }, pairs.Single(p => (p.First, p.Second) == (0, 6)));
        Assert.Equal(new NearDuplicatePair(0, 1, 95.0 / 101), pairs.Single(p => (p.First, p.Second) == (0, 1)));
        Assert.DoesNotContain(pairs, p => !p.ListedByFirst && !p.ListedBySecond);
    }
}
