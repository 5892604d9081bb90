using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using CorpusGen.Reading;

namespace CorpusGen.Parsing;

/// <summary>
/// A body paragraph and where it came from: its first line (0-based), how many lines of the file it joins, and its
/// text's position in the file. The line count stays when a dateline is cut from the text (its position then spans
/// fewer lines): the lines were still joined, and CG0020 says so.
/// </summary>
internal readonly record struct BodyParagraph(string Text, int Line, int LineCount, TextRef Ref);

/// <summary>The paragraphs of a body, and why its lines were joined when they were (null when each line is a paragraph).</summary>
internal sealed record BodyLayout(List<BodyParagraph> Paragraphs, string? JoinedBecause)
{
    public bool IsBlocks => JoinedBecause is not null;
}

/// <summary>
/// Turns body lines into paragraphs. Normally each non-blank line is a paragraph (scraped pages, the BBC corpus,
/// bullet lists on consecutive lines). Only text that looks hard-wrapped, mostly short lines in multi-line blocks
/// as in e-mail or Project Gutenberg, is read as blank-line-separated blocks whose lines are joined by a space.
/// <c>CorpusGenLayout</c> on a file decides instead of the rule.
/// </summary>
internal static class ParagraphBuilder
{
    private const int WrapWidth = 80;

    // Narrower "wrapping" is more likely a list or verse than a reflowed paragraph.
    private const int MinWrapWidth = 40;

    /// <summary>Paragraphs of <paramref name="lines"/>[<paramref name="start"/>..<paramref name="end"/>).</summary>
    /// <param name="lineStarts">Where each line starts in the file's text (<see cref="TextLines.Split"/>), for each paragraph's <see cref="TextRef"/>.</param>
    public static BodyLayout Build(IReadOnlyList<string> lines, IReadOnlyList<int> lineStarts, int start, int end, LayoutOverride layout, CancellationToken cancellationToken)
    {
        var blocks = SplitBlocks(lines, lineStarts, start, end, cancellationToken);
        var joinedBecause = layout switch
        {
            LayoutOverride.Lines => null,
            LayoutOverride.Blocks => "CorpusGenLayout is \"blocks\"",
            _ => HardWrapEvidence(blocks),
        };

        var paragraphs = new List<BodyParagraph>();
        foreach (var block in blocks)
        {
            if (joinedBecause is not null)
            {
                var joined = string.Join(" ", block.Lines);
                paragraphs.Add(new BodyParagraph(joined, block.Line, block.Lines.Count, new TextRef(block.Starts[0], joined.Length, block.Lines.Count)));
                continue;
            }

            for (var i = 0; i < block.Lines.Count; i++)
            {
                paragraphs.Add(new BodyParagraph(block.Lines[i], block.Line + i, 1, new TextRef(block.Starts[i], block.Lines[i].Length, 1)));
            }
        }

        return new BodyLayout(paragraphs, joinedBecause);
    }

    /// <summary>The trimmed lines of one run of non-blank lines, where each starts in the file's text, and the number of its first line.</summary>
    internal sealed record Block(int Line, List<string> Lines, List<int> Starts);

    public static bool IsHardWrapped(IReadOnlyList<Block> blocks) => HardWrapEvidence(blocks) is not null;

    /// <summary>
    /// Why the text reads as hard-wrapped, or null when it does not. Hard-wrapped text shows its wrapping: most lines
    /// fit the wrap width, most sit in multi-line blocks, and a line ends inside a block because the next word would
    /// not have fitted or the line is already well filled (at least three fifths of the width). A
    /// one-paragraph-per-line file has long lines or single-line blocks; a list of short lines ("Team A: 3") leaves
    /// plenty of room; one sentence per line ends most lines at a sentence's end, which wrapping rarely does: none of
    /// them qualifies.
    /// </summary>
    public static string? HardWrapEvidence(IReadOnlyList<Block> blocks)
    {
        int total = 0, withinWidth = 0, inMultiLineBlocks = 0, width = 0;
        foreach (var block in blocks)
        {
            total += block.Lines.Count;
            inMultiLineBlocks += block.Lines.Count > 1 ? block.Lines.Count : 0;
            foreach (var line in block.Lines)
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
            return null;
        }

        int breaks = 0, forcedBreaks = 0, sentenceBreaks = 0;
        foreach (var block in blocks)
        {
            for (var i = 0; i + 1 < block.Lines.Count; i++)
            {
                breaks++;
                var line = block.Lines[i];
                var next = block.Lines[i + 1];

                // Greedy wrapping (editors, mail) breaks where the next word would not fit; balancing wrappers
                // such as fmt break earlier, but still leave every line well filled.
                if (line.Length + 1 + FirstWordLength(next) > width || line.Length * 5 >= width * 3)
                {
                    forcedBreaks++;
                }

                if (HeadlineRule.EndsSentenceBefore(line, next))
                {
                    sentenceBreaks++;
                }
            }
        }

        if (forcedBreaks * 5 < breaks * 4 || sentenceBreaks * 2 > breaks)
        {
            return null;
        }

        return string.Format(
            CultureInfo.InvariantCulture,
            "{0} of {1} lines fit {2} characters, {3} of {4} line breaks fall where the next word would not fit or the line is well filled, {5} at a sentence's end",
            withinWidth,
            total,
            width,
            forcedBreaks,
            breaks,
            sentenceBreaks);
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
    public static List<Block> SplitBlocks(IReadOnlyList<string> lines, IReadOnlyList<int> lineStarts, int start, int end, CancellationToken cancellationToken)
    {
        var blocks = new List<Block>();
        Block? current = null;
        for (var i = start; i < end; i++)
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
                current = new Block(i, new List<string>(), new List<int>());
                blocks.Add(current);
            }

            current.Lines.Add(lines[i].Trim());
            current.Starts.Add(lineStarts[i] + TextLines.LeadingWhiteSpace(lines[i]));
        }

        return blocks;
    }
}
