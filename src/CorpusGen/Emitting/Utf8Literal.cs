using System.Collections.Generic;
using System.Text;

namespace CorpusGen.Emitting;

/// <summary>What may go into a "..."u8 literal, and how many bytes it takes there.</summary>
internal static class Utf8Literal
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// UTF-8 cannot hold a lone surrogate (the compiler rejects such a u8 literal), so text with one stays in string
    /// literals: the article must return exactly what the file said.
    /// </summary>
    public static bool CanEncode(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(text[i]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    public static int ByteCount(string text) => s_utf8.GetByteCount(text);
}
