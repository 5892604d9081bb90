using System;
using System.Collections.Generic;
using System.Threading;
using CorpusGen.Parsing;

namespace CorpusGen.Corpus;

/// <summary>One article as the detector sees it.</summary>
/// <param name="Index">The caller's identity for the article; reported back in <see cref="NearDuplicatePair"/>.</param>
/// <param name="Text">The article's kept title and paragraphs joined by "\n".</param>
internal readonly record struct NearDuplicateInput(int Index, string Text);

/// <summary>
/// Two articles whose word 3-shingle sets have an exact Jaccard similarity at or above the threshold, one of them
/// among the other's <see cref="NearDuplicateDetector.MaxNearDuplicates"/> most similar.
/// </summary>
/// <param name="First">The smaller <see cref="NearDuplicateInput.Index"/>.</param>
/// <param name="Second">The larger <see cref="NearDuplicateInput.Index"/>.</param>
/// <param name="Similarity">Exact Jaccard similarity of the two (hashed) shingle sets, in (0, 1].</param>
internal sealed record NearDuplicatePair(int First, int Second, double Similarity)
{
    /// <summary>Second is among First's most similar near-duplicates, so First lists it.</summary>
    public bool ListedByFirst { get; init; } = true;

    /// <summary>First is among Second's most similar near-duplicates, so Second lists it.</summary>
    public bool ListedBySecond { get; init; } = true;
}

/// <summary>
/// Finds pairs of articles that say almost the same thing: MinHash signatures over word 3-shingles, LSH banding to
/// pick candidate pairs without comparing every pair, then the exact Jaccard similarity of each candidate's shingle
/// sets, so a reported similarity is never an estimate. Exact duplicates (the same lines up to whitespace inside
/// each line) are left to the content-id dedup and never reported here.
/// </summary>
/// <remarks>
/// Shingles are defined in <see cref="Shingles"/>, signatures in <see cref="MinHashSignature"/>; a text without
/// words is never paired. The result depends only on the texts and their indexes (which break ties: the caller's
/// path order), not on the process, culture or input order.
/// <para>
/// <see cref="MinHashSignature.Bands"/> x <see cref="MinHashSignature.Rows"/> = 32 x 4: a pair of exact similarity s becomes a candidate with
/// probability 1 - (1 - s^4)^32, which is 0.99999995 at s = 0.8, 0.99985 at 0.7, 0.988 at 0.6 and 0.87 at 0.5, so
/// thresholds of 0.7 and above are found practically always; unrelated articles (s below 0.05) become candidates
/// with probability below 0.0002 and cost one sorted merge each. The signature is one-permutation MinHash (see
/// <see cref="MinHashSignature.Compute"/>), whose bins behave like independent hash functions for texts with enough shingles; the
/// hashing is fixed, so whether a given pair is found never varies between runs.
/// </para>
/// <para>
/// Each article keeps its <see cref="MaxNearDuplicates"/> most similar near-duplicates (ties: the smaller index), so
/// templated text, where every article is a near-duplicate of every other, costs a bounded amount per article:
/// a large bucket pairs each member with a few neighbours only (<see cref="AllPairsBucketSize"/>), and each article
/// has at most <see cref="CandidatesPerArticle"/> candidates verified, those sharing the most band keys.
/// </para>
/// <para>
/// In the BBC corpus (2,127 articles after exact dedup) lightly edited copies score 0.82 to 1, revised versions of
/// one story 0.60 to 0.78, a rewrite 0.52, related stories at most 0.43, different stories under one title 0.33.
/// </para>
/// </remarks>
internal static class NearDuplicateDetector
{
    /// <summary>The similarity at or above which two articles are near-duplicates unless told otherwise.</summary>
    public const double DefaultThreshold = 0.8;

    /// <summary>
    /// The most near-duplicates an article lists: its most similar ones. Revised versions of one story rarely number
    /// more; past that, a list (and a CG0013 per pair) says nothing more than "this is templated text".
    /// </summary>
    public const int MaxNearDuplicates = 5;

