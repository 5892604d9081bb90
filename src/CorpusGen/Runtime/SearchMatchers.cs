// Compiled into the generator (for its tests) and written into projects that turn search on: see SearchTokenizer.cs.
#nullable disable
namespace CorpusGen.Runtime
{
    // <runtime>
    /// <summary>
    /// The documents a part of a query matches, visited in ascending order. <see cref="Advance"/> finds the next
    /// document that may match cheaply (every term of a phrase is there); <see cref="Confirm"/> decides and scores it
    /// (the phrase's words are in a row), so costly checks run only on documents the rest of the query already wants.
    /// </summary>
    internal abstract class SearchMatcher
    {
        public const int NoMore = int.MaxValue;

        /// <summary>The current document: -1 before the first, <see cref="NoMore"/> after the last.</summary>
        public int Document { get; protected set; } = -1;

        /// <summary>The current document's score, once <see cref="Confirm"/> has said it matches.</summary>
        public double Score { get; protected set; }

        /// <summary>At most how many documents it matches, to let the rarest part lead a conjunction.</summary>
        public abstract int Cost { get; }

        /// <summary>Moves to the first document at or after <paramref name="target"/> that may match; returns it.</summary>
        public abstract int Advance(int target);

        /// <summary>Whether the current document matches, setting <see cref="Score"/>.</summary>
        public abstract bool Confirm();

        protected static int AdvanceChild(SearchMatcher child, int target) => child.Document < target ? child.Advance(target) : child.Document;
    }

    /// <summary>A word: BM25 in the title (boosted) plus in the body.</summary>
    internal sealed class SearchTermMatcher : SearchMatcher
    {
        private readonly SearchStats _stats;
        private readonly SearchFieldCursor _title;
        private readonly SearchFieldCursor _body;
        private readonly double _titleIdf;
        private readonly double _bodyIdf;

        public SearchTermMatcher(SearchTermEntry entry, SearchStats stats)
        {
            _stats = stats;
            _title = SearchFieldCursor.Open(entry, SearchIndexData.Title);
            _body = SearchFieldCursor.Open(entry, SearchIndexData.Body);
            _titleIdf = stats.Idf(_title.DocumentCount);
            _bodyIdf = stats.Idf(_body.DocumentCount);
        }

        public override int Cost => _title.DocumentCount + _body.DocumentCount;

        public override int Advance(int target) => Document = System.Math.Min(_title.AdvanceTo(target), _body.AdvanceTo(target));

        public override bool Confirm()
        {
            var score = 0.0;
            if (_title.Document == Document)
            {
                score += SearchEngine.TitleBoost * _titleIdf * _stats.Weight(_title.Frequency, Document, SearchIndexData.Title);
            }

            if (_body.Document == Document)
            {
                score += _bodyIdf * _stats.Weight(_body.Frequency, Document, SearchIndexData.Body);
            }

            Score = score;
            return true;
        }
    }

    /// <summary>Words in a row, in the title or the body: the terms' idf summed times the weight of the phrase's frequency.</summary>
    internal sealed class SearchPhraseMatcher : SearchMatcher
    {
        private readonly SearchStats _stats;
        private readonly SearchFieldCursor[] _title;
        private readonly SearchFieldCursor[] _body;
        private readonly double _titleIdf;
        private readonly double _bodyIdf;
        private readonly int[] _next;

        public SearchPhraseMatcher(SearchTermEntry[] entries, SearchStats stats)
        {
            _stats = stats;
            _title = new SearchFieldCursor[entries.Length];
            _body = new SearchFieldCursor[entries.Length];
            _next = new int[entries.Length];
            for (var i = 0; i < entries.Length; i++)
            {
                _title[i] = SearchFieldCursor.Open(entries[i], SearchIndexData.Title);
                _body[i] = SearchFieldCursor.Open(entries[i], SearchIndexData.Body);
                _titleIdf += stats.Idf(_title[i].DocumentCount);
                _bodyIdf += stats.Idf(_body[i].DocumentCount);
            }
        }

        public override int Cost
        {
            get
            {
                var cost = int.MaxValue;
                for (var i = 0; i < _title.Length; i++)
                {
                    cost = System.Math.Min(cost, _title[i].DocumentCount + _body[i].DocumentCount);
                }

                return cost;
            }
        }

        /// <summary>The next document that has every term, in either field.</summary>
        public override int Advance(int target)
        {
            var document = target;
            for (var i = 0; i < _title.Length;)
            {
                var at = System.Math.Min(_title[i].AdvanceTo(document), _body[i].AdvanceTo(document));
                if (at == NoMore)
                {
                    return Document = NoMore;
                }

                if (at > document)
                {
                    document = at;
                    i = 0;
                    continue;
                }

                i++;
            }

            return Document = document;
        }

        public override bool Confirm()
        {
            var titleFrequency = Frequency(_title);
            var bodyFrequency = Frequency(_body);
            var score = 0.0;
            if (titleFrequency > 0)
            {
                score += SearchEngine.TitleBoost * _titleIdf * _stats.Weight(titleFrequency, Document, SearchIndexData.Title);
            }

            if (bodyFrequency > 0)
            {
                score += _bodyIdf * _stats.Weight(bodyFrequency, Document, SearchIndexData.Body);
            }

            Score = score;
            return titleFrequency + bodyFrequency > 0;
        }

