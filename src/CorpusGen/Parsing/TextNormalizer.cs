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
