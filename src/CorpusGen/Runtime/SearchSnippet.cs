// Compiled into the generator (for its tests) and written into projects that turn search on: see SearchTokenizer.cs.
#nullable disable
namespace CorpusGen.Runtime
{
    // <runtime>
    /// <summary>
    /// A short excerpt of a hit: the first paragraph with a query term (else the title, else the first paragraph),
    /// about <see cref="Length"/> characters around its first match, cut at spaces, with the matched terms' ranges.
    /// </summary>
    internal static class SearchSnippet
    {
        public const int Length = 200;

        private const int Before = 60;

        /// <param name="title">The article's title.</param>
        /// <param name="paragraphs">The article's paragraphs.</param>
        /// <param name="query">The query whose terms are highlighted.</param>
        /// <param name="ranges">Start and length of each matched term in the excerpt, in pairs.</param>
        public static string Make(string title, System.Collections.Generic.IReadOnlyList<string> paragraphs, SearchQuery query, out int[] ranges)
        {
            string text = null;
            var first = -1;
            for (var p = 0; p < paragraphs.Count && first < 0; p++)
            {
                first = FirstMatch(paragraphs[p], query);
                text = paragraphs[p];
            }

            if (first < 0 && FirstMatch(title, query) >= 0)
            {
                text = title;
                first = FirstMatch(title, query);
            }

            if (text == null || first < 0)
            {
                text = paragraphs.Count > 0 ? paragraphs[0] : title;
                first = 0;
            }

            var start = first <= Before ? 0 : text.IndexOf(' ', first - Before) + 1;
            if (start <= 0 || start > first)
            {
                start = first <= Before ? 0 : first;
            }

            var end = start + Length >= text.Length ? text.Length : text.LastIndexOf(' ', start + Length);
            if (end <= first)
            {
                end = System.Math.Min(text.Length, start + Length);
            }

            // A cut without a space may fall inside a surrogate pair: keep the pair whole, out of the excerpt.
            if (end < text.Length && end > start && char.IsLowSurrogate(text[end]) && char.IsHighSurrogate(text[end - 1]))
            {
                end--;
            }

            var prefix = start > 0 ? "\u2026" : string.Empty;
            var excerpt = prefix + text.Substring(start, end - start) + (end < text.Length ? "\u2026" : string.Empty);
            var found = new System.Collections.Generic.List<int>();
            var position = start;
            int termStart, termLength;
            string term;
            while ((term = SearchTokenizer.Next(text, ref position, out termStart, out termLength)) != null && termStart + termLength <= end)
            {
                if (Matches(term, query))
                {
                    found.Add(termStart - start + prefix.Length);
                    found.Add(termLength);
                }
            }

            ranges = found.ToArray();
            return excerpt;
        }

        private static int FirstMatch(string text, SearchQuery query)
        {
            var position = 0;
            int start, length;
            string term;
            while ((term = SearchTokenizer.Next(text, ref position, out start, out length)) != null)
            {
                if (Matches(term, query))
                {
                    return start;
                }
            }

            return -1;
        }

        private static bool Matches(string term, SearchQuery query)
        {
            foreach (var group in query.Required)
            {
                foreach (var clause in group)
                {
                    foreach (var wanted in clause.Terms)
                    {
                        if (clause.IsPrefix ? term.StartsWith(wanted, System.StringComparison.Ordinal) : term == wanted)
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }
    }
    // </runtime>
}
