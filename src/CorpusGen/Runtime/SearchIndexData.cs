// Compiled into the generator (for its tests) and written into projects that turn search on: see SearchTokenizer.cs.
#nullable disable
namespace CorpusGen.Runtime
{
    // <runtime>
    /// <summary>
    /// A class's search index, read in place from its literals: nothing is built or decoded until a query needs it,
    /// and then only the shards of its terms. The layout is written by Emitting/SearchEmitter.cs.
    /// </summary>
    internal abstract class SearchIndexData
    {
        /// <summary>Field numbers: the title is boosted (<see cref="SearchEngine.TitleBoost"/>).</summary>
        public const int Title = 0;

        public const int Body = 1;

        /// <summary>
        /// The documents, in the order of the class's All: the count, the total title and body lengths in terms
        /// (32 bits each), then per document its title length (16 bits) and body length (32 bits).
        /// </summary>
        public abstract string Documents();

        /// <summary>A shard's terms in ordinal order, each followed by a line break; empty for a shard without terms.</summary>
        public abstract string Terms(int shard);

        /// <summary>
        /// A shard's term count (32 bits) and per term where it starts in <see cref="Terms"/> and where its postings
        /// start in the bytes that follow (32 bits each); then the bytes, two to a unit, high first. A term's postings:
        /// the length in bytes of its documents; its documents, per field (title, body) their count and per document
        /// its distance from the one before (the first: its position in All) and how often the term occurs in the
        /// field; then the positions of those occurrences, document by document, each as its distance from the one
        /// before. Numbers in bytes are variable-length (<see cref="ByteVarint"/>).
        /// </summary>
        public abstract string Postings(int shard);

        /// <summary>A document's title or body text, for phrases and snippets.</summary>
        public abstract string FieldText(int position, int field);

        internal static int Int32(string data, int at) => (data[at] << 16) | data[at + 1];

        /// <summary>The byte at <paramref name="at"/> of the bytes packed from unit <paramref name="origin"/> on.</summary>
        internal static int Byte(string data, int origin, int at)
        {
            int unit = data[origin + (at >> 1)];
            return (at & 1) == 0 ? unit >> 8 : unit & 0xFF;
        }

        /// <summary>Seven bits per byte, low first; a byte's top bit says another follows.</summary>
        internal static int ByteVarint(string data, int origin, ref int at)
        {
            var value = 0;
            var shift = 0;
            int b;
            do
            {
                b = Byte(data, origin, at++);
                value |= (b & 0x7F) << shift;
                shift += 7;
            }
            while (b >= 0x80);

            return value;
        }
    }
    // </runtime>
}
