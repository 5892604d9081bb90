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
        /// Every unit of a search literal is this plus 14 bits of data, so every unit is a CJK ideograph (U+3400 to
        /// U+73FF): the generated source holds it as one plain character where an escape took six, and none is a
        /// surrogate, a quote, a line break or a combining mark, so the literals are valid UTF-16 (which the compiler's
        /// data section and u8 literals need) and survive any editor or normalisation.
        /// </summary>
        public const int UnitBase = 0x3400;

        /// <summary>
        /// The documents, in the order of the class's All: the count, the total title and body lengths in terms,
        /// then per document its title and body lengths (<see cref="Number"/> each).
        /// </summary>
        public abstract string Documents();

        /// <summary>A shard's terms in ordinal order, each followed by a line break; empty for a shard without terms.</summary>
        public abstract string Terms(int shard);

        /// <summary>
        /// A shard's term count and per term where it starts in <see cref="Terms"/> and where its postings start in
        /// the septs that follow (<see cref="Number"/> each); then the septs (7 bits), two to a unit, high first. A
        /// term's postings: the length in septs of its documents; its documents, per field (title, body) their count
        /// and per document its distance from the one before (the first: its position in All) and how often the term
        /// occurs in the field; then the positions of those occurrences, document by document, each as its distance
        /// from the one before. Numbers in septs are variable-length (<see cref="SeptVarint"/>).
        /// </summary>
        public abstract string Postings(int shard);

        /// <summary>A document's title or body text, for phrases and snippets.</summary>
        public abstract string FieldText(int position, int field);

        /// <summary>A 28-bit number in two units of 14 bits, high first.</summary>
        internal static int Number(string data, int at) => ((data[at] - UnitBase) << 14) | (data[at + 1] - UnitBase);

        /// <summary>The 7-bit sept at <paramref name="at"/> of the septs packed two to a unit from unit <paramref name="origin"/> on.</summary>
        internal static int Sept(string data, int origin, int at)
        {
            var unit = data[origin + (at >> 1)] - UnitBase;
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
