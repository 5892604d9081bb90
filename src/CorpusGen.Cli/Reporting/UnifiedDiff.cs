using System;
using System.Collections.Generic;
using System.Text;
using DiffPlex;

namespace CorpusGen.Cli.Reporting;

/// <summary>A unified diff (<c>diff -u</c>, three lines of context) of two texts, for <c>emit --verify</c>.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>The diff from <paramref name="expected"/> to <paramref name="actual"/>; empty when they are equal.</summary>
    public static string Create(string expectedName, string expected, string actualName, string actual)
    {
        var diff = Differ.Instance.CreateLineDiffs(expected, actual, false, false);
        if (diff.DiffBlocks.Count == 0)
        {
            return string.Empty;
        }

        var a = diff.PiecesOld;
        var b = diff.PiecesNew;
        var text = new StringBuilder().Append("--- ").Append(expectedName).Append('\n').Append("+++ ").Append(actualName).Append('\n');
        var blocks = diff.DiffBlocks;
        var i = 0;
        while (i < blocks.Count)
        {
            // Blocks closer than twice the context share a hunk, as diff -u does.
            var last = i;
            while (last + 1 < blocks.Count && blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * Context)
            {
                last++;
            }

            var startA = Math.Max(0, blocks[i].DeleteStartA - Context);
            var startB = Math.Max(0, blocks[i].InsertStartB - Context);
            var endA = Math.Min(a.Count, blocks[last].DeleteStartA + blocks[last].DeleteCountA + Context);
            var endB = Math.Min(b.Count, blocks[last].InsertStartB + blocks[last].InsertCountB + Context);
            text.Append($"@@ -{Range(startA, endA - startA)} +{Range(startB, endB - startB)} @@\n");
            var lineA = startA;
            for (var k = i; k <= last; k++)
            {
                var block = blocks[k];
                Lines(text, ' ', a, lineA, block.DeleteStartA);
                Lines(text, '-', a, block.DeleteStartA, block.DeleteStartA + block.DeleteCountA);
                Lines(text, '+', b, block.InsertStartB, block.InsertStartB + block.InsertCountB);
                lineA = block.DeleteStartA + block.DeleteCountA;
            }

            Lines(text, ' ', a, lineA, endA);
            i = last + 1;
        }

        return text.ToString();
    }

    private static string Range(int start, int count) => count == 0 ? $"{start},0" : $"{start + 1},{count}";

    private static void Lines(StringBuilder text, char prefix, IReadOnlyList<string> lines, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            text.Append(prefix).Append(lines[i]).Append('\n');
        }
    }
}
