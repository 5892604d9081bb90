namespace CorpusGen.Parsing;

/// <summary>
/// Spots files that are not text even though the compiler read them: a NUL character (two NULs in a row the
/// compiler itself rejects with CS2015), or a large share of control characters and replacement characters.
/// </summary>
internal static class BinaryContentDetector
{
    /// <summary>Why the text is not an article, or null when it is fine.</summary>
    public static string? Describe(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return "it contains NUL characters, so it looks binary";
            }

            if ((c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == '\uFFFD')
            {
                controls++;
            }
        }

        return controls > 0 && controls * 10 >= text.Length
            ? "one character in ten or more is a control or replacement character, so it looks binary or wrongly encoded"
            : null;
    }
}
