// Compiled into the generator (for its tests) and written into projects that turn search on: see SearchTokenizer.cs.
#nullable disable
namespace CorpusGen.Runtime
{
    // <runtime>
    /// <summary>Where one term's postings start in its shard's literal (see <see cref="SearchIndexData.Postings"/>).</summary>
    internal struct SearchTermEntry
    {
        public SearchTermEntry(string data, int origin, int start)
        {
            Data = data;
            Origin = origin;
            Start = start;
        }

        /// <summary>The shard's postings literal; null when the term is in no document.</summary>
        public string Data { get; }

        /// <summary>The unit where the shard's septs start.</summary>
        public int Origin { get; }

        /// <summary>The sept where the term's postings start.</summary>
        public int Start { get; }

        public static SearchTermEntry Find(SearchIndexData index, string term)
        {
            var shard = SearchTokenizer.ShardOf(term);
            var terms = index.Terms(shard);
            var postings = index.Postings(shard);
            if (terms.Length == 0)
            {
                return default(SearchTermEntry);
            }

            var count = SearchIndexData.Number(postings, 0);
            var i = LowerBound(terms, postings, count, term);
            return i < count && Compare(terms, postings, count, i, term) == 0 ? At(postings, count, i) : default(SearchTermEntry);
        }

        /// <summary>The entry of the <paramref name="i"/>th of a shard's <paramref name="count"/> terms.</summary>
        public static SearchTermEntry At(string postings, int count, int i)
            => new SearchTermEntry(postings, 2 + (count * 4), SearchIndexData.Number(postings, 4 + (i * 4)));

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

        /// <summary>Whether the <paramref name="i"/>th term starts with <paramref name="prefix"/>.</summary>
        public static bool StartsWith(string terms, string postings, int count, int i, string prefix)
            => EntryLength(terms, postings, count, i) >= prefix.Length
                && string.CompareOrdinal(terms, SearchIndexData.Number(postings, 2 + (i * 4)), prefix, 0, prefix.Length) == 0;

        private static int EntryLength(string terms, string postings, int count, int i)
            => (i + 1 < count ? SearchIndexData.Number(postings, 2 + ((i + 1) * 4)) : terms.Length) - 1 - SearchIndexData.Number(postings, 2 + (i * 4));

        private static int Compare(string terms, string postings, int count, int i, string term)
        {
            var length = EntryLength(terms, postings, count, i);
            var compared = string.CompareOrdinal(terms, SearchIndexData.Number(postings, 2 + (i * 4)), term, 0, System.Math.Min(length, term.Length));
            return compared != 0 ? compared : length.CompareTo(term.Length);
        }
    }

    /// <summary>
    /// Walks one term's documents in one field, in order, reading their positions only when asked: a word query never
    /// touches positions, a phrase skips those of the documents it passes.
    /// </summary>
    internal sealed class SearchFieldCursor
    {
        private readonly string _data;
        private readonly int _origin;
        private int _at;
        private int _left;
        private int _last;
        private int _positionsAt;
        private int _positionsToSkip;
        private bool _positionsRead;
        private int[] _positions = new int[8];

        private SearchFieldCursor(string data, int origin, int at, int count, int positionsAt, int positionsToSkip)
        {
            _data = data;
            _origin = origin;
            _at = at;
            _left = count;
            DocumentCount = count;
            _positionsAt = positionsAt;
            _positionsToSkip = positionsToSkip;
        }

        /// <summary>How many documents have the term in this field.</summary>
        public int DocumentCount { get; }

        /// <summary>The current document: -1 before the first, <see cref="SearchMatcher.NoMore"/> after the last.</summary>
        public int Document { get; private set; } = -1;

        /// <summary>How often the term occurs in the current document's field.</summary>
        public int Frequency { get; private set; }

        public static SearchFieldCursor Open(SearchTermEntry entry, int field)
        {
            var at = entry.Start;
            var documentSepts = SearchIndexData.SeptVarint(entry.Data, entry.Origin, ref at);
            var positionsAt = at + documentSepts;
            var count = SearchIndexData.SeptVarint(entry.Data, entry.Origin, ref at);
            var titlePositions = 0;
            if (field == SearchIndexData.Body)
            {
                for (var i = 0; i < count; i++)
                {
                    SearchIndexData.SeptVarint(entry.Data, entry.Origin, ref at);
                    titlePositions += SearchIndexData.SeptVarint(entry.Data, entry.Origin, ref at);
                }

                count = SearchIndexData.SeptVarint(entry.Data, entry.Origin, ref at);
            }

            return new SearchFieldCursor(entry.Data, entry.Origin, at, count, positionsAt, titlePositions);
        }

        public bool Next()
        {
            if (!_positionsRead)
            {
                _positionsToSkip += Frequency;
            }

            _positionsRead = false;
            if (_left == 0)
            {
                Document = SearchMatcher.NoMore;
                Frequency = 0;
                return false;
            }

            _left--;
            _last += SearchIndexData.SeptVarint(_data, _origin, ref _at);
            Document = _last;
            Frequency = SearchIndexData.SeptVarint(_data, _origin, ref _at);
            return true;
        }

        /// <summary>Moves to the first document at or after <paramref name="target"/>; returns it.</summary>
        public int AdvanceTo(int target)
        {
            while (Document < target && Next())
            {
            }

            return Document;
        }

        /// <summary>The current document's positions of the term, ascending: the first <see cref="Frequency"/> items.</summary>
        public int[] Positions()
        {
            if (_positionsRead)
            {
                return _positions;
            }

            for (; _positionsToSkip > 0; _positionsToSkip--)
            {
                while (SearchIndexData.Sept(_data, _origin, _positionsAt++) >= 0x40)
                {
                }
            }

            if (_positions.Length < Frequency)
            {
                _positions = new int[System.Math.Max(Frequency, _positions.Length * 2)];
            }

            var position = 0;
            for (var i = 0; i < Frequency; i++)
            {
                position += SearchIndexData.SeptVarint(_data, _origin, ref _positionsAt);
                _positions[i] = position;
            }

            _positionsRead = true;
            return _positions;
        }
    }
    // </runtime>
}