        /// <summary>How often the terms follow one another in one field of the current document.</summary>
        private int Frequency(SearchFieldCursor[] field)
        {
            for (var i = 0; i < field.Length; i++)
            {
                if (field[i].Document != Document)
                {
                    return 0;
                }

                _next[i] = 0;
            }

            var first = field[0].Positions();
            var frequency = 0;
            for (var k = 0; k < field[0].Frequency; k++)
            {
                var inRow = true;
                for (var i = 1; i < field.Length && inRow; i++)
                {
                    var positions = field[i].Positions();
                    var wanted = first[k] + i;
                    while (_next[i] < field[i].Frequency && positions[_next[i]] < wanted)
                    {
                        _next[i]++;
                    }

                    if (_next[i] == field[i].Frequency)
                    {
                        return frequency;
                    }

                    inRow = positions[_next[i]] == wanted;
                }

                if (inRow)
                {
                    frequency++;
                }
            }

            return frequency;
        }
    }

    /// <summary>Clauses joined by OR: the documents any of them matches, scored as the sum of those that do.</summary>
    internal sealed class SearchAnyMatcher : SearchMatcher
    {
        private readonly SearchMatcher[] _children;

        public SearchAnyMatcher(SearchMatcher[] children) => _children = children;

        public override int Cost
        {
            get
            {
                var cost = 0L;
                foreach (var child in _children)
                {
                    cost += child.Cost;
                }

                return (int)System.Math.Min(cost, int.MaxValue);
            }
        }

        public override int Advance(int target)
        {
            var document = NoMore;
            foreach (var child in _children)
            {
                document = System.Math.Min(document, AdvanceChild(child, target));
            }

            return Document = document;
        }

        public override bool Confirm()
        {
            var score = 0.0;
            var any = false;
            foreach (var child in _children)
            {
                if (child.Document == Document && child.Confirm())
                {
                    score += child.Score;
                    any = true;
                }
            }

            Score = score;
            return any;
        }
    }

    /// <summary>Groups that must all match, led by the rarest; scored as their sum, in the query's order.</summary>
    internal sealed class SearchAllMatcher : SearchMatcher
    {
        private readonly SearchMatcher[] _children;
        private readonly SearchMatcher[] _lead;

        public SearchAllMatcher(SearchMatcher[] children)
        {
            _children = children;
            _lead = (SearchMatcher[])children.Clone();
            var costs = new int[_lead.Length];
            for (var i = 0; i < costs.Length; i++)
            {
                costs[i] = _lead[i].Cost;
            }

            System.Array.Sort(costs, _lead);
        }

        public override int Cost => _lead.Length == 0 ? 0 : _lead[0].Cost;

        public override int Advance(int target)
        {
            var document = target;
            for (var i = 0; i < _lead.Length;)
            {
                var at = AdvanceChild(_lead[i], document);
                if (at == NoMore)
                {
                    return Document = NoMore;
                }

                if (at > document)
                {
                    document = at;
                    i = 0;
                    continue;
                }

                i++;
            }

            return Document = document;
        }

        public override bool Confirm()
        {
            foreach (var child in _lead)
            {
                if (!child.Confirm())
                {
                    return false;
                }
            }

            var score = 0.0;
            foreach (var child in _children)
            {
                score += child.Score;
            }

            Score = score;
            return true;
        }
    }

    /// <summary>A fixed list of documents with one score: a prefix's (every term it starts, constant 1), or none.</summary>
    internal sealed class SearchListMatcher : SearchMatcher
    {
        private readonly int[] _documents;
        private readonly double _score;
        private int _next;

        private SearchListMatcher(int[] documents, double score)
        {
            _documents = documents;
            _score = score;
        }

        public static SearchListMatcher Nothing => new SearchListMatcher(System.Array.Empty<int>(), 0);

        public override int Cost => _documents.Length;

        /// <summary>The documents that have, in either field, a term starting with <paramref name="prefix"/>.</summary>
        public static SearchListMatcher Prefix(SearchIndexData data, int documentCount, string prefix)
        {
            var found = new bool[documentCount];
            var count = 0;
            for (var shard = 0; shard < SearchTokenizer.ShardCount; shard++)
            {
                var terms = data.Terms(shard);
                var postings = data.Postings(shard);
                if (terms.Length == 0)
                {
                    continue;
                }

                var termCount = SearchIndexData.Number(postings, 0);
                for (var i = SearchTermEntry.LowerBound(terms, postings, termCount, prefix); i < termCount && SearchTermEntry.StartsWith(terms, postings, termCount, i, prefix); i++)
                {
                    var entry = SearchTermEntry.At(postings, termCount, i);
                    for (var field = SearchIndexData.Title; field <= SearchIndexData.Body; field++)
                    {
                        var cursor = SearchFieldCursor.Open(entry, field);
                        while (cursor.Next())
                        {
                            if (!found[cursor.Document])
                            {
                                found[cursor.Document] = true;
                                count++;
                            }
                        }
                    }
                }
            }

            var documents = new int[count];
            for (int document = 0, n = 0; n < count; document++)
            {
                if (found[document])
                {
                    documents[n++] = document;
                }
            }

            return new SearchListMatcher(documents, 1.0);
        }

        public override int Advance(int target)
        {
            while (_next < _documents.Length && _documents[_next] < target)
            {
                _next++;
            }

            return Document = _next < _documents.Length ? _documents[_next] : NoMore;
        }

        public override bool Confirm()
        {
            Score = _score;
            return true;
        }
    }
    // </runtime>
}
