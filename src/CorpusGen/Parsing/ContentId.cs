using System.Collections.Generic;
using System.Globalization;
using static CorpusGen.Helpers.SplitMix;

namespace CorpusGen.Parsing;

/// <summary>
/// A stable identity of an article's kept content (title, dateline, paragraphs), in the same normalised form
/// used for deduplication, so two files that differ only in whitespace, BOM or line endings get the same id.
/// </summary>
/// <remarks>
/// A 128-bit non-cryptographic hash over the UTF-16 code units (raw units: an encoder would replace lone
/// surrogates, making different texts hash alike), streamed over the fields (each with its length) without building the joined text.
/// The corpus is the user's own text, so collisions only matter by accident: at 128 bits, two ids among a
/// million articles collide with a probability around 10^-27. A full run hashes the whole corpus, so the hash
/// must cost about as much as reading it (SHA-256 over a copy of the text was a fifth of a BBC full run).
/// </remarks>
internal static class ContentId
{
    public static string Compute(string title, string? dateline, IEnumerable<string> paragraphs)
    {
        var normalized = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            normalized.Add(TextNormalizer.Normalize(paragraph));
        }

        return FromNormalized(TextNormalizer.Normalize(title), dateline is null ? null : TextNormalizer.Normalize(dateline), normalized);
    }

    /// <summary>The same id from texts already normalised (the parser has them from deduplication).</summary>
    /// <remarks>
    /// Every field is hashed as its length, then its units, and the paragraphs are followed by their count, so the
    /// hashed sequence has one reading: no character of the text can pass for a boundary (the text may hold any
    /// character, U+001E and U+001F included), and a missing dateline (length -1) differs from an empty one.
    /// </remarks>
    public static string FromNormalized(string title, string? dateline, IEnumerable<string> paragraphs)
    {
        var hasher = new Hasher();
        hasher.AddField(title);
        if (dateline is null)
        {
            hasher.AddLength(-1);
        }
        else
        {
            hasher.AddField(dateline);
        }

        var count = 0;
        foreach (var paragraph in paragraphs)
        {
            hasher.AddField(paragraph);
            count++;
        }

        hasher.AddLength(count);
        return hasher.ToHex();
    }

    /// <summary>
    /// Two 64-bit lanes fed four code units at a time: one multiply-rotate lane (as in xxHash64's round) and one
    /// SplitMix64 lane, finalised with the length; 32 hexadecimal digits.
    /// </summary>
    private struct Hasher
    {
        private const ulong Prime1 = 0x9E3779B185EBCA87UL;
        private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;

        private ulong _first;
        private ulong _second;
        private ulong _block;
        private int _unitsInBlock;
        private long _length;

        /// <summary>The field's length, then its units.</summary>
        public void AddField(string text)
        {
            AddLength(text.Length);
            foreach (var c in text)
            {
                Add(c);
            }
        }

        /// <summary>A length or count as two units, low half first.</summary>
        public void AddLength(int value)
        {
            Add((char)(value & 0xFFFF));
            Add((char)((value >> 16) & 0xFFFF));
        }

        public void Add(char c)
        {
            _block |= (ulong)c << (16 * _unitsInBlock);
            _length++;
            if (++_unitsInBlock == 4)
            {
                Round();
            }
        }

        public string ToHex()
        {
            if (_unitsInBlock > 0)
            {
                Round();
            }

            var first = Mix(_first ^ (ulong)_length);
            var second = Mix(_second + ((ulong)_length * Prime2));
            return first.ToString("x16", CultureInfo.InvariantCulture) + second.ToString("x16", CultureInfo.InvariantCulture);
        }

        private void Round()
        {
            unchecked
            {
                _first = RotateLeft(_first + (_block * Prime2), 31) * Prime1;
                _second = Mix(_second ^ _block) + Prime1;
            }

            _block = 0;
            _unitsInBlock = 0;
        }

        private static ulong RotateLeft(ulong value, int bits) => (value << bits) | (value >> (64 - bits));
    }
}
