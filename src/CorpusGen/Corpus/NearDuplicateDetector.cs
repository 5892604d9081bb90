using System;
using System.Collections.Generic;
using System.Threading;
using CorpusGen.Parsing;

namespace CorpusGen.Corpus;

/// <summary>One article as the detector sees it.</summary>
/// <param name="Index">The caller's identity for the article; reported back in <see cref="NearDuplicatePair"/>.</param>
/// <param name="Text">The article's kept title and paragraphs joined by "\n".</param>
internal readonly record struct NearDuplicateInput(int Index, string Text);

/// <summary>Two articles whose word 3-shingle sets have an exact Jaccard similarity at or above the threshold.</summary>
/// <param name="First">The smaller <see cref="NearDuplicateInput.Index"/>.</param>
/// <param name="Second">The larger <see cref="NearDuplicateInput.Index"/>.</param>
/// <param name="Similarity">Exact Jaccard similarity of the two (hashed) shingle sets, in (0, 1].</param>
internal sealed record NearDuplicatePair(int First, int Second, double Similarity);

/// <summary>
/// Finds pairs of articles that say almost the same thing: MinHash signatures over word 3-shingles, LSH banding to
/// pick candidate pairs without comparing every pair, then the exact Jaccard similarity of each candidate's shingle
/// sets, so a reported similarity is never an estimate. Exact duplicates (the same lines up to whitespace inside
/// each line) are left to the content-id dedup and never reported here.
/// </summary>
/// <remarks>
/// Words are maximal runs of letters and digits, lower-cased invariantly; a shingle is three consecutive words; a
/// text of one or two words uses its words as shingles; a text without words is never paired. Every hash is
/// computed here from UTF-16 code units (FNV-1a, then a SplitMix64 finaliser), never string.GetHashCode, which is
/// randomised per process: the result depends only on the texts, not on the process, culture or input order.
/// <para>
/// <see cref="Bands"/> x <see cref="Rows"/> = 32 x 4: a pair of exact similarity s becomes a candidate with
/// probability 1 - (1 - s^4)^32, which is 0.99999995 at s = 0.8, 0.99985 at 0.7, 0.988 at 0.6 and 0.87 at 0.5, so
/// thresholds of 0.7 and above are found practically always; unrelated articles (s below 0.05) become candidates
/// with probability below 0.0002 and cost one sorted merge each. The signature is one-permutation MinHash (see
/// ComputeSignature), whose bins behave like independent hash functions for texts with enough shingles; the
/// hashing is fixed, so whether a given pair is found never varies between runs.
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

    /// <summary>LSH bands; each band is <see cref="Rows"/> consecutive MinHash values.</summary>
    public const int Bands = 32;

    /// <summary>MinHash values per band.</summary>
    public const int Rows = 4;

    /// <summary>Length of a MinHash signature.</summary>
    public const int SignatureLength = Bands * Rows;

    private const int ShingleWords = 3;
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private const ulong UnigramSalt = 0x9E3779B97F4A7C15UL;
    private const int CancellationStride = 64;

    // Shingle arrays kept for verification: about 8 MB at most, then the cache starts over.
    private const int CacheBudget = 1 << 20;

    // Salt for the bin hash, so bins do not line up with the band-key mixing.
    private const ulong BinSalt = 0x5EED_0001UL;

    /// <summary>The near-duplicate pairs among <paramref name="articles"/>, sorted by First then Second.</summary>
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

        if (double.IsNaN(threshold) || threshold <= 0 || threshold > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be in (0, 1].");
        }

        var indexes = new HashSet<int>();
        foreach (var article in articles)
        {
            if (!indexes.Add(article.Index))
            {
                throw new ArgumentException("Two articles have index " + article.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".", nameof(articles));
            }
        }

        // Slots are positions in `articles` of the articles that have at least one shingle.
        var slots = new List<int>(articles.Count);
        var bandKeys = new ulong[Bands][];
        for (var band = 0; band < Bands; band++)
        {
            bandKeys[band] = new ulong[articles.Count];
        }

        var shingles = new ShingleBuffer();
        var signature = new ulong[SignatureLength];
        for (var i = 0; i < articles.Count; i++)
        {
            if (i % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            Shingle(articles[i].Text ?? string.Empty, shingles);
            if (shingles.Count == 0)
            {
                continue;
            }

            ComputeSignature(shingles, signature);
            var slot = slots.Count;
            slots.Add(i);
            for (var band = 0; band < Bands; band++)
            {
                bandKeys[band][slot] = BandKey(signature, band);
            }
        }

        var candidates = CollectCandidates(bandKeys, slots.Count, cancellationToken);
        var pairs = Verify(slot => articles[slots[slot]], candidates, threshold, cancellationToken);
        return (pairs, candidates.Length);
    }

    /// <summary>
    /// The MinHash signature of one article's text, or an empty array when it has no words. The generator computes
    /// it in the per-file parse step, which is cached, so an edit re-signs one file and the corpus step only bands.
    /// </summary>
    public static ulong[] Signature(string text)
    {
        var shingles = new ShingleBuffer();
        Shingle(text, shingles);
        if (shingles.Count == 0)
        {
            return Array.Empty<ulong>();
        }

        var signature = new ulong[SignatureLength];
        ComputeSignature(shingles, signature);
        return signature;
    }

    /// <summary>
    /// As <see cref="Find"/>, from signatures made by <see cref="Signature"/>; <paramref name="textOf"/> is asked for
    /// the text of candidate articles only, for the exact verification.
    /// </summary>
    public static IReadOnlyList<NearDuplicatePair> FindBySignature(
        IReadOnlyList<(int Index, IReadOnlyList<ulong> Signature)> articles,
        Func<int, string> textOf,
        double threshold,
        CancellationToken cancellationToken)
    {
        if (double.IsNaN(threshold) || threshold <= 0 || threshold > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be in (0, 1].");
        }

        var slots = new List<int>(articles.Count);
        var bandKeys = new ulong[Bands][];
        for (var band = 0; band < Bands; band++)
        {
            bandKeys[band] = new ulong[articles.Count];
        }

        var signature = new ulong[SignatureLength];
        for (var i = 0; i < articles.Count; i++)
        {
            if (i % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (articles[i].Signature.Count != SignatureLength)
            {
                continue;
            }

            for (var k = 0; k < SignatureLength; k++)
            {
                signature[k] = articles[i].Signature[k];
            }

            var slot = slots.Count;
            slots.Add(i);
            for (var band = 0; band < Bands; band++)
            {
                bandKeys[band][slot] = BandKey(signature, band);
            }
        }

        var candidates = CollectCandidates(bandKeys, slots.Count, cancellationToken);
        return Verify(slot => new NearDuplicateInput(articles[slots[slot]].Index, textOf(articles[slots[slot]].Index)), candidates, threshold, cancellationToken);
    }

    /// <summary>Candidate pairs of slots sharing a bucket in any band, as (low slot &lt;&lt; 32 | high slot), sorted.</summary>
    private static ulong[] CollectCandidates(ulong[][] bandKeys, int count, CancellationToken cancellationToken)
    {
        var candidates = new HashSet<ulong>();
        var keys = new ulong[count];
        var members = new int[count];
        for (var band = 0; band < Bands; band++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Copy(bandKeys[band], keys, count);
            for (var i = 0; i < count; i++)
            {
                members[i] = i;
            }

            Array.Sort(keys, members);
            var start = 0;
            while (start < count)
            {
                var end = start + 1;
                while (end < count && keys[end] == keys[start])
                {
                    end++;
                }

                for (var a = start; a < end; a++)
                {
                    if ((a - start) % CancellationStride == CancellationStride - 1)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    for (var b = a + 1; b < end; b++)
                    {
                        var low = Math.Min(members[a], members[b]);
                        var high = Math.Max(members[a], members[b]);
                        candidates.Add(((ulong)(uint)low << 32) | (uint)high);
                    }
                }

                start = end;
            }
        }

        var sorted = new ulong[candidates.Count];
        candidates.CopyTo(sorted);
        Array.Sort(sorted);
        return sorted;
    }

    private static List<NearDuplicatePair> Verify(
        Func<int, NearDuplicateInput> inputOfSlot,
        ulong[] candidates,
        double threshold,
        CancellationToken cancellationToken)
    {
        var pairs = new List<NearDuplicatePair>();
        var cache = new Dictionary<int, ulong[]>();
        var cached = 0;
        var buffer = new ShingleBuffer();
        for (var c = 0; c < candidates.Length; c++)
        {
            if (c % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var left = inputOfSlot((int)(candidates[c] >> 32));
            var right = inputOfSlot((int)(uint)candidates[c]);
            var leftSet = ShingleSet(left, cache, ref cached, buffer);
            var rightSet = ShingleSet(right, cache, ref cached, buffer);

            // J <= min/max of the set sizes: most candidates that cannot reach the threshold stop here.
            if (Math.Min(leftSet.Length, rightSet.Length) < threshold * Math.Max(leftSet.Length, rightSet.Length))
            {
                continue;
            }

            var common = CountCommon(leftSet, rightSet);
            var similarity = (double)common / (leftSet.Length + rightSet.Length - common);
            if (similarity < threshold)
            {
                continue;
            }

            if (common == leftSet.Length && common == rightSet.Length && SameLines(left.Text ?? string.Empty, right.Text ?? string.Empty))
            {
                continue;
            }

            pairs.Add(left.Index < right.Index
                ? new NearDuplicatePair(left.Index, right.Index, similarity)
                : new NearDuplicatePair(right.Index, left.Index, similarity));
        }

        pairs.Sort(static (x, y) => x.First != y.First ? x.First.CompareTo(y.First) : x.Second.CompareTo(y.Second));
        return pairs;
    }

    /// <summary>
    /// Whether two texts are exact duplicates as the content id sees them: line by line (a line is the caller's
    /// title or a paragraph) equal after <see cref="TextNormalizer"/>, blank lines ignored. Only whitespace inside a
    /// line is insignificant: one paragraph split in two is a different article there, so it is reported here, at 1.
    /// </summary>
    private static bool SameLines(string left, string right)
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

    private static List<string> NormalizedLines(string text)
    {
        var lines = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var normalized = TextNormalizer.Normalize(line);
            if (normalized.Length > 0)
            {
                lines.Add(normalized);
            }
        }

        return lines;
    }

    private static ulong[] ShingleSet(NearDuplicateInput article, Dictionary<int, ulong[]> cache, ref int cached, ShingleBuffer buffer)
    {
        if (cache.TryGetValue(article.Index, out var set))
        {
            return set;
        }

        Shingle(article.Text ?? string.Empty, buffer);
        var items = buffer.Items;
        Array.Sort(items, 0, buffer.Count);
        var distinct = 0;
        for (var i = 0; i < buffer.Count; i++)
        {
            if (i == 0 || items[i] != items[distinct - 1])
            {
                items[distinct++] = items[i];
            }
        }

        set = new ulong[distinct];
        Array.Copy(items, set, distinct);
        if (cached + distinct > CacheBudget)
        {
            cache.Clear();
            cached = 0;
        }

        cache[article.Index] = set;
        cached += distinct;
        return set;
    }

    private static int CountCommon(ulong[] left, ulong[] right)
    {
        int i = 0, j = 0, common = 0;
        while (i < left.Length && j < right.Length)
        {
            if (left[i] == right[j])
            {
                common++;
                i++;
                j++;
            }
            else if (left[i] < right[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }

    /// <summary>Replaces <paramref name="shingles"/> with the shingle hashes of <paramref name="text"/>, in text order.</summary>
    private static void Shingle(string text, ShingleBuffer shingles)
    {
        shingles.Clear();
        ulong previous2 = 0, previous1 = 0, word = FnvOffset;
        var words = 0;
        var inWord = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var units = i < text.Length ? WordUnits(text, i) : 0;
            if (units > 0)
            {
                for (var u = 0; u < units; u++)
                {
                    var c = text[i + u];
                    var lower = c < 0x80 ? ((uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
                    word = (word ^ lower) * FnvPrime;
                }

                inWord = true;
                i += units - 1;
                continue;
            }

            if (!inWord)
            {
                continue;
            }

            word = Mix(word);
            words++;
            if (words >= ShingleWords)
            {
                shingles.Add(Mix(Mix(Mix(previous2) + previous1) + word));
            }

            previous2 = previous1;
            previous1 = word;
            word = FnvOffset;
            inWord = false;
        }

        // One or two words: the words themselves, salted so they never equal a 3-word shingle by construction.
        if (words is > 0 and < ShingleWords)
        {
            if (words == 2)
            {
                shingles.Add(Mix(previous2 ^ UnigramSalt));
            }

            shingles.Add(Mix(previous1 ^ UnigramSalt));
        }
    }

    /// <summary>How many UTF-16 units of a letter or digit start at <paramref name="i"/>: 0, 1 or 2 (a surrogate pair).</summary>
    private static int WordUnits(string text, int i)
    {
        var c = text[i];
        if (c < 0x80)
        {
            return (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 'z' - 'a' ? 1 : 0;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && char.IsLetterOrDigit(text, i) ? 2 : 0;
        }

        return char.IsLetterOrDigit(c) ? 1 : 0;
    }

    /// <summary>
    /// One-permutation MinHash with densification by rotation (Shrivastava and Li, 2014): each shingle hash goes to
    /// one of <see cref="SignatureLength"/> bins by its top 7 bits and keeps the minimum of the rest; an empty bin
    /// borrows the next non-empty bin to its right, offset by the distance. One pass over the shingles instead of
    /// one per hash function: the per-file step signs a whole corpus on the first build.
    /// </summary>
    private static void ComputeSignature(ShingleBuffer shingles, ulong[] signature)
    {
        const int BinBits = 7;
        const int ValueBits = 64 - BinBits;
        const ulong ValueMask = (1UL << ValueBits) - 1;
        for (var k = 0; k < signature.Length; k++)
        {
            signature[k] = ulong.MaxValue;
        }

        var items = shingles.Items;
        for (var i = 0; i < shingles.Count; i++)
        {
            // The shingle hashes are already mixed; one more multiply spreads them over the bins.
            var hash = Mix(items[i] ^ BinSalt);
            var bin = (int)(hash >> ValueBits);
            var value = hash & ValueMask;
            if (value < signature[bin])
            {
                signature[bin] = value;
            }
        }

        for (var k = 0; k < signature.Length; k++)
        {
            if (signature[k] != ulong.MaxValue)
            {
                continue;
            }

            for (var distance = 1; distance < signature.Length; distance++)
            {
                var donor = signature[(k + distance) % signature.Length];
                if (donor != ulong.MaxValue && donor <= ValueMask)
                {
                    // Distinct offsets per distance keep borrowed values from matching genuine ones.
                    signature[k] = donor + ((ulong)distance << ValueBits);
                    break;
                }
            }
        }
    }

    private static ulong BandKey(ulong[] signature, int band)
    {
        var key = (ulong)band;
        for (var row = 0; row < Rows; row++)
        {
            key = Mix(key + signature[(band * Rows) + row]);
        }

        return key;
    }

    /// <summary>The SplitMix64 finaliser: a bijection on 64-bit values with good avalanche.</summary>
    private static ulong Mix(ulong value)
    {
        unchecked
        {
            value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
            value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
            return value ^ (value >> 31);
        }
    }

    /// <summary>A reusable growable array of shingle hashes: indexing a raw array keeps the signature loop tight.</summary>
    private sealed class ShingleBuffer
    {
        public ulong[] Items { get; private set; } = new ulong[256];

        public int Count { get; private set; }

        public void Clear() => Count = 0;

        public void Add(ulong value)
        {
            if (Count == Items.Length)
            {
                var grown = new ulong[Items.Length * 2];
                Array.Copy(Items, grown, Count);
                Items = grown;
            }

            Items[Count++] = value;
        }
    }
}
