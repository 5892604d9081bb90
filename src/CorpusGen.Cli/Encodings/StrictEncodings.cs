using System.Text;

namespace CorpusGen.Cli.Encodings;

/// <summary>
/// Decoders and encoders that throw instead of substituting: a conversion that would replace a single byte is
/// refused, never written.
/// </summary>
internal static class StrictEncodings
{
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Utf16LittleEndian { get; } = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);

    public static Encoding Utf16BigEndian { get; } = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    public static Encoding Utf32LittleEndian { get; } = new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true);

    public static Encoding Utf32BigEndian { get; } = new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true);

    /// <summary>
    /// From the code pages in the shared framework, without registering them for the whole process. It decodes the
    /// five bytes Windows-1252 leaves undefined as C1 controls (as Windows does), so <see cref="Windows1252Bytes"/>
    /// must rule those out first.
    /// </summary>
    public static Encoding Windows1252 { get; } =
        CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    /// <summary>The encoding a file of this kind is decoded with, or null when it is not text to convert.</summary>
    public static Encoding? For(TextEncodingKind kind) => kind switch
    {
        TextEncodingKind.Ascii or TextEncodingKind.Utf8 => Utf8,
        TextEncodingKind.Utf16LittleEndian => Utf16LittleEndian,
        TextEncodingKind.Utf16BigEndian => Utf16BigEndian,
        TextEncodingKind.Utf32LittleEndian => Utf32LittleEndian,
        TextEncodingKind.Utf32BigEndian => Utf32BigEndian,
        TextEncodingKind.Windows1252 => Windows1252,
        _ => null,
    };
}
