using System;
using System.Collections.Generic;
using CorpusGen.Helpers;
using static CorpusGen.Helpers.SplitMix;

namespace CorpusGen.Parsing;

/// <summary>
/// The word 3-shingles of a text, hashed to 64 bits. The text is given as lines (an article's title and
/// paragraphs), read as if joined by "\n": a word never spans two lines, a shingle may.
/// </summary>
/// <remarks>
/// Words are maximal runs of letters and digits, lower-cased invariantly; a shingle is three consecutive words; a
/// text of one or two words uses its words as shingles; a text without words has none. Hashes are FNV-1a over the
/// UTF-16 units of a word, mixed with SplitMix64: they depend on the text only, not on the process or culture.
/// </remarks>
internal static class Shingles
{
    private const int ShingleWords = 3;
    private const ulong UnigramSalt = 0x9E3779B97F4A7C15UL;

    /// <summary>The distinct shingle hashes of <paramref name="lines"/>, sorted: what exact Jaccard compares.</summary>
    public static ulong[] SortedSet(IReadOnlyList<string> lines)
    {
        var buffer = new Buffer();
        Hash(lines, buffer);
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

        var set = new ulong[distinct];
        Array.Copy(items, set, distinct);
        return set;
    }

    /// <summary>How many values two sorted sets share.</summary>
    public static int CountCommon(ulong[] left, ulong[] right)
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

    /// <summary>Replaces the content of <paramref name="shingles"/> with the shingle hashes of the lines, in text order.</summary>
    public static void Hash(IReadOnlyList<string> lines, Buffer shingles)
    {
        shingles.Clear();
        ulong previous2 = 0, previous1 = 0, word = Fnv.Offset;
        var words = 0;
        var inWord = false;
        for (var line = 0; line < lines.Count; line++)
        {
            var text = lines[line] ?? string.Empty;
            for (var i = 0; i <= text.Length; i++)
            {
                // The end of each line ends a word, as the "\n" between lines would.
                if (i < text.Length)
                {
                    var c = text[i];
                    if ((uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9)
                    {
                        // ASCII letters and digits, the bulk of most corpora, without a call.
                        word = (word ^ (uint)(c | ((uint)(c - 'A') <= 'Z' - 'A' ? 0x20 : 0))) * Fnv.Prime;
                        inWord = true;
                        continue;
                    }

                    var units = c < 0x80 ? 0 : WordUnits(text, i);
                    if (units > 0)
                    {
                        for (var u = 0; u < units; u++)
                        {
                            word = (word ^ char.ToLowerInvariant(text[i + u])) * Fnv.Prime;
                        }

                        inWord = true;
                        i += units - 1;
                        continue;
                    }
                }

                if (!inWord)
                {
                    continue;
                }

                word = Mix(word);
                words++;
                if (words >= ShingleWords)
                {
                    // Word hashes are already mixed: one more round over their rotated sum makes an order-sensitive
                    // shingle hash ("a b c" differs from "c b a").
                    shingles.Add(Mix(RotateLeft(previous2, 42) + RotateLeft(previous1, 21) + word));
                }

                previous2 = previous1;
                previous1 = word;
                word = Fnv.Offset;
                inWord = false;
            }
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

    private static ulong RotateLeft(ulong value, int bits) => (value << bits) | (value >> (64 - bits));

    /// <summary>How many UTF-16 units of a non-ASCII letter or digit start at <paramref name="i"/>: 0, 1 or 2 (a surrogate pair).</summary>
    private static int WordUnits(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && char.IsLetterOrDigit(text, i) ? 2 : 0;
        }

        return char.IsLetterOrDigit(c) ? 1 : 0;
    }

    /// <summary>A reusable growable array of shingle hashes: indexing a raw array keeps the signature loop tight.</summary>
    internal sealed class Buffer
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