    /// <summary>
    /// A bucket of at most this many members pairs them all. A larger one (templated text: a thousand weather reports
    /// share most band keys) is sorted by the members' other band keys, so that articles agreeing on more bands sit
    /// together, and pairs each member with its <see cref="NeighbourWindow"/> neighbours on each side (cyclically).
    /// </summary>
    public const int AllPairsBucketSize = 16;

    /// <summary>Neighbours on each side in a large bucket: each member gets 2 x 3 = 6, at least <see cref="MaxNearDuplicates"/>.</summary>
    private const int NeighbourWindow = (MaxNearDuplicates + 1) / 2;

    /// <summary>
    /// Candidates verified per article at most: those sharing the most band keys with it (the share estimates the
    /// similarity to the 4th power), ties by the smaller index. Four times what it lists leaves room for estimates
    /// that are off and for candidates below the threshold.
    /// </summary>
    public const int CandidatesPerArticle = 4 * MaxNearDuplicates;

    private const int CancellationStride = 64;

    // Shingle sets kept while verifying a Find: about 8 MB at most, then the cache starts over.
    private const int CacheBudget = 1 << 20;

    /// <summary>
    /// The near-duplicate pairs among <paramref name="articles"/> in which at least one article has the other among its
    /// <see cref="MaxNearDuplicates"/> most similar, sorted by First then Second.
    /// </summary>
    /// <param name="threshold">Minimum exact Jaccard similarity, in (0, 1]; see the remarks for recall below 0.7.</param>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not in (0, 1].</exception>
    /// <exception cref="ArgumentException">Two articles have the same index.</exception>
    public static IReadOnlyList<NearDuplicatePair> Find(IReadOnlyList<NearDuplicateInput> articles, double threshold, CancellationToken cancellationToken)
        => FindWithStats(articles, threshold, cancellationToken).Pairs;

