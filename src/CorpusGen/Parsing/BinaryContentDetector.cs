namespace CorpusGen.Parsing;

/// <summary>
/// Spots files that are not text even though the compiler read them: a NUL character (two NULs in a row the
/// compiler itself rejects with CS2015), or a large share of control characters and replacement characters.
/// </summary>
internal static class BinaryContentDetector
{
    /// <summary>What one pass over a file's text found.</summary>
    /// <param name="NotText">Why the text is not an article, or null when it is fine.</param>
    /// <param name="ReplacementCharacters">
    /// How many U+FFFD the text has. On Linux and macOS the compiler decodes bytes that are not UTF-8 (a Latin-1
    /// "£") as U+FFFD, so a few of them in otherwise good text mean "saved in the wrong encoding".
    /// </param>
    /// <param name="FirstReplacementLine">
    /// The 0-based line of the first U+FFFD, counting CRLF, CR and LF as <see cref="TextLines"/> does; -1 when none.
    /// </param>
    public readonly record struct Verdict(string? NotText, int ReplacementCharacters, int FirstReplacementLine);

    /// <summary>One pass over the text: a full run scans the whole corpus, so printable ASCII takes the short path.</summary>
    public static Verdict Scan(string text, System.Threading.CancellationToken cancellationToken)
    {
        // Measured against visible characters only: the verdict must not change with line endings or indentation.
        int controls = 0, visible = 0, replacements = 0;

        // Line breaks (CRLF, CR, LF) are counted so that CG0011 can point at the first U+FFFD.
        int line = 0, firstReplacementLine = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var c = text[i];
            if (c > ' ' && c < '\u007F')
            {
                visible++;
            }
            else if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                line++;
            }
            else if (c == '\0')
            {
                return new Verdict("it contains NUL characters, so it looks binary", replacements, firstReplacementLine);
            }
            else if (c == '\uFFFD')
            {
                if (replacements++ == 0)
                {
                    firstReplacementLine = line;
                }

                controls++;
            }
            else if (c < ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v')
            {
                controls++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                visible++;
            }
        }

        var notText = controls > 0 && controls * 9 >= visible
            ? "one visible character in ten or more is a control or replacement character, so it looks binary or wrongly encoded"
            : null;
        return new Verdict(notText, replacements, firstReplacementLine);
    }
}
