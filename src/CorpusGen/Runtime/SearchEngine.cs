// Compiled into the generator (for its tests) and written into projects that turn search on: see SearchTokenizer.cs.
#nullable disable
namespace CorpusGen.Runtime
{
    // <runtime>
    /// <summary>
    /// Runs a <see cref="SearchQuery"/> over a <see cref="SearchIndexData"/>, ranking with BM25 per field, as Lucene's
    /// BM25Similarity does (k1 = 1.2, b = 0.75), the title's score counted <see cref="TitleBoost"/> times. A phrase
    /// scores as its terms' idf summed times its frequency's weight; a prefix scores 1 (as Lucene's constant-score
    /// prefix queries do). Phrases are verified against the text of the documents that have all their terms.
    /// </summary>
    internal static class SearchEngine
    {
        public const double K1 = 1.2;

        public const double B = 0.75;

        public const double TitleBoost = 2.0;

        /// <summary>The best <paramref name="top"/> matches, by score then by position; positions in All.</summary>
        public static int[] Find(SearchIndexData data, SearchQuery query, int top, out double[] scores)
        {
            var matches = Match(data, query);
            var positions = new int[matches.Count];
            var values = new double[matches.Count];
            var n = 0;
            foreach (var match in matches)
            {
                positions[n] = match.Key;
                values[n] = match.Value;
                n++;
            }

            var order = new int[n];
            for (var i = 0; i < n; i++)
            {
                order[i] = i;
            }

            System.Array.Sort(order, (x, y) =>
            {
                var byScore = values[y].CompareTo(values[x]);
                return byScore != 0 ? byScore : positions[x].CompareTo(positions[y]);
            });
            var count = System.Math.Max(0, System.Math.Min(top, n));
            var result = new int[count];
            scores = new double[count];
            for (var i = 0; i < count; i++)
            {
                result[i] = positions[order[i]];
                scores[i] = values[order[i]];
            }

            return result;
        }

        /// <summary>How many documents match.</summary>
        public static int Count(SearchIndexData data, SearchQuery query) => Match(data, query).Count;

        private static System.Collections.Generic.Dictionary<int, double> Match(SearchIndexData data, SearchQuery query)
        {
            var result = new System.Collections.Generic.Dictionary<int, double>();
            if (query.IsEmpty)
            {
                return result;
            }

            var stats = new Stats(data.Documents());
            for (var g = 0; g < query.Required.Count; g++)
            {
                var group = new System.Collections.Generic.Dictionary<int, double>();
                foreach (var clause in query.Required[g])
                {
                    foreach (var hit in Clause(data, stats, clause, g == 0 ? null : result))
                    {
                        double score;
                        group.TryGetValue(hit.Key, out score);
                        group[hit.Key] = score + hit.Value;
                    }
                }

                if (g == 0)
                {
                    result = group;
                    continue;
                }

                var kept = new System.Collections.Generic.Dictionary<int, double>();
                foreach (var entry in result)
                {
                    double score;
                    if (group.TryGetValue(entry.Key, out score))
                    {
                        kept[entry.Key] = entry.Value + score;
                    }
                }

                result = kept;
                if (result.Count == 0)
                {
                    return result;
                }
            }

            foreach (var clause in query.Excluded)
            {
                foreach (var hit in Clause(data, stats, clause, result))
                {
                    result.Remove(hit.Key);
                }
            }

            return result;
        }

