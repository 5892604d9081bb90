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

    /// <param name="starts">When given, receives where each line starts in <paramref name="text"/>.</param>
    public static List<string> Split(string text, CancellationToken cancellationToken, List<int>? starts = null)
    {
        var lines = new List<string>();
        var start = text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\r' || c == '\n')
            {
                starts?.Add(start);
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
            starts?.Add(start);
            lines.Add(text.Substring(start));
        }

        return lines;
    }

    /// <summary>How many white-space characters <paramref name="line"/> starts with: where its trimmed text begins.</summary>
    public static int LeadingWhiteSpace(string line)
    {
        var count = 0;
        while (count < line.Length && char.IsWhiteSpace(line[count]))
        {
            count++;
        }

        return count;
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
