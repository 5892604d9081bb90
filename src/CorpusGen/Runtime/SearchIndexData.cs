// Compiled into the generator (for its tests) and written into projects that turn search on: see SearchTokenizer.cs.
#nullable disable
namespace CorpusGen.Runtime
{
    // <runtime>
    /// <summary>
    /// A class's search index, read in place from its literals: nothing is built or decoded until a query needs it,
    /// and then only the shards of its terms. The layout is written by Emitting/SearchIndexWriter.cs.
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
        /// A shard's term count (32 bits), per term where it starts in <see cref="Terms"/> and where its postings start
        /// here (32 bits each), then the postings: per field (title, body) the number of documents, and per document
        /// its distance from the one before (the first: its position) and how often the term occurs in the field.
        /// </summary>
        public abstract string Postings(int shard);

        /// <summary>A document's title or body text, for phrases and snippets.</summary>
        public abstract string FieldText(int position, int field);

        internal static int Int32(string data, int at) => (data[at] << 16) | data[at + 1];

        internal static int Varint(string data, ref int at)
        {
            int unit = data[at++];
            return unit < 0x8000 ? unit : ((unit & 0x7FFF) << 15) | data[at++];
        }
    }
    // </runtime>
}
