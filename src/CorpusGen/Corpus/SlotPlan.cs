using CorpusGen.Helpers;

namespace CorpusGen.Corpus;

/// <summary>
/// Which generated source an article is written to. A fixed number of slots per class, chosen by a stable hash of the
/// article's source path: the number of sources does not grow with the corpus, and an edited, added or removed file
/// changes its own slot (and the index when a name changes), never the others.
/// </summary>
internal static class SlotPlan
{
    /// <summary>
    /// Enough that re-emitting one slot after an edit is a small share of a full run, few enough that each slot's
    /// literals stay large (every literal and every generated file has a fixed cost in the compiler).
    /// </summary>
    public const int SlotCount = 64;

    public static int SlotOf(string sourcePath) => (int)(Fnv.HashMixed(sourcePath) % SlotCount);

    /// <summary>Two upper-case hex digits, as in the slot's file and type names.</summary>
    public static string Hex(int slot) => slot.ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
}
