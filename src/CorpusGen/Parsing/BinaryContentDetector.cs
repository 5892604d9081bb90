namespace CorpusGen.Parsing;

/// <summary>
/// Spots files that are not text even though the compiler read them: a NUL character (two NULs in a row the
/// compiler itself rejects with CS2015), or a large share of control characters and replacement characters.
/// </summary>
internal static class BinaryContentDetector
{
    /// <summary>
    /// How many U+FFFD the text has. On Linux and macOS the compiler decodes bytes that are not UTF-8 (a Latin-1
    /// "£") as U+FFFD, so a few of them in otherwise good text mean "saved in the wrong encoding".
    /// </summary>
    public static int CountReplacementCharacters(string text, System.Threading.CancellationToken cancellationToken)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (text[i] == '\uFFFD')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Why the text is not an article, or null when it is fine.</summary>
    public static string? Describe(string text, System.Threading.CancellationToken cancellationToken)
    {
        // Measured against visible characters only: the verdict must not change with line endings or indentation.
        int controls = 0, visible = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var c = text[i];
            if (c == '\0')
            {
                return "it contains NUL characters, so it looks binary";
            }

            if ((c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == '\uFFFD')
            {
                controls++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                visible++;
            }
        }

        return controls > 0 && controls * 9 >= visible
            ? "one visible character in ten or more is a control or replacement character, so it looks binary or wrongly encoded"
            : null;
    }
}
