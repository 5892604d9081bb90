using System;

namespace CorpusGen.Cli.Encodings;

/// <summary>The byte order marks a file can start with. The compiler knows those of UTF-8 and UTF-16 only.</summary>
internal static class ByteOrderMarks
{
    public static ReadOnlySpan<byte> Utf8 => new byte[] { 0xEF, 0xBB, 0xBF };

    public static ReadOnlySpan<byte> Utf16LittleEndian => new byte[] { 0xFF, 0xFE };

    public static ReadOnlySpan<byte> Utf16BigEndian => new byte[] { 0xFE, 0xFF };

    /// <summary>Starts with <see cref="Utf16LittleEndian"/>: look for it first.</summary>
    public static ReadOnlySpan<byte> Utf32LittleEndian => new byte[] { 0xFF, 0xFE, 0x00, 0x00 };

    public static ReadOnlySpan<byte> Utf32BigEndian => new byte[] { 0x00, 0x00, 0xFE, 0xFF };

    /// <summary>The BOM of <paramref name="kind"/>, empty for the encodings that have none.</summary>
    public static ReadOnlySpan<byte> Of(TextEncodingKind kind) => kind switch
    {
        TextEncodingKind.Utf8 => Utf8,
        TextEncodingKind.Utf16LittleEndian => Utf16LittleEndian,
        TextEncodingKind.Utf16BigEndian => Utf16BigEndian,
        TextEncodingKind.Utf32LittleEndian => Utf32LittleEndian,
        TextEncodingKind.Utf32BigEndian => Utf32BigEndian,
        _ => ReadOnlySpan<byte>.Empty,
    };
}
