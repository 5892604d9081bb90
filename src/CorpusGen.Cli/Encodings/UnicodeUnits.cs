using System;
using System.Buffers.Binary;

namespace CorpusGen.Cli.Encodings;

/// <summary>UTF-16 and UTF-32 read unit by unit: what a BOM-less file looks like, and which bytes are no character.</summary>
internal static class UnicodeUnits
{
    /// <summary>
    /// Text in UTF-16 without a BOM, told by where its NUL bytes are: in Latin-script text most characters are
    /// below U+0100, so one byte of each pair (the high one) is NUL and the other almost never is. Called only for
    /// bytes that hold a NUL, which UTF-8 text never does; the caller still requires the result to decode cleanly
    /// and pass the binary check, so a binary file with a similar pattern stays binary.
    /// </summary>
    public static TextEncodingKind? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < bytes.Length; i += 2)
        {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }

        var units = bytes.Length / 2;
        static bool Pattern(int high, int low, int units) => high * 2 >= units && low * 16 <= units;
        return Pattern(oddNul, evenNul, units) ? TextEncodingKind.Utf16LittleEndian
            : Pattern(evenNul, oddNul, units) ? TextEncodingKind.Utf16BigEndian
            : null;
    }

    /// <summary>
    /// The bytes that are no character (unpaired surrogates, values above U+10FFFF, a cut unit at the end), and
    /// the offset of the first or -1: the compiler reads them as U+FFFD.
    /// </summary>
    public static (int Count, int First) InvalidBytes(ReadOnlySpan<byte> body, TextEncodingKind kind)
    {
        var bigEndian = kind is TextEncodingKind.Utf16BigEndian or TextEncodingKind.Utf32BigEndian;
        var unitSize = kind is TextEncodingKind.Utf32LittleEndian or TextEncodingKind.Utf32BigEndian ? 4 : 2;
        int count = 0, first = -1;
        var i = 0;
        for (; i + unitSize <= body.Length; i += unitSize)
        {
            var unit = Unit(body, i, unitSize, bigEndian);
            var valid = unitSize == 4
                ? unit <= 0x10FFFF && !IsSurrogate(unit)
                : !IsSurrogate(unit) || (unit < 0xDC00 && i + 4 <= body.Length && IsLowSurrogate(Unit(body, i + 2, 2, bigEndian)));
            if (valid && unitSize == 2 && IsSurrogate(unit))
            {
                // A pair: skip its low half.
                i += 2;
            }
            else if (!valid)
            {
                first = first < 0 ? i : first;
                count += unitSize;
            }
        }

        if (i < body.Length)
        {
            first = first < 0 ? i : first;
            count += body.Length - i;
        }

        return (count, first);
    }

    private static uint Unit(ReadOnlySpan<byte> body, int offset, int size, bool bigEndian) => size == 4
        ? (bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(body[offset..]) : BinaryPrimitives.ReadUInt32LittleEndian(body[offset..]))
        : (bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(body[offset..]) : BinaryPrimitives.ReadUInt16LittleEndian(body[offset..]));

    private static bool IsSurrogate(uint unit) => unit is >= 0xD800 and <= 0xDFFF;

    private static bool IsLowSurrogate(uint unit) => unit is >= 0xDC00 and <= 0xDFFF;
}
