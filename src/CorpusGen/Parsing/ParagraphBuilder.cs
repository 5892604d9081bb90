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
    /// At least 80% of lines within the wrap width, and more than half of them in blocks of two or more lines:
    /// a one-paragraph-per-line file has long lines, or single-line blocks, and so never qualifies.
    /// </summary>
    public static bool IsHardWrapped(IReadOnlyList<List<string>> blocks)
    {
        int total = 0, shortLines = 0, inMultiLineBlocks = 0;
        foreach (var block in blocks)
        {
            total += block.Count;
            if (block.Count > 1)
            {
                inMultiLineBlocks += block.Count;
            }

            foreach (var line in block)
            {
                if (line.Length <= WrapWidth)
                {
                    shortLines++;
                }
            }
        }

        return total >= 2 && shortLines * 5 >= total * 4 && inMultiLineBlocks * 2 > total;
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
