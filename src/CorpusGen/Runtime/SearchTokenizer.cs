// This file is compiled into the generator and also written, between the markers, into every project that turns
// search on (Emitting/SearchRuntimeEmitter.cs): the index is built and queried by the same code. So it is written
// in C# 7.3 with no nullable annotations, uses nothing beyond netstandard2.0, and depends on no culture or ICU.
#nullable disable
namespace CorpusGen.Runtime
{
    // <runtime>
    /// <summary>
    /// Splits text into search terms: runs of letters and digits, folded to lower case without diacritics
    /// ("Café" and "CAFE" are both "cafe"), culture-invariantly, cut at <see cref="MaxTermLength"/> characters.
    /// </summary>
    internal static class SearchTokenizer
    {
        /// <summary>Longest term, in folded characters: a longer run of letters is cut there, in text and queries alike.</summary>
        public const int MaxTermLength = 64;

        /// <summary>The fixed number of term shards per class; a term's shard comes from <see cref="ShardOf"/>.</summary>
        public const int ShardCount = 16;

        // Each letter of the blocks below folded to at most two letters, two units per letter ('\0' pads a single
        // letter; "\0\0" keeps the letter, lower-cased). Derived from the Unicode names, not from ICU, so every machine
        // folds alike: "LATIN SMALL LETTER S WITH COMMA BELOW" is s, a ligature or digraph ("AE", "DZ", "IJ") its two
        // letters, thorn th, sharp and long s s(s), eth d; a Greek letter with tonos or dialytika its base letter. A
        // capital and its small letter always fold alike (where the name rule folds one, the other takes its fold).
        // Blocks: Latin-1 Supplement to IPA Extensions, Greek with tonos, Latin Extended Additional, Latin Extended-C.
        private const int LatinStart = 0x00C0, LatinEnd = 0x02B0, GreekStart = 0x0386, GreekEnd = 0x03CF;

        private const int LatinExtraStart = 0x1E00, LatinExtraEnd = 0x1F00, LatinCStart = 0x2C60, LatinCEnd = 0x2C80;

        // Reused for every term read on a thread: only the term's string is allocated.
        [System.ThreadStatic]
        private static char[] t_folded;

