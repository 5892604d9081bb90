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

        // U+00C0-U+017F folded: one letter, '*' for the letters that fold to two (see FoldTwo), '\0' for signs.
        private const string LatinFold =
            "aaaaaa*ceeeeiiiidnooooo\0ouuuuy**aaaaaa*ceeeeiiiidnooooo\0ouuuuy*y" +
            "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

        /// <summary>
        /// Reads the next term of <paramref name="text"/> from <paramref name="position"/>, which it moves past the term.
        /// </summary>
        /// <param name="text">The text.</param>
        /// <param name="position">Where to start reading; moved past the term.</param>
        /// <param name="start">Where the term's characters start in the text.</param>
        /// <param name="length">How many characters of the text it spans (diacritics and characters past the cut included).</param>
        /// <returns>The folded term, or null when the text has no more terms.</returns>
        public static string Next(string text, ref int position, out int start, out int length)
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
                length = 0;
                return null;
            }

            var folded = new System.Text.StringBuilder();
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    if (!char.IsLetterOrDigit(text, i))
                    {
                        break;
                    }

                    if (folded.Length + 2 <= MaxTermLength)
                    {
                        folded.Append(c).Append(text[i + 1]);
                    }

                    i += 2;
                    continue;
                }

                if (char.IsLetterOrDigit(c))
                {
                    Fold(c, folded);
                }
                else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    break;
                }

                i++;
            }

            if (folded.Length > MaxTermLength)
            {
                folded.Length = MaxTermLength;
            }

            position = i;
            length = i - start;
            return folded.ToString();
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

        private static void Fold(char c, System.Text.StringBuilder folded)
        {
            if (c < 0x80)
            {
                folded.Append(c >= 'A' && c <= 'Z' ? (char)(c + 32) : c);
            }
            else if (c >= 0xC0 && c <= 0x17F && LatinFold[c - 0xC0] != '\0')
            {
                var f = LatinFold[c - 0xC0];
                if (f == '*')
                {
                    folded.Append(FoldTwo(c));
                }
                else
                {
                    folded.Append(f);
                }
            }
            else
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        private static string FoldTwo(char c)
        {
            switch (c)
            {
                case '\u00C6': case '\u00E6': return "ae";
                case '\u00DE': case '\u00FE': return "th";
                case '\u00DF': return "ss";
                case '\u0132': case '\u0133': return "ij";
                case '\u0152': case '\u0153': return "oe";
                default: return char.ToLowerInvariant(c).ToString();
            }
        }
    }
    // </runtime>
}
