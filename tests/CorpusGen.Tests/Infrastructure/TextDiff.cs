using System;
using System.Text;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// The first differing lines of two texts with their line numbers: enough to see what changed in a failure message,
/// while the received file next to the verified one allows a full diff tool.
/// </summary>
internal static class TextDiff
{
    public static string FirstDifferences(string verified, string received, int maxLines = 6)
    {
        var expected = verified.Split('\n');
        var actual = received.Split('\n');
        var first = 0;
        while (first < expected.Length && first < actual.Length && expected[first] == actual[first])
        {
            first++;
        }

        var text = new StringBuilder()
            .Append($"first difference at line {first + 1} (verified has {expected.Length} lines, received {actual.Length}):\n");
        var end = Math.Min(Math.Max(expected.Length, actual.Length), first + maxLines);
        for (var line = Math.Max(0, first - 1); line < end; line++)
        {
            var left = line < expected.Length ? expected[line] : null;
            var right = line < actual.Length ? actual[line] : null;
            if (left == right)
            {
                text.Append($"  {line + 1,5}   {left}\n");
                continue;
            }

            text.Append(left is null ? $"  {line + 1,5} - (no line)\n" : $"  {line + 1,5} - {left}\n");
            text.Append(right is null ? $"  {line + 1,5} + (no line)\n" : $"  {line + 1,5} + {right}\n");
        }

        return text.ToString();
    }
}
