using System.Collections.Generic;

namespace CorpusGen.Parsing;

/// <summary>Whether text can be stored as UTF-8 and read back exactly.</summary>
internal static class Utf8Text
{
    /// <summary>
    /// UTF-8 cannot hold a lone surrogate (the compiler rejects such a u8 literal, and its data-section strings keep
    /// such a literal in the string heap), so text with one stays in string literals: the article must return
    /// exactly what the file said.
    /// </summary>
    public static bool CanEncode(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            if (!CanEncode(text))
            {
                return false;
            }
        }

        return true;
    }

    public static bool CanEncode(string? text)
    {
        if (text is null)
        {
            return true;
        }

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

        return true;
    }
}
