using System;
using System.Text;

namespace CorpusGen.Cli.Encodings;

/// <summary>
/// The UTF-8 form of a file's text, decided from its bytes alone and proved lossless before anything is written:
/// the bytes decode strictly (no replacement anywhere), encode back to exactly the same bytes, and the UTF-8
/// written decodes to the same text. Line endings are characters like any other, so they stay as they are.
/// </summary>
/// <param name="From">What the file is now.</param>
/// <param name="Action">What to do with it.</param>
/// <param name="Utf8Bytes">The new content when <paramref name="Action"/> is Convert, else null.</param>
/// <param name="Reason">Why a file is refused, else null.</param>
internal sealed record Utf8Conversion(FileEncoding From, ConversionAction Action, byte[]? Utf8Bytes, string? Reason)
{
    /// <param name="bytes">The file's content.</param>
    /// <param name="withBom">
    /// Whether the result starts with a UTF-8 BOM, which a project with <c>&lt;CodePage&gt;</c> needs to read it as
    /// UTF-8; then UTF-8 files without one (and not pure ASCII) get one too.
    /// </param>
    public static Utf8Conversion Plan(ReadOnlySpan<byte> bytes, bool withBom)
    {
        var from = EncodingDetector.Detect(bytes);
        if (from.IsUtf8)
        {
            return withBom && from.Kind == TextEncodingKind.Utf8 && !from.HasBom
                ? new Utf8Conversion(from, ConversionAction.Convert, Concat(ByteOrderMarks.Utf8, bytes), Reason: null)
                : new Utf8Conversion(from, ConversionAction.Unchanged, Utf8Bytes: null, Reason: null);
        }

        var refusal = RefusalOf(from);
        if (refusal is not null)
        {
            return Refused(from, refusal);
        }

        var source = StrictEncodings.For(from.Kind)!;
        var body = from.HasBom ? bytes[ByteOrderMarks.Of(from.Kind).Length..] : bytes;
        string text;
        try
        {
            text = source.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return Refused(from, "it does not decode as " + from.DisplayName);
        }

        // A decoder may fold two byte sequences into one character; then writing it back would change the file.
        if (!body.SequenceEqual(source.GetBytes(text)))
        {
            return Refused(from, "its text would not encode back to the same bytes");
        }

        var utf8 = StrictEncodings.Utf8.GetBytes(text);
        if (StrictEncodings.Utf8.GetString(utf8) != text)
        {
            return Refused(from, "its text would not read back the same from UTF-8");
        }

        return new Utf8Conversion(from, ConversionAction.Convert, withBom ? Concat(ByteOrderMarks.Utf8, utf8) : utf8, Reason: null);
    }

    private static string? RefusalOf(FileEncoding from) => from switch
    {
        { Kind: TextEncodingKind.Binary } => "not text: " + from.Detail,
        { IsDamaged: true } => from.DisplayName + " (" + from.Detail + "): which characters those bytes were meant to be is unknown",
        { Kind: TextEncodingKind.Unknown8Bit } => "not UTF-8 and not Windows-1252 (" + from.Detail + "): its code page is unknown",
        _ => null,
    };

    private static Utf8Conversion Refused(FileEncoding from, string reason) =>
        new(from, ConversionAction.Refuse, Utf8Bytes: null, reason);

    private static byte[] Concat(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        var result = new byte[first.Length + second.Length];
        first.CopyTo(result);
        second.CopyTo(result.AsSpan(first.Length));
        return result;
    }
}
