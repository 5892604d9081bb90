// Compiled into the generator (for its tests) and written into projects that turn search on: see SearchTokenizer.cs.
#nullable disable
namespace CorpusGen.Runtime
{
    // <runtime>
    /// <summary>One part of a query: a term, a phrase (several terms in a row) or a prefix.</summary>
    internal sealed class SearchClause
    {
        public SearchClause(string[] terms, bool isPrefix)
        {
            Terms = terms;
            IsPrefix = isPrefix;
        }

        /// <summary>The folded terms; more than one for a phrase.</summary>
        public string[] Terms { get; }

        /// <summary>The one term is a prefix (<c>econom*</c>): any term that starts with it matches.</summary>
        public bool IsPrefix { get; }

        public bool IsPhrase => Terms.Length > 1;
    }

    /// <summary>
    /// A parsed query: every group must match (a group matches when any of its clauses does: <c>a OR b</c>), and no
    /// excluded clause may. Read leniently, never throwing: an unclosed quote runs to the end, a lone <c>-</c>, a
    /// stray <c>OR</c> and words without letters or digits are ignored, and only the first
    /// <see cref="MaxClauses"/> clauses and <see cref="MaxPhraseTerms"/> terms of a phrase count.
    /// </summary>
    internal sealed class SearchQuery
    {
        public const int MaxClauses = 32;

        public const int MaxPhraseTerms = 32;

        private SearchQuery(System.Collections.Generic.List<SearchClause[]> required, System.Collections.Generic.List<SearchClause> excluded)
        {
            Required = required;
            Excluded = excluded;
        }

        public System.Collections.Generic.List<SearchClause[]> Required { get; }

        public System.Collections.Generic.List<SearchClause> Excluded { get; }

        /// <summary>No group to match: such a query finds nothing (a query of exclusions alone included).</summary>
        public bool IsEmpty => Required.Count == 0;

        public static SearchQuery Parse(string query)
        {
            var required = new System.Collections.Generic.List<SearchClause[]>();
            var excluded = new System.Collections.Generic.List<SearchClause>();
            var group = new System.Collections.Generic.List<SearchClause>();
            var text = query ?? string.Empty;
            var clauses = 0;
            var joinNext = false;
            var i = 0;
            while (i < text.Length && clauses < MaxClauses)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                var negated = false;
                if (c == '-')
                {
                    negated = true;
                    i++;
                    if (i >= text.Length || char.IsWhiteSpace(text[i]))
                    {
                        continue;
                    }
                }

                string item;
                var quoted = text[i] == '"';
                if (quoted)
                {
                    var close = text.IndexOf('"', i + 1);
                    var end = close < 0 ? text.Length : close;
                    item = text.Substring(i + 1, end - i - 1);
                    i = close < 0 ? text.Length : close + 1;
                }
                else
                {
                    var start = i;
                    while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
                    {
                        i++;
                    }

                    item = text.Substring(start, i - start);
                    if (!negated && item == "OR")
                    {
                        joinNext = group.Count > 0;
                        continue;
                    }
                }

                var clause = ClauseOf(item, quoted);
                if (clause == null)
                {
                    continue;
                }

                clauses++;
                if (negated)
                {
                    // "a OR -b c": an OR whose right-hand side is an exclusion is stray, like a trailing one.
                    excluded.Add(clause);
                    joinNext = false;
                    continue;
                }

                if (!joinNext && group.Count > 0)
                {
                    required.Add(group.ToArray());
                    group.Clear();
                }

                group.Add(clause);
                joinNext = false;
            }

            if (group.Count > 0)
            {
                required.Add(group.ToArray());
            }

            return new SearchQuery(required, excluded);
        }

        private static SearchClause ClauseOf(string item, bool quoted)
        {
            var terms = SearchTokenizer.Terms(item);
            if (terms.Count == 0)
            {
                return null;
            }

            if (terms.Count > MaxPhraseTerms)
            {
                terms.RemoveRange(MaxPhraseTerms, terms.Count - MaxPhraseTerms);
            }

            var prefix = !quoted && terms.Count == 1 && item.EndsWith("*", System.StringComparison.Ordinal);
            return new SearchClause(terms.ToArray(), prefix);
        }
    }
    // </runtime>
}
