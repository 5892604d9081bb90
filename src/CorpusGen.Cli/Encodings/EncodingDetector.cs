using System;
using System.Globalization;
using System.Text;
using System.Threading;
using CorpusGen.Parsing;

namespace CorpusGen.Cli.Encodings;

/// <summary>
/// Names a file's encoding from its raw bytes, which the compiler never shows a generator: it decodes them first
/// (UTF-8 unless a BOM or <c>&lt;CodePage&gt;</c> says otherwise) and hands over only the text.
/// </summary>
internal static class EncodingDetector
{
    private static readonly TextEncodingKind[] s_unicodeWithBom =
    {
        TextEncodingKind.Utf32LittleEndian, TextEncodingKind.Utf32BigEndian, TextEncodingKind.Utf16LittleEndian, TextEncodingKind.Utf16BigEndian,
    };

    public static FileEncoding Detect(ReadOnlySpan<byte> bytes)
    {
        var encoding = Guess(bytes, out var text);

        // Whatever the encoding, text the generator would call binary (NULs, a control character in ten) is
        // binary here too: the same rule over the same characters.
        var notText = BinaryContentDetector.Scan(text, CancellationToken.None).NotText;
        return notText is null ? encoding : new FileEncoding(TextEncodingKind.Binary, HasBom: false, InvalidBytes: 0, notText);
    }

    /// <summary>The encoding the bytes most likely are, and their text in it (bad bytes as U+FFFD).</summary>
    private static FileEncoding Guess(ReadOnlySpan<byte> bytes, out string text)
    {
        // UTF-32 first: its little-endian BOM starts with UTF-16's.
        foreach (var kind in s_unicodeWithBom)
        {
            var bom = ByteOrderMarks.Of(kind);
            if (bytes.StartsWith(bom))
            {
                return Unicode(kind, bytes, bom.Length, out text);
            }
        }

        var hasUtf8Bom = bytes.StartsWith(ByteOrderMarks.Utf8);
        if (!hasUtf8Bom && bytes.Contains((byte)0) && UnicodeUnits.Utf16WithoutBom(bytes) is { } utf16)
        {
            var candidate = Unicode(utf16, bytes, 0, out var utf16Text);
            if (!candidate.IsDamaged)
            {
                text = utf16Text;
                return candidate;
            }
        }

        var body = hasUtf8Bom ? bytes[ByteOrderMarks.Utf8.Length..] : bytes;
        var scan = Utf8Scan.Of(body);
        if (scan.IsValid || hasUtf8Bom || scan.IsMostlyUtf8)
        {
            text = Encoding.UTF8.GetString(body);
            var kind = scan.IsAscii && !hasUtf8Bom ? TextEncodingKind.Ascii : TextEncodingKind.Utf8;
            return new FileEncoding(kind, hasUtf8Bom, scan.InvalidBytes, scan.IsValid ? null : Utf8Damage(scan));
        }

        var undefined = Windows1252Bytes.FirstUndefined(bytes);
        if (undefined < 0)
        {
            text = StrictEncodings.Windows1252.GetString(bytes);
            return new FileEncoding(TextEncodingKind.Windows1252, HasBom: false, InvalidBytes: 0, Detail: null);
        }

        // Some other code page; Latin-1 keeps one character per byte, so the binary check still counts them.
        text = Encoding.Latin1.GetString(bytes);
        var detail = string.Create(CultureInfo.InvariantCulture, $"byte 0x{bytes[undefined]:X2} at offset {undefined} has no character in Windows-1252");
        return new FileEncoding(TextEncodingKind.Unknown8Bit, HasBom: false, InvalidBytes: 0, detail);
    }

    /// <summary>UTF-16 or UTF-32 (with a BOM, or UTF-16 told by its NUL bytes), decoded as the compiler would.</summary>
    private static FileEncoding Unicode(TextEncodingKind kind, ReadOnlySpan<byte> bytes, int bomLength, out string text)
    {
        var body = bytes[bomLength..];
        var (invalid, first) = UnicodeUnits.InvalidBytes(body, kind);
        var lenient = (Encoding)StrictEncodings.For(kind)!.Clone();
        lenient.DecoderFallback = DecoderFallback.ReplacementFallback;
        text = lenient.GetString(body);
        var detail = invalid == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"the first at offset {bomLength + first}");
        return new FileEncoding(kind, bomLength > 0, invalid, detail);
    }

    private static string Utf8Damage(Utf8Scan scan) => scan.CutAtEnd
        ? "it ends in the middle of a character"
        : string.Create(CultureInfo.InvariantCulture, $"the first at offset {scan.FirstInvalid}");
}