        /// <summary>The documents a clause matches, with their scores; phrases checked only among <paramref name="within"/> when given.</summary>
        private static System.Collections.Generic.Dictionary<int, double> Clause(
            SearchIndexData data, Stats stats, SearchClause clause, System.Collections.Generic.Dictionary<int, double> within)
        {
            var scores = new System.Collections.Generic.Dictionary<int, double>();
            if (clause.IsPrefix)
            {
                Prefix(data, clause.Terms[0], scores);
                return scores;
            }

            var postings = new Postings[clause.Terms.Length];
            for (var i = 0; i < postings.Length; i++)
            {
                postings[i] = Postings.Find(data, clause.Terms[i]);
                if (postings[i].Data == null)
                {
                    return scores;
                }
            }

            for (var field = SearchIndexData.Title; field <= SearchIndexData.Body; field++)
            {
                var boost = field == SearchIndexData.Title ? TitleBoost : 1.0;
                if (!clause.IsPhrase)
                {
                    var idf = stats.Idf(postings[0].DocumentCount(field));
                    var reader = postings[0].Read(field);
                    int position, frequency;
                    while (reader.Next(out position, out frequency))
                    {
                        Add(scores, position, boost * idf * stats.Weight(frequency, position, field));
                    }

                    continue;
                }

                var idfSum = 0.0;
                var candidates = new System.Collections.Generic.Dictionary<int, int>();
                for (var i = 0; i < postings.Length; i++)
                {
                    idfSum += stats.Idf(postings[i].DocumentCount(field));
                    var reader = postings[i].Read(field);
                    int position, frequency;
                    while (reader.Next(out position, out frequency))
                    {
                        int seen;
                        if (candidates.TryGetValue(position, out seen) ? seen == i : i == 0)
                        {
                            candidates[position] = i + 1;
                        }
                    }
                }

                foreach (var candidate in candidates)
                {
                    if (candidate.Value != postings.Length || (within != null && !within.ContainsKey(candidate.Key)))
                    {
                        continue;
                    }

                    var frequency = PhraseFrequency(data.FieldText(candidate.Key, field), clause.Terms);
                    if (frequency > 0)
                    {
                        Add(scores, candidate.Key, boost * idfSum * stats.Weight(frequency, candidate.Key, field));
                    }
                }
            }

            return scores;
        }

        private static void Prefix(SearchIndexData data, string prefix, System.Collections.Generic.Dictionary<int, double> scores)
        {
            for (var shard = 0; shard < SearchTokenizer.ShardCount; shard++)
            {
                var terms = data.Terms(shard);
                var postings = data.Postings(shard);
                if (terms.Length == 0)
                {
                    continue;
                }

                var count = SearchIndexData.Int32(postings, 0);
                for (var i = Postings.LowerBound(terms, postings, count, prefix); i < count; i++)
                {
                    var start = SearchIndexData.Int32(postings, 2 + (i * 4));
                    if (Postings.EntryLength(terms, postings, count, i) < prefix.Length
                        || string.CompareOrdinal(terms, start, prefix, 0, prefix.Length) != 0)
                    {
                        break;
                    }

                    var entry = new Postings(postings, SearchIndexData.Int32(postings, 4 + (i * 4)));
                    for (var field = SearchIndexData.Title; field <= SearchIndexData.Body; field++)
                    {
                        var reader = entry.Read(field);
                        int position, frequency;
                        while (reader.Next(out position, out frequency))
                        {
                            scores[position] = 1.0;
                        }
                    }
                }
            }
        }

        private static void Add(System.Collections.Generic.Dictionary<int, double> scores, int position, double score)
        {
            double existing;
            scores.TryGetValue(position, out existing);
            scores[position] = existing + score;
        }

        /// <summary>How often the terms occur one after another in a text, tokenised as the index was.</summary>
        internal static int PhraseFrequency(string text, string[] phrase)
        {
            var terms = SearchTokenizer.Terms(text);
            var frequency = 0;
            for (var i = 0; i + phrase.Length <= terms.Count; i++)
            {
                var j = 0;
                while (j < phrase.Length && terms[i + j] == phrase[j])
                {
                    j++;
                }

                if (j == phrase.Length)
                {
                    frequency++;
                }
            }

            return frequency;
        }

        /// <summary>Corpus statistics from the documents literal: BM25's idf and per-field length weights.</summary>
        private sealed class Stats
        {
            private readonly string _documents;
            private readonly int _count;
            private readonly double[] _averageLength;

