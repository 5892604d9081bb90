using System;
using System.Collections.Generic;
using static CorpusGen.Helpers.SplitMix;

namespace CorpusGen.Parsing;

/// <summary>
/// MinHash signatures of shingle sets and their LSH band keys: two texts agree on a signature value with
/// probability equal to the Jaccard similarity of their shingle sets.
/// </summary>
internal static class MinHashSignature
{
    /// <summary>LSH bands; each band is <see cref="Rows"/> consecutive MinHash values.</summary>
    public const int Bands = 32;

    /// <summary>MinHash values per band.</summary>
    public const int Rows = 4;

    /// <summary>Length of a signature.</summary>
    public const int Length = Bands * Rows;

    // Salt for the bin hash, so bins do not line up with the band-key mixing.
    private const ulong BinSalt = 0x5EED_0001UL;

    /// <summary>
    /// The signature of a text given as lines, or an empty array when it has no words.
    /// </summary>
    public static ulong[] Of(IReadOnlyList<string> lines)
    {
        var shingles = new Shingles.Buffer();
        Shingles.Hash(lines, shingles);
        if (shingles.Count == 0)
        {
            return Array.Empty<ulong>();
        }

        var signature = new ulong[Length];
        Compute(shingles, signature);
        return signature;
    }

    /// <summary>
    /// One-permutation MinHash with densification by rotation (Shrivastava and Li, 2014): each shingle hash goes to
    /// one of <see cref="Length"/> bins by its top 7 bits and keeps the minimum of the rest; an empty bin
    /// borrows the next non-empty bin to its right, offset by the distance. One pass over the shingles instead of
    /// one per hash function: the per-file step signs a whole corpus on the first build.
    /// </summary>
    public static void Compute(Shingles.Buffer shingles, ulong[] signature)
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

    /// <summary>
    /// The <see cref="Bands"/> bucket keys of a text given as lines, or an empty array when it has no words: all the
    /// corpus step needs of a signature, made in the cached per-file step so an edit bands one file.
    /// </summary>
    public static ulong[] BandKeysOf(IReadOnlyList<string> lines)
    {
        var signature = Of(lines);
        if (signature.Length == 0)
        {
            return signature;
        }

        var keys = new ulong[Bands];
        for (var band = 0; band < Bands; band++)
        {
            keys[band] = BandKey(signature, band);
        }

        return keys;
    }

    /// <summary>The bucket key of one band: equal keys mean the band's <see cref="Rows"/> values are all equal.</summary>
    public static ulong BandKey(IReadOnlyList<ulong> signature, int band)
    {
        var key = (ulong)band;
        for (var row = 0; row < Rows; row++)
        {
            key = Mix(key + signature[(band * Rows) + row]);
        }

        return key;
    }
}
