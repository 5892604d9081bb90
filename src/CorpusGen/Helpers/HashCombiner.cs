namespace CorpusGen.Helpers;

/// <summary>
/// A tiny stand-in for System.HashCode, which netstandard2.0 lacks; taking Microsoft.Bcl.HashCode would add a
/// dependency the compiler host does not provide.
/// </summary>
internal static class HashCombiner
{
    public static int Combine(int seed, int value)
    {
        unchecked
        {
            return (seed * -1521134295) + value;
        }
    }
}