            public Stats(string documents)
            {
                _documents = documents;
                _count = SearchIndexData.Int32(documents, 0);
                var n = System.Math.Max(1, _count);
                _averageLength = new[] { SearchIndexData.Int32(documents, 2) / (double)n, SearchIndexData.Int32(documents, 4) / (double)n };
            }

            public double Idf(int documentCount) => System.Math.Log(1 + ((_count - documentCount + 0.5) / (documentCount + 0.5)));

            public double Weight(int frequency, int position, int field)
            {
                var at = 6 + (position * 3);
                var length = field == SearchIndexData.Title ? _documents[at] : SearchIndexData.Int32(_documents, at + 1);
                var average = _averageLength[field] > 0 ? _averageLength[field] : 1;
                return frequency * (K1 + 1) / (frequency + (K1 * (1 - B + (B * length / average))));
            }
        }

        /// <summary>One term's postings in its shard's literal.</summary>
        private struct Postings
        {
            public Postings(string data, int start)
            {
                Data = data;
                Start = start;
            }

            /// <summary>The shard's postings literal; null when the term is in no document.</summary>
            public string Data { get; }

            public int Start { get; }

            public static Postings Find(SearchIndexData index, string term)
            {
                var shard = SearchTokenizer.ShardOf(term);
                var terms = index.Terms(shard);
                var postings = index.Postings(shard);
                if (terms.Length == 0)
                {
                    return default(Postings);
                }

                var count = SearchIndexData.Int32(postings, 0);
                var i = LowerBound(terms, postings, count, term);
                return i < count && Compare(terms, postings, count, i, term) == 0
                    ? new Postings(postings, SearchIndexData.Int32(postings, 4 + (i * 4)))
                    : default(Postings);
            }

            public int DocumentCount(int field)
            {
                var at = Start;
                if (field == SearchIndexData.Body)
                {
                    Skip(ref at);
                }

                return SearchIndexData.Varint(Data, ref at);
            }

            public Reader Read(int field)
            {
                var at = Start;
                if (field == SearchIndexData.Body)
                {
                    Skip(ref at);
                }

                var count = SearchIndexData.Varint(Data, ref at);
                return new Reader(Data, at, count);
            }

            /// <summary>The first term not ordinally below <paramref name="term"/>.</summary>
            public static int LowerBound(string terms, string postings, int count, string term)
            {
                int low = 0, high = count;
                while (low < high)
                {
                    var middle = low + ((high - low) / 2);
                    if (Compare(terms, postings, count, middle, term) < 0)
                    {
                        low = middle + 1;
                    }
                    else
                    {
                        high = middle;
                    }
                }

                return low;
            }

            public static int EntryLength(string terms, string postings, int count, int i)
                => (i + 1 < count ? SearchIndexData.Int32(postings, 2 + ((i + 1) * 4)) : terms.Length) - 1 - SearchIndexData.Int32(postings, 2 + (i * 4));

            private static int Compare(string terms, string postings, int count, int i, string term)
            {
                var length = EntryLength(terms, postings, count, i);
                var compared = string.CompareOrdinal(terms, SearchIndexData.Int32(postings, 2 + (i * 4)), term, 0, System.Math.Min(length, term.Length));
                return compared != 0 ? compared : length.CompareTo(term.Length);
            }

            private void Skip(ref int at)
            {
                var count = SearchIndexData.Varint(Data, ref at);
                for (var i = 0; i < count * 2; i++)
                {
                    SearchIndexData.Varint(Data, ref at);
                }
            }
        }

        private struct Reader
        {
            private readonly string _data;
            private int _at;
            private int _left;
            private int _position;

            public Reader(string data, int at, int count)
            {
                _data = data;
                _at = at;
                _left = count;
                _position = 0;
            }

            public bool Next(out int position, out int frequency)
            {
                if (_left == 0)
                {
                    position = 0;
                    frequency = 0;
                    return false;
                }

                _left--;
                _position += SearchIndexData.Varint(_data, ref _at);
                position = _position;
                frequency = SearchIndexData.Varint(_data, ref _at);
                return true;
            }
        }
    }
    // </runtime>
}
