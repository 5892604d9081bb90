using System;
using System.Text;

namespace CorpusGen.Parsing;

/// <summary>
/// Where a piece of article text lies in its file's text, so the models keep positions rather than a second copy
/// of every paragraph (the <c>AdditionalText</c> already holds the text). The piece starts at <see cref="Start"/>
/// and spans <see cref="LineCount"/> lines: the first is taken from <see cref="Start"/> to its end, the others
/// trimmed, and they are joined by a space (a hard-wrapped paragraph), giving <see cref="Length"/> characters.
/// </summary>
internal readonly record struct TextRef(int Start, int Length, int LineCount)
{
    /// <summary>The text this refers to in <paramref name="source"/>, exactly as the parser read it.</summary>
    public string ReadFrom(string source)
    {
        if (LineCount == 1)
        {
            return source.Substring(Start, Length);
        }

        var builder = new StringBuilder(Length);
        var at = Start;
        for (var line = 0; line < LineCount; line++)
        {
            if (line > 0)
            {
                at = TrimmedStartOfNextLine(source, at);
                builder.Append(' ');
            }

            var end = LineEnd(source, at);
            builder.Append(source, at, TrimmedEnd(source, at, end) - at);
            at = end;
        }

        if (builder.Length != Length)
        {
            // The source is not the text these positions were taken from: refuse rather than emit other text.
            throw new InvalidOperationException("a paragraph's position does not match its file's text");
        }

        return builder.ToString();
    }

    /// <summary>This text without its first <paramref name="count"/> characters (an inline dateline), still a position in <paramref name="source"/>.</summary>
    public TextRef Skip(string source, int count)
    {
        var at = Start;
        var remaining = count;
        for (var lines = LineCount; ; lines--)
        {
            var end = LineEnd(source, at);
            var segment = TrimmedEnd(source, at, end) - at;
            if (remaining <= segment || lines == 1)
            {
                return new TextRef(at + remaining, Length - count, lines);
            }

            // Past this line and the space that joined it to the next.
            remaining -= segment + 1;
            at = TrimmedStartOfNextLine(source, end);
        }
    }

    private static int LineEnd(string source, int at)
    {
        while (at < source.Length && source[at] != '\r' && source[at] != '\n')
        {
            at++;
        }

        return at;
    }

    private static int TrimmedEnd(string source, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(source[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>From the end of a line: past its line break (CRLF, CR or LF) and the next line's leading white space.</summary>
    private static int TrimmedStartOfNextLine(string source, int lineEnd)
    {
        var at = lineEnd;
        if (at < source.Length && source[at] == '\r')
        {
            at++;
        }

        if (at < source.Length && source[at] == '\n')
        {
            at++;
        }

        while (at < source.Length && source[at] != '\r' && source[at] != '\n' && char.IsWhiteSpace(source[at]))
        {
            at++;
        }

        return at;
    }
}
