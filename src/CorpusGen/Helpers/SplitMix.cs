namespace CorpusGen.Helpers;

/// <summary>
/// The SplitMix64 finaliser: a bijection on 64-bit values with good avalanche. Every hash the generator keeps is
/// built from it and the text's UTF-16 units, never string.GetHashCode, which is randomised per process.
/// </summary>
internal static class SplitMix
{
    public static ulong Mix(ulong value)
    {
        unchecked
        {
            value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
            value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
            return value ^ (value >> 31);
        }
    }
}
