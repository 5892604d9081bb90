namespace CorpusGen.Helpers;

/// <summary>FNV-1a over UTF-16 code units: the same value on every machine and in every process.</summary>
internal static class Fnv
{
    public const ulong Offset = 14695981039346656037UL;
    public const ulong Prime = 1099511628211UL;

    /// <summary>FNV-1a of the exact text, then SplitMix64, so that every bit depends on every unit.</summary>
    public static ulong HashMixed(string text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return SplitMix.Mix(hash);
    }
}
