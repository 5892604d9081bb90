using System.Text;

namespace CorpusGen.Parsing;

/// <summary>
/// The comparison form of a text for deduplication: trimmed, every whitespace run collapsed to one space.
/// Case and punctuation still count: "Ban said" and "ban said." are different paragraphs.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        // Most lines are already in normal form (trimmed, single spaces): return them without copying.
        return IsNormalized(text) ? text : Collapse(text);
    }

    private static bool IsNormalized(string text)
    {
        var previousWasSpace = true;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (previousWasSpace)
                {
                    return false;
                }

                previousWasSpace = true;
            }
            else if (c < '!' || (c > '~' && char.IsWhiteSpace(c)))
            {
                // Below '!' only ' ' is not whitespace-or-control; control characters other than whitespace are kept.
                if (char.IsWhiteSpace(c))
                {
                    return false;
                }

                previousWasSpace = false;
            }
            else
            {
                previousWasSpace = false;
            }
        }

        return text.Length == 0 || !previousWasSpace;
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