    /// <summary>As <see cref="Find"/>, and how many candidate pairs LSH proposed (each verified exactly once).</summary>
    public static (IReadOnlyList<NearDuplicatePair> Pairs, int CandidatesVerified) FindWithStats(
        IReadOnlyList<NearDuplicateInput> articles,
        double threshold,
        CancellationToken cancellationToken)
    {
        if (articles is null)
        {
            throw new ArgumentNullException(nameof(articles));
        }

        CheckThreshold(threshold);
        var byIndex = new Dictionary<int, string[]>();
        foreach (var article in articles)
        {
            if (byIndex.ContainsKey(article.Index))
            {
                throw new ArgumentException("Two articles have index " + article.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".", nameof(articles));
            }

            byIndex[article.Index] = (article.Text ?? string.Empty).Split('\n');
        }

        var signed = new List<(int Index, IReadOnlyList<ulong> BandKeys)>(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            if (i % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            signed.Add((articles[i].Index, MinHashSignature.BandKeysOf(byIndex[articles[i].Index])));
        }

        var cache = new Dictionary<int, ulong[]>();
        var cached = 0;
        ulong[] ShingleSetOf(int index)
        {
            if (!cache.TryGetValue(index, out var set))
            {
                set = Shingles.SortedSet(byIndex[index]);
                if (cached + set.Length > CacheBudget)
                {
                    cache.Clear();
                    cached = 0;
                }

                cache[index] = set;
                cached += set.Length;
            }

            return set;
        }

        var candidates = Candidates(signed, cancellationToken);
        var pairs = KeepNearest(Verify(candidates, ShingleSetOf, index => byIndex[index], threshold, cancellationToken));
        return (pairs, candidates.Count);
    }

    /// <summary>
    /// As <see cref="Find"/>, from band keys made by <see cref="MinHashSignature.BandKeysOf"/>. Only candidates are
    /// asked for their shingle sets (<paramref name="shingleSetOf"/>, which the caller may cache across runs) and,
    /// when those are equal, their lines (<paramref name="linesOf"/>), to tell exact duplicates apart.
    /// </summary>
    public static IReadOnlyList<NearDuplicatePair> FindByBandKeys(
        IReadOnlyList<(int Index, IReadOnlyList<ulong> BandKeys)> articles,
        Func<int, ulong[]> shingleSetOf,
        Func<int, IReadOnlyList<string>> linesOf,
        double threshold,
        CancellationToken cancellationToken)
    {
        CheckThreshold(threshold);
        return KeepNearest(Verify(Candidates(articles, cancellationToken), shingleSetOf, linesOf, threshold, cancellationToken));
    }

    private static void CheckThreshold(double threshold)
    {
        if (double.IsNaN(threshold) || threshold <= 0 || threshold > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be in (0, 1].");
        }
    }

    /// <summary>
    /// Candidate pairs of caller indexes (smaller first), sorted: for each article, the at most
    /// <see cref="CandidatesPerArticle"/> articles it meets in a bucket that share the most band keys with it.
    /// </summary>
    private static List<(int First, int Second)> Candidates(IReadOnlyList<(int Index, IReadOnlyList<ulong> BandKeys)> articles, CancellationToken cancellationToken)
    {
        // Slots number the articles that have band keys (at least one word) in the order of their indexes, so every
        // tie below is broken by the smaller slot, which is the smaller index, whatever the order of the input.
        var withKeys = new List<int>(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            if (articles[i].BandKeys is { Count: MinHashSignature.Bands })
            {
                withKeys.Add(i);
            }
        }

        if (!IsInIndexOrder(articles, withKeys))
        {
            withKeys.Sort((x, y) => articles[x].Index.CompareTo(articles[y].Index));
        }

        var indexOf = new int[withKeys.Count];
        var bandKeys = new ulong[MinHashSignature.Bands][];
        for (var band = 0; band < MinHashSignature.Bands; band++)
        {
            bandKeys[band] = new ulong[withKeys.Count];
        }

        for (var slot = 0; slot < withKeys.Count; slot++)
        {
            if (slot % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var article = articles[withKeys[slot]];
            indexOf[slot] = article.Index;
            for (var band = 0; band < MinHashSignature.Bands; band++)
            {
                bandKeys[band][slot] = article.BandKeys[band];
            }
        }

        var best = new BestCandidates(bandKeys, withKeys.Count);
        OfferBucketMates(bandKeys, withKeys.Count, best, cancellationToken);
        var pairs = new List<(int First, int Second)>();
        foreach (var (low, high) in best.Pairs())
        {
            pairs.Add((indexOf[low], indexOf[high]));
        }

        return pairs;
    }

    /// <summary>Whether the articles at <paramref name="positions"/> already have increasing indexes, as from the corpus step.</summary>
    private static bool IsInIndexOrder(IReadOnlyList<(int Index, IReadOnlyList<ulong> BandKeys)> articles, List<int> positions)
    {
        for (var i = 1; i < positions.Count; i++)
        {
            if (articles[positions[i - 1]].Index >= articles[positions[i]].Index)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Offers to <paramref name="best"/> the pairs of slots that share a bucket in any band.</summary>
    /// <remarks>
    /// Hash lookups rather than sorting each band: this runs on every edit, and buckets with two or more members are
    /// rare, so nearly every slot costs one lookup per band. What is offered depends on the set of articles only, not
    /// on their order: a large bucket is sorted by band keys and slot, and <see cref="BestCandidates"/> keeps the
    /// best of what it is offered whatever the order.
    /// </remarks>
    private static void OfferBucketMates(ulong[][] bandKeys, int count, BestCandidates best, CancellationToken cancellationToken)
    {
        var firstWithKey = new Dictionary<ulong, int>(count);
        var sharedBuckets = new Dictionary<ulong, List<int>>();
        for (var band = 0; band < MinHashSignature.Bands; band++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            firstWithKey.Clear();
            sharedBuckets.Clear();
            var keys = bandKeys[band];
            for (var slot = 0; slot < count; slot++)
            {
                var key = keys[slot];
                if (!firstWithKey.TryGetValue(key, out var first))
                {
                    firstWithKey[key] = slot;
                    continue;
                }

                if (!sharedBuckets.TryGetValue(key, out var members))
                {
                    sharedBuckets[key] = members = new List<int> { first };
                }

                members.Add(slot);
            }

            foreach (var members in sharedBuckets.Values)
            {
                if (members.Count <= AllPairsBucketSize)
                {
                    for (var i = 1; i < members.Count; i++)
                    {
                        for (var j = 0; j < i; j++)
                        {
                            best.Offer(members[j], members[i]);
                        }
                    }

                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                var ordered = members.ToArray();
                Array.Sort(ordered, new OtherBandsOrder(bandKeys, band).Compare);
                for (var i = 0; i < ordered.Length; i++)
                {
                    for (var step = 1; step <= NeighbourWindow; step++)
                    {
                        best.Offer(ordered[i], ordered[(i + step) % ordered.Length]);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Orders the members of one band's bucket by their keys in the following bands (band + 1, band + 2, ...,
    /// wrapping), then by slot: members that agree on more bands, which are likely the more similar, end up next to
    /// each other.
    /// </summary>
    private sealed class OtherBandsOrder(ulong[][] bandKeys, int band)
    {
        public int Compare(int x, int y)
        {
            for (var offset = 1; offset < MinHashSignature.Bands; offset++)
            {
                var keys = bandKeys[(band + offset) % MinHashSignature.Bands];
                var order = keys[x].CompareTo(keys[y]);
                if (order != 0)
                {
                    return order;
                }
            }

            return x.CompareTo(y);
        }
    }

    /// <summary>
    /// Per slot, the at most <see cref="CandidatesPerArticle"/> slots offered with it that share the most band keys
    /// with it, ties by the smaller slot. What it keeps is the best of the distinct slots offered, in any order: an
    /// evicted slot is worse than everything kept, and the worst kept only gets better.
    /// </summary>
    private sealed class BestCandidates
    {
        private readonly ulong[][] _bandKeys;

        // Per slot (made on its first candidate: most articles have none), up to CandidatesPerArticle ranks: shared
        // band keys in the high half, the partner's slot complemented in the low half, so a greater rank is a better
        // candidate and equal ranks are the same partner.
        private readonly long[]?[] _ranks;
        private readonly int[] _counts;

        public BestCandidates(ulong[][] bandKeys, int count)
        {
            _bandKeys = bandKeys;
            _ranks = new long[]?[count];
            _counts = new int[count];
        }

        public void Offer(int x, int y)
        {
            long shared = 0;
            foreach (var keys in _bandKeys)
            {
                if (keys[x] == keys[y])
                {
                    shared++;
                }
            }

            Keep(x, (shared << 32) | (uint)~y);
            Keep(y, (shared << 32) | (uint)~x);
        }

        /// <summary>Each kept (slot, partner) as a pair of slots, smaller first, once, sorted.</summary>
        public List<(int Low, int High)> Pairs()
        {
            var pairs = new List<ulong>();
            for (var slot = 0; slot < _counts.Length; slot++)
            {
                for (var k = 0; k < _counts[slot]; k++)
                {
                    var partner = ~(int)(uint)_ranks[slot]![k];
                    var (low, high) = slot < partner ? (slot, partner) : (partner, slot);
                    pairs.Add(((ulong)(uint)low << 32) | (uint)high);
                }
            }

            pairs.Sort();
            var result = new List<(int Low, int High)>(pairs.Count);
            for (var i = 0; i < pairs.Count; i++)
            {
                if (i == 0 || pairs[i] != pairs[i - 1])
                {
                    result.Add(((int)(pairs[i] >> 32), (int)(uint)pairs[i]));
                }
            }

            return result;
        }

        private void Keep(int slot, long rank)
        {
            var ranks = _ranks[slot] ??= new long[4];
            var count = _counts[slot];
            var worst = -1;
            for (var k = 0; k < count; k++)
            {
                if (ranks[k] == rank)
                {
                    return;
                }

                if (worst < 0 || ranks[k] < ranks[worst])
                {
                    worst = k;
                }
            }

            if (count < CandidatesPerArticle)
            {
                if (count == ranks.Length)
                {
                    Array.Resize(ref ranks, Math.Min(2 * count, CandidatesPerArticle));
                    _ranks[slot] = ranks;
                }

                ranks[count] = rank;
                _counts[slot] = count + 1;
            }
            else if (rank > ranks[worst])
            {
                ranks[worst] = rank;
            }
        }
    }

    private static List<NearDuplicatePair> Verify(
        List<(int First, int Second)> candidates,
        Func<int, ulong[]> shingleSetOf,
        Func<int, IReadOnlyList<string>> linesOf,
        double threshold,
        CancellationToken cancellationToken)
    {
        var pairs = new List<NearDuplicatePair>();
        for (var c = 0; c < candidates.Count; c++)
        {
            if (c % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (left, right) = candidates[c];
            var leftSet = shingleSetOf(left);
            var rightSet = shingleSetOf(right);

            // J <= min/max of the set sizes: most candidates that cannot reach the threshold stop here.
            if (Math.Min(leftSet.Length, rightSet.Length) < threshold * Math.Max(leftSet.Length, rightSet.Length))
            {
                continue;
            }

            var common = Shingles.CountCommon(leftSet, rightSet);
            var similarity = (double)common / (leftSet.Length + rightSet.Length - common);
            if (similarity < threshold)
            {
                continue;
            }

            if (common == leftSet.Length && common == rightSet.Length && SameLines(linesOf(left), linesOf(right)))
            {
                continue;
            }

            pairs.Add(new NearDuplicatePair(left, right, similarity));
        }

        pairs.Sort(static (x, y) => x.First != y.First ? x.First.CompareTo(y.First) : x.Second.CompareTo(y.Second));
        return pairs;
    }

    /// <summary>
    /// The pairs in which at least one article has the other among its <see cref="MaxNearDuplicates"/> most similar
    /// (ties: the smaller index), marked with who lists whom; in the order of <paramref name="pairs"/>.
    /// </summary>
    private static List<NearDuplicatePair> KeepNearest(List<NearDuplicatePair> pairs)
    {
        // Each pair seen from both of its articles, grouped by article, most similar first, ties by the smaller partner.
        var ends = new (int Article, double Similarity, int Partner, int Pair)[pairs.Count * 2];
        for (var i = 0; i < pairs.Count; i++)
        {
            ends[2 * i] = (pairs[i].First, pairs[i].Similarity, pairs[i].Second, i);
            ends[(2 * i) + 1] = (pairs[i].Second, pairs[i].Similarity, pairs[i].First, i);
        }

        Array.Sort(ends, static (x, y) =>
            x.Article != y.Article ? x.Article.CompareTo(y.Article)
            : x.Similarity != y.Similarity ? y.Similarity.CompareTo(x.Similarity)
            : x.Partner.CompareTo(y.Partner));

        var byFirst = new bool[pairs.Count];
        var bySecond = new bool[pairs.Count];
        for (int i = 0, rank = 0; i < ends.Length; i++)
        {
            rank = i > 0 && ends[i].Article == ends[i - 1].Article ? rank + 1 : 0;
            if (rank < MaxNearDuplicates)
            {
                var pair = ends[i].Pair;
                (ends[i].Article == pairs[pair].First ? byFirst : bySecond)[pair] = true;
            }
        }

        var kept = new List<NearDuplicatePair>();
        for (var i = 0; i < pairs.Count; i++)
        {
            if (byFirst[i] || bySecond[i])
            {
                kept.Add(pairs[i] with { ListedByFirst = byFirst[i], ListedBySecond = bySecond[i] });
            }
        }

        return kept;
    }

    /// <summary>
    /// Whether two texts are exact duplicates as the content id sees them: line by line (a line is the caller's
    /// title or a paragraph) equal after <see cref="TextNormalizer"/>, blank lines ignored. Only whitespace inside a
    /// line is insignificant: one paragraph split in two is a different article there, so it is reported here, at 1.
    /// </summary>
    private static bool SameLines(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var leftLines = NormalizedLines(left);
        var rightLines = NormalizedLines(right);
        if (leftLines.Count != rightLines.Count)
        {
            return false;
        }

        for (var i = 0; i < leftLines.Count; i++)
        {
            if (!string.Equals(leftLines[i], rightLines[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static List<string> NormalizedLines(IReadOnlyList<string> lines)
    {
        var normalizedLines = new List<string>();
        foreach (var line in lines)
        {
            var normalized = TextNormalizer.Normalize(line);
            if (normalized.Length > 0)
            {
                normalizedLines.Add(normalized);
            }
        }

        return normalizedLines;
    }
}
