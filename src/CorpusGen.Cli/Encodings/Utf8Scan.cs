using System;
using System.Buffers;
using System.Text;

namespace CorpusGen.Cli.Encodings;

/// <summary>
/// One pass over bytes as UTF-8, by the Unicode rules .NET and the compiler decode with: overlong forms, encoded
/// surrogates, values above U+10FFFF and cut sequences are invalid.
/// </summary>
/// <param name="MultiByteCharacters">Valid characters of two to four bytes.</param>
/// <param name="InvalidBytes">Bytes that are not part of a valid character.</param>
/// <param name="FirstInvalid">The offset of the first of them, or -1.</param>
/// <param name="CutAtEnd">Whether the only invalid bytes are the start of a character at the very end.</param>
internal readonly record struct Utf8Scan(int MultiByteCharacters, int InvalidBytes, int FirstInvalid, bool CutAtEnd)
{
    public bool IsValid => InvalidBytes == 0;

    public bool IsAscii => IsValid && MultiByteCharacters == 0;

    /// <summary>
    /// Whether the bytes read as UTF-8 with some damage rather than as another encoding: cut at the end, or more
    /// valid multi-byte characters than bytes that are not. Text in Windows-1252 almost never holds a valid UTF-8
    /// sequence (it takes a letter from 0xC2-0xF4 followed by the right count of bytes from 0x80-0xBF), so a file
    /// with many of them is UTF-8 that got a few foreign bytes, and converting it as Windows-1252 would garble the rest.
    /// </summary>
    public bool IsMostlyUtf8 => !IsValid && (CutAtEnd || MultiByteCharacters > InvalidBytes);

    public static Utf8Scan Of(ReadOnlySpan<byte> bytes)
    {
        int multiByte = 0, invalid = 0, firstInvalid = -1;
        var cutAtEnd = false;
        var i = 0;
        while (i < bytes.Length)
        {
            // Articles are mostly ASCII: skip runs of it without decoding.
            var ascii = bytes[i..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                break;
            }

            i += ascii;
            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                multiByte++;
            }
            else
            {
                firstInvalid = firstInvalid < 0 ? i : firstInvalid;
                invalid += consumed;
                cutAtEnd = status == OperationStatus.NeedMoreData && invalid == consumed;
            }

            i += consumed;
        }

        return new Utf8Scan(multiByte, invalid, firstInvalid, cutAtEnd);
    }
}