        private const string Folds =
            "a\0a\0a\0a\0a\0a\0aec\0e\0e\0e\0e\0i\0i\0i\0i\0d\0n\0o\0o\0o\0o\0o\0\0\0o\0u\0u\0u\0u\0y\0thssa\0a\0a\0a\0a\0a\0aec\0e\0e\0e\0e\0i\0i\0i\0i\0" +
            "d\0n\0o\0o\0o\0o\0o\0\0\0o\0u\0u\0u\0u\0y\0thy\0a\0a\0a\0a\0a\0a\0c\0c\0c\0c\0c\0c\0c\0c\0d\0d\0d\0d\0e\0e\0e\0e\0e\0e\0e\0e\0e\0e\0g\0g\0g\0g\0" +
            "g\0g\0g\0g\0h\0h\0h\0h\0i\0i\0i\0i\0i\0i\0i\0i\0i\0i\0ijijj\0j\0k\0k\0k\0l\0l\0l\0l\0l\0l\0l\0l\0l\0l\0n\0n\0n\0n\0n\0n\0n\0n\0n\0o\0o\0o\0o\0" +
            "o\0o\0oeoer\0r\0r\0r\0r\0r\0s\0s\0s\0s\0s\0s\0s\0s\0t\0t\0t\0t\0t\0t\0u\0u\0u\0u\0u\0u\0u\0u\0u\0u\0u\0u\0w\0w\0y\0y\0y\0z\0z\0z\0z\0z\0z\0s\0" +
            "b\0b\0b\0b\0\0\0\0\0\0\0c\0c\0d\0d\0d\0d\0\0\0\0\0\0\0\0\0f\0f\0g\0\0\0hv\0\0i\0k\0k\0l\0\0\0\0\0n\0n\0o\0o\0o\0oioip\0p\0\0\0\0\0\0\0\0\0\0\0t\0t\0t\0t\0u\0" +
            "u\0\0\0v\0y\0y\0z\0z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0dzdzdzljljljnjnjnja\0a\0i\0i\0o\0o\0u\0u\0u\0u\0u\0u\0u\0u\0u\0u\0\0\0a\0a\0" +
            "a\0a\0aeaeg\0g\0g\0g\0k\0k\0o\0o\0o\0o\0\0\0\0\0j\0dzdzdzg\0g\0hv\0\0n\0n\0a\0a\0aeaeo\0o\0a\0a\0a\0a\0e\0e\0e\0e\0i\0i\0i\0i\0o\0o\0o\0o\0" +
            "r\0r\0r\0r\0u\0u\0u\0u\0s\0s\0t\0t\0\0\0\0\0h\0h\0n\0d\0ououz\0z\0a\0a\0e\0e\0o\0o\0o\0o\0o\0o\0o\0o\0y\0y\0l\0n\0t\0\0\0\0\0\0\0a\0c\0c\0l\0t\0s\0" +
            "z\0\0\0\0\0b\0\0\0\0\0e\0e\0j\0j\0q\0q\0r\0r\0y\0y\0\0\0\0\0\0\0b\0\0\0c\0d\0d\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\0\0\0\0\0\0\0\0\0\0\0h\0\0\0i\0\0\0\0\0l\0l\0l\0\0\0\0\0" +
            "\0\0m\0n\0n\0\0\0o\0\0\0\0\0\0\0\0\0\0\0\0\0r\0r\0r\0\0\0\0\0\0\0s\0\0\0\0\0\0\0\0\0\0\0t\0\0\0\0\0v\0\0\0\0\0\0\0\0\0z\0z\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0j\0\0\0\0\0" +
            "q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\u03B1\0\0\0\u03B5\0\u03B7\0\u03B9\0\0\0\u03BF\0\0\0\u03C5\0\u03C9\0\u03B9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0" +
            "\0\0\0\0\0\0\0\0\u03B9\0\u03C5\0\u03B1\0\u03B5\0\u03B7\0\u03B9\0\u03C5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\u03C3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\u03B9\0\u03C5\0\u03BF\0\u03C5\0\u03C9\0a\0a\0b\0b\0b\0b\0b\0" +
            "b\0c\0c\0d\0d\0d\0d\0d\0d\0d\0d\0d\0d\0e\0e\0e\0e\0e\0e\0e\0e\0e\0e\0f\0f\0g\0g\0h\0h\0h\0h\0h\0h\0h\0h\0h\0h\0i\0i\0i\0i\0k\0k\0k\0k\0k\0k\0l\0" +
            "l\0l\0l\0l\0l\0l\0l\0m\0m\0m\0m\0m\0m\0n\0n\0n\0n\0n\0n\0n\0n\0o\0o\0o\0o\0o\0o\0o\0o\0p\0p\0p\0p\0r\0r\0r\0r\0r\0r\0r\0r\0s\0s\0s\0s\0s\0s\0s\0" +
            "s\0s\0s\0t\0t\0t\0t\0t\0t\0t\0t\0u\0u\0u\0u\0u\0u\0u\0u\0u\0u\0v\0v\0v\0v\0w\0w\0w\0w\0w\0w\0w\0w\0w\0w\0x\0x\0x\0x\0y\0y\0z\0z\0z\0z\0z\0z\0h\0" +
            "t\0w\0y\0a\0s\0\0\0\0\0ss\0\0a\0a\0a\0a\0a\0a\0a\0a\0a\0a\0a\0a\0a\0a\0a\0a\0a\0a\0a\0a\0a\0a\0a\0a\0e\0e\0e\0e\0e\0e\0e\0e\0e\0e\0e\0e\0e\0e\0e\0" +
            "e\0i\0i\0i\0i\0o\0o\0o\0o\0o\0o\0o\0o\0o\0o\0o\0o\0o\0o\0o\0o\0o\0o\0o\0o\0o\0o\0o\0o\0u\0u\0u\0u\0u\0u\0u\0u\0u\0u\0u\0u\0u\0u\0y\0y\0y\0y\0y\0" +
            "y\0y\0y\0\0\0\0\0\0\0\0\0y\0y\0l\0l\0l\0p\0r\0a\0t\0h\0h\0k\0k\0z\0z\0\0\0m\0\0\0\0\0v\0w\0w\0v\0\0\0\0\0\0\0e\0\0\0o\0\0\0\0\0\0\0s\0z\0";

