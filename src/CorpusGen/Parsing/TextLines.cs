using System.Collections.Generic;
using System.Threading;

namespace CorpusGen.Parsing;

/// <summary>
/// Splits article text into lines on CRLF, CR and LF only. SourceText.Lines would also break on U+0085, U+2028
/// and U+2029 (C# line terminators), but in an article those are characters of the text, kept as written.
/// </summary>
internal static class TextLines
{
    private const char ByteOrderMark = '\uFEFF';

    public static List<string> Split(string text, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        var start = text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\r' || c == '\n')
            {
                lines.Add(text.Substring(start, i - start));
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                start = i;
                if ((lines.Count & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                continue;
            }

            i++;
        }

        if (start < text.Length)
        {
            lines.Add(text.Substring(start));
        }

        return lines;
    }

    /// <summary>Whitespace-only lines count as blank, as a reader would see them.</summary>
    public static bool IsBlank(string line)
    {
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
