// Compiled into the generator (for its tests) and written into projects that turn search on: see SearchTokenizer.cs.
#nullable disable
namespace CorpusGen.Runtime
{
    // <runtime>
    /// <summary>
    /// Runs a <see cref="SearchQuery"/> over a <see cref="SearchIndexData"/>, ranking with BM25 per field, as Lucene's
    /// BM25Similarity does (k1 = 1.2, b = 0.75), the title's score counted <see cref="TitleBoost"/> times. A phrase
    /// scores as its terms' idf summed times its frequency's weight; a prefix scores 1 (as Lucene's constant-score
    /// prefix queries do). Documents are visited once, in order, by matchers over the postings
    /// (<see cref="SearchMatcher"/>), and only the best <c>top</c> are kept.
    /// </summary>
    internal static class SearchEngine
    {
        public const double K1 = 1.2;

        public const double B = 0.75;

        public const double TitleBoost = 2.0;

        /// <summary>The best <paramref name="top"/> matches, by score then by position; positions in All.</summary>
        public static int[] Find(SearchIndexData data, SearchQuery query, int top, out double[] scores)
        {
            var stats = new SearchStats(data.Documents());
            var hits = new SearchTopHits(System.Math.Max(0, System.Math.Min(top, stats.Count)));
            if (hits.Limit > 0)
            {
                Run(data, stats, query, hits);
            }

            return hits.ToArray(out scores);
        }

        /// <summary>How many documents match.</summary>
        public static int Count(SearchIndexData data, SearchQuery query)
        {
            var hits = new SearchTopHits(0);
            Run(data, new SearchStats(data.Documents()), query, hits);
            return hits.Seen;
        }

        private static void Run(SearchIndexData data, SearchStats stats, SearchQuery query, SearchTopHits hits)
        {
            if (query.IsEmpty)
            {
                return;
            }

            var groups = new SearchMatcher[query.Required.Count];
            for (var g = 0; g < groups.Length; g++)
            {
                groups[g] = Group(data, stats, query.Required[g]);
            }

            var root = groups.Length == 1 ? groups[0] : new SearchAllMatcher(groups);
            var excluded = new SearchMatcher[query.Excluded.Count];
            for (var i = 0; i < excluded.Length; i++)
            {
                excluded[i] = Clause(data, stats, query.Excluded[i]);
            }

            for (var document = root.Advance(0); document != SearchMatcher.NoMore; document = root.Advance(document + 1))
            {
                if (root.Confirm() && !IsExcluded(excluded, document))
                {
                    hits.Add(document, root.Score);
                }
            }
        }

        private static SearchMatcher Group(SearchIndexData data, SearchStats stats, SearchClause[] clauses)
        {
            if (clauses.Length == 1)
            {
                return Clause(data, stats, clauses[0]);
            }

            var children = new SearchMatcher[clauses.Length];
            for (var i = 0; i < children.Length; i++)
            {
                children[i] = Clause(data, stats, clauses[i]);
            }

            return new SearchAnyMatcher(children);
        }

        private static SearchMatcher Clause(SearchIndexData data, SearchStats stats, SearchClause clause)
        {
            if (clause.IsPrefix)
            {
                return SearchListMatcher.Prefix(data, stats.Count, clause.Terms[0]);
            }

            var entries = new SearchTermEntry[clause.Terms.Length];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = SearchTermEntry.Find(data, clause.Terms[i]);
                if (entries[i].Data == null)
                {
                    return SearchListMatcher.Nothing;
                }
            }

            return clause.IsPhrase ? (SearchMatcher)new SearchPhraseMatcher(entries, stats) : new SearchTermMatcher(entries[0], stats);
        }

        private static bool IsExcluded(SearchMatcher[] excluded, int document)
        {
            foreach (var matcher in excluded)
            {
                var at = matcher.Document < document ? matcher.Advance(document) : matcher.Document;
                if (at == document && matcher.Confirm())
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Corpus statistics from the documents literal: BM25's idf and per-field length weights.</summary>
    internal sealed class SearchStats
    {
        private readonly string _documents;
        private readonly double[] _averageLength;

        public SearchStats(string documents)
        {
            _documents = documents;
            Count = SearchIndexData.Number(documents, 0);
            var n = System.Math.Max(1, Count);
            _averageLength = new[] { SearchIndexData.Number(documents, 2) / (double)n, SearchIndexData.Number(documents, 4) / (double)n };
        }

        /// <summary>The number of documents.</summary>
        public int Count { get; }

        public double Idf(int documentCount) => System.Math.Log(1 + ((Count - documentCount + 0.5) / (documentCount + 0.5)));

        public double Weight(int frequency, int document, int field)
        {
            var at = 6 + (document * 4) + (field == SearchIndexData.Title ? 0 : 2);
            var length = SearchIndexData.Number(_documents, at);
            var average = _averageLength[field] > 0 ? _averageLength[field] : 1;
            return frequency * (SearchEngine.K1 + 1) / (frequency + (SearchEngine.K1 * (1 - SearchEngine.B + (SearchEngine.B * length / average))));
        }
    }

    /// <summary>
    /// The best hits seen so far, in a heap whose root is the worst kept (lowest score, then latest position).
    /// Documents arrive in ascending order, so one that only ties the worst ranks below it and is not kept.
    /// </summary>
    internal sealed class SearchTopHits
    {
        private readonly int[] _documents;
        private readonly double[] _scores;
        private int _count;

        public SearchTopHits(int limit)
        {
            Limit = limit;
            _documents = new int[limit];
            _scores = new double[limit];
        }

        public int Limit { get; }

        /// <summary>How many hits were offered, kept or not.</summary>
        public int Seen { get; private set; }

        public void Add(int document, double score)
        {
            Seen++;
            if (_count < Limit)
            {
                _documents[_count] = document;
                _scores[_count] = score;
                Up(_count++);
            }
            else if (Limit > 0 && score > _scores[0])
            {
                _documents[0] = document;
                _scores[0] = score;
                Down(0);
            }
        }

        /// <summary>The kept hits, best first; empties the heap.</summary>
        public int[] ToArray(out double[] scores)
        {
            var documents = new int[_count];
            scores = new double[_count];
            for (var i = _count - 1; i >= 0; i--)
            {
                documents[i] = _documents[0];
                scores[i] = _scores[0];
                _count--;
                Swap(0, _count);
                Down(0);
            }

            return documents;
        }

        private bool Worse(int a, int b) => _scores[a] < _scores[b] || (_scores[a] == _scores[b] && _documents[a] > _documents[b]);

        private void Up(int i)
        {
            while (i > 0 && Worse(i, (i - 1) / 2))
            {
                Swap(i, (i - 1) / 2);
                i = (i - 1) / 2;
            }
        }

        private void Down(int i)
        {
            while (true)
            {
                var worst = i;
                var left = (2 * i) + 1;
                if (left < _count && Worse(left, worst))
                {
                    worst = left;
                }

                if (left + 1 < _count && Worse(left + 1, worst))
                {
                    worst = left + 1;
                }

                if (worst == i)
                {
                    return;
                }

                Swap(i, worst);
                i = worst;
            }
        }

        private void Swap(int a, int b)
        {
            var document = _documents[a];
            _documents[a] = _documents[b];
            _documents[b] = document;
            var score = _scores[a];
            _scores[a] = _scores[b];
            _scores[b] = score;
        }
    }
    // </runtime>
}