        /// <summary>
        /// Reads the next term of <paramref name="text"/> from <paramref name="position"/>, which it moves past the term.
        /// </summary>
        /// <param name="text">The text.</param>
        /// <param name="position">Where to start reading; moved past the term.</param>
        /// <param name="start">Where the term's characters start in the text.</param>
        /// <param name="termLength">How many characters of the text it spans (diacritics and characters past the cut included).</param>
        /// <returns>The folded term, or null when the text has no more terms.</returns>
        public static string Next(string text, ref int position, out int start, out int termLength)
        {
            var i = position;
            while (i < text.Length && !IsTermStart(text, i))
            {
                i++;
            }

            start = i;
            if (i >= text.Length)
            {
                position = i;
                termLength = 0;
                return null;
            }

            var folded = t_folded ?? (t_folded = new char[MaxTermLength + 2]);
            var length = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    if (!char.IsLetterOrDigit(text, i))
                    {
                        break;
                    }

                    if (length + 2 <= MaxTermLength)
                    {
                        folded[length++] = c;
                        folded[length++] = text[i + 1];
                    }

                    i += 2;
                    continue;
                }

                if (char.IsLetterOrDigit(c))
                {
                    if (length < MaxTermLength)
                    {
                        length = Fold(c, folded, length);
                    }
                }
                else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    break;
                }

                i++;
            }

            position = i;
            termLength = i - start;
            return new string(folded, 0, System.Math.Min(length, MaxTermLength));
        }

        /// <summary>The terms of a text, in order (for queries and phrases; the index counts them as it goes).</summary>
        public static System.Collections.Generic.List<string> Terms(string text)
        {
            var terms = new System.Collections.Generic.List<string>();
            var position = 0;
            int start, length;
            string term;
            while ((term = Next(text, ref position, out start, out length)) != null)
            {
                terms.Add(term);
            }

            return terms;
        }

        /// <summary>The shard that holds a term: FNV-1a of its characters, the same on every machine.</summary>
        public static int ShardOf(string term)
        {
            unchecked
            {
                var hash = 2166136261u;
                for (var i = 0; i < term.Length; i++)
                {
                    hash = (hash ^ term[i]) * 16777619u;
                }

                return (int)(hash % ShardCount);
            }
        }

        private static bool IsTermStart(string text, int i)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && char.IsLetterOrDigit(text, i);
            }

            return char.IsLetterOrDigit(c);
        }

        /// <summary>Appends <paramref name="c"/>, a letter or digit, folded; returns the new length.</summary>
        private static int Fold(char c, char[] folded, int length)
        {
            if (c < 0x80)
            {
                folded[length] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
                return length + 1;
            }

            var at = FoldIndex(c);
            if (at < 0 || Folds[at] == '\0')
            {
                // A letter outside the blocks may be the other case of one inside them (U+1D7D and U+2C63).
                var lower = char.ToLowerInvariant(c);
                at = FoldIndex(lower);
                if (at < 0 || Folds[at] == '\0')
                {
                    at = FoldIndex(char.ToUpperInvariant(c));
                }

                if (at < 0 || Folds[at] == '\0')
                {
                    folded[length] = lower;
                    return length + 1;
                }
            }

            folded[length++] = Folds[at];
            if (Folds[at + 1] != '\0')
            {
                folded[length++] = Folds[at + 1];
            }

            return length;
        }

        private static int FoldIndex(char c)
        {
            var at = 0;
            if (c < LatinStart)
            {
                return -1;
            }

            if (c < LatinEnd)
            {
                return 2 * (c - LatinStart);
            }

            at += LatinEnd - LatinStart;
            if (c >= GreekStart && c < GreekEnd)
            {
                return 2 * (at + c - GreekStart);
            }

            at += GreekEnd - GreekStart;
            if (c >= LatinExtraStart && c < LatinExtraEnd)
            {
                return 2 * (at + c - LatinExtraStart);
            }

            at += LatinExtraEnd - LatinExtraStart;
            if (c >= LatinCStart && c < LatinCEnd)
            {
                return 2 * (at + c - LatinCStart);
            }

            return -1;
        }
    }
    // </runtime>
}
