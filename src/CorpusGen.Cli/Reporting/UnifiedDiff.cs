using System;
using System.Collections.Generic;
using System.Linq;
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
        if (expected == actual)
        {
            return string.Empty;
        }

        // Lines end with "\n" (a last line without one counts the same): the diff is over the lines, not the breaks.
        var diff = Differ.Instance.CreateLineDiffs(WithoutFinalBreak(expected), WithoutFinalBreak(actual), false, false);
        var a = expected.Length == 0 ? new List<string>() : diff.PiecesOld.ToList();
        var b = actual.Length == 0 ? new List<string>() : diff.PiecesNew.ToList();
        if (a.Count == 0 || b.Count == 0)
        {
            var whole = new StringBuilder().Append("--- ").Append(expectedName).Append('\n').Append("+++ ").Append(actualName).Append('\n');
            whole.Append($"@@ -{Range(0, a.Count)} +{Range(0, b.Count)} @@\n");
            Lines(whole, '-', a, 0, a.Count);
            Lines(whole, '+', b, 0, b.Count);
            return whole.ToString();
        }

        if (diff.DiffBlocks.Count == 0)
        {
            return string.Empty;
        }

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

    private static string WithoutFinalBreak(string text) => text.EndsWith('\n') ? text.Substring(0, text.Length - 1) : text;

    private static string Range(int start, int count) => count == 0 ? $"{start},0" : $"{start + 1},{count}";

    private static void Lines(StringBuilder text, char prefix, List<string> lines, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            text.Append(prefix).Append(lines[i]).Append('\n');
        }
    }
}
