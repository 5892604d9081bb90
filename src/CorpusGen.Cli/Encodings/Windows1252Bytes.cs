using System;
using System.Buffers;

namespace CorpusGen.Cli.Encodings;

/// <summary>The bytes Windows-1252 has no character for.</summary>
internal static class Windows1252Bytes
{
    // .NET decodes them as the C1 controls of the same value, so decoding alone would not notice them.
    private static readonly SearchValues<byte> s_undefined = SearchValues.Create(new byte[] { 0x81, 0x8D, 0x8F, 0x90, 0x9D });

    /// <summary>The offset of the first of 0x81, 0x8D, 0x8F, 0x90 and 0x9D, or -1.</summary>
    public static int FirstUndefined(ReadOnlySpan<byte> bytes) => bytes.IndexOfAny(s_undefined);
}
