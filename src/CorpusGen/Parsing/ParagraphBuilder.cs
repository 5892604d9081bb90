using System;
using System.Collections.Generic;
using System.Threading;

namespace CorpusGen.Parsing;

/// <summary>
/// Turns body lines into paragraphs. Normally each non-blank line is a paragraph (scraped pages, the BBC corpus,
/// bullet lists on consecutive lines). Only text that looks hard-wrapped, mostly short lines in multi-line blocks
/// as in e-mail or Project Gutenberg, is read as blank-line-separated blocks whose lines are joined by a space.
/// </summary>
internal static class ParagraphBuilder
{
    private const int WrapWidth = 80;

    // Narrower "wrapping" is more likely a list or verse than a reflowed paragraph.
    private const int MinWrapWidth = 40;

    public static List<string> Build(IReadOnlyList<string> lines, CancellationToken cancellationToken)
    {
        var blocks = SplitBlocks(lines, cancellationToken);
        var paragraphs = new List<string>();
        if (IsHardWrapped(blocks))
        {
            foreach (var block in blocks)
            {
                paragraphs.Add(string.Join(" ", block));
            }
        }
        else
        {
            foreach (var block in blocks)
            {
                paragraphs.AddRange(block);
            }
        }

        return paragraphs;
    }

    /// <summary>
    /// Hard-wrapped text shows its wrapping: most lines fit the wrap width, most sit in multi-line blocks, and a line
    /// ends inside a block because the next word would not have fitted or the line is already well filled (at least
    /// three fifths of the width). A one-paragraph-per-line file has long lines or single-line blocks; a list of
    /// short lines ("Team A: 3") leaves plenty of room, so neither qualifies.
    /// </summary>
    public static bool IsHardWrapped(IReadOnlyList<List<string>> blocks)
    {
        int total = 0, withinWidth = 0, inMultiLineBlocks = 0, width = 0;
        foreach (var block in blocks)
        {
            total += block.Count;
            inMultiLineBlocks += block.Count > 1 ? block.Count : 0;
            foreach (var line in block)
            {
                if (line.Length <= WrapWidth)
                {
                    withinWidth++;
                    width = Math.Max(width, line.Length);
                }
            }
        }

        if (total < 2 || width < MinWrapWidth || withinWidth * 5 < total * 4 || inMultiLineBlocks * 2 <= total)
        {
            return false;
        }

        int breaks = 0, forcedBreaks = 0;
        foreach (var block in blocks)
        {
            for (var i = 0; i + 1 < block.Count; i++)
            {
                breaks++;

                // Greedy wrapping (editors, mail) breaks where the next word would not fit; balancing wrappers
                // such as fmt break earlier, but still leave every line well filled.
                if (block[i].Length + 1 + FirstWordLength(block[i + 1]) > width || block[i].Length * 5 >= width * 3)
                {
                    forcedBreaks++;
                }
            }
        }

        return forcedBreaks * 5 >= breaks * 4;
    }

    private static int FirstWordLength(string line)
    {
        var end = 0;
        while (end < line.Length && !char.IsWhiteSpace(line[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>Groups trimmed non-blank lines into runs separated by blank lines.</summary>
    public static List<List<string>> SplitBlocks(IReadOnlyList<string> lines, CancellationToken cancellationToken)
    {
        var blocks = new List<List<string>>();
        List<string>? current = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (TextLines.IsBlank(lines[i]))
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = new List<string>();
                blocks.Add(current);
            }

            current.Add(lines[i].Trim());
        }

        return blocks;
    }
}
