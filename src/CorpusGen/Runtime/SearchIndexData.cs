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
        /// The documents, in the order of the class's All: the count, the total title and body lengths in terms,
        /// then per document its title and body lengths (<see cref="Int30"/> each). No unit of any search literal is
        /// above 0x7FFF, so none is a surrogate: the literals are valid UTF-16, which the compiler's data section and
        /// u8 literals need.
        /// </summary>
        public abstract string Documents();

        /// <summary>A shard's terms in ordinal order, each followed by a line break; empty for a shard without terms.</summary>
        public abstract string Terms(int shard);

        /// <summary>
        /// A shard's term count and per term where it starts in <see cref="Terms"/> and where its postings start in
        /// the septs that follow (<see cref="Int30"/> each); then the septs (7 bits), two to a unit, high first. A
        /// term's postings: the length in septs of its documents; its documents, per field (title, body) their count
        /// and per document its distance from the one before (the first: its position in All) and how often the term
        /// occurs in the field; then the positions of those occurrences, document by document, each as its distance
        /// from the one before. Numbers in septs are variable-length (<see cref="SeptVarint"/>).
        /// </summary>
        public abstract string Postings(int shard);

        /// <summary>A document's title or body text, for phrases and snippets.</summary>
        public abstract string FieldText(int position, int field);

        /// <summary>A 30-bit number in two units of 15 bits, high first.</summary>
        internal static int Int30(string data, int at) => (data[at] << 15) | data[at + 1];

        /// <summary>The 7-bit sept at <paramref name="at"/> of the septs packed two to a unit from unit <paramref name="origin"/> on.</summary>
        internal static int Sept(string data, int origin, int at)
        {
            int unit = data[origin + (at >> 1)];
            return (at & 1) == 0 ? unit >> 7 : unit & 0x7F;
        }

        /// <summary>How many septs <see cref="SeptVarint"/> reads for <paramref name="value"/> (the generator sizes literals with it).</summary>
        internal static int SeptLength(int value)
        {
            var length = 1;
            for (var rest = (uint)value >> 6; rest != 0; rest >>= 6)
            {
                length++;
            }

            return length;
        }

        /// <summary>Six bits per sept, low first; a sept's top bit (0x40) says another follows.</summary>
        internal static int SeptVarint(string data, int origin, ref int at)
        {
            var value = 0;
            var shift = 0;
            int sept;
            do
            {
                sept = Sept(data, origin, at++);
                value |= (sept & 0x3F) << shift;
                shift += 6;
            }
            while (sept >= 0x40);

            return value;
        }
    }
    // </runtime>
}
