using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Xunit.Sdk;

namespace CorpusGen.Tests.Consumers;

/// <summary>
/// What consumer programs print: one <c>key=value</c> per line, with every character outside printable ASCII (and
/// the backslash) written as <c>\uXXXX</c>, so the output does not depend on the console's encoding.
/// <see cref="PrintHelper"/> is the C# 7.3 code that writes it.
/// </summary>
internal static class ConsumerOutput
{
    /// <summary>A private <c>Print</c> overload set for a consumer's Program class (C# 7.3, nullable-neutral).</summary>
    public const string PrintHelper = """
                private static void Print(string key, int value)
                {
                    Print(key, value.ToString(CultureInfo.InvariantCulture));
                }

                private static void Print(string key, string value)
                {
                    var line = new StringBuilder(key).Append('=');
                    foreach (var c in value)
                    {
                        if (c < ' ' || c > '~' || c == '\\')
                        {
                            line.Append('\\').Append('u').Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            line.Append(c);
                        }
                    }

                    Console.Out.WriteLine(line.ToString());
                }
        """;

    /// <summary>The same escaping as <see cref="PrintHelper"/>, for expected values.</summary>
    public static string Escape(string value)
    {
        var line = new StringBuilder();
        foreach (var c in value)
        {
            if (c < ' ' || c > '~' || c == '\\')
            {
                line.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                line.Append(c);
            }
        }

        return line.ToString();
    }

    public static Dictionary<string, string> Parse(string output)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !values.TryAdd(line.Substring(0, equals), line.Substring(equals + 1)))
            {
                throw new XunitException($"Unexpected line '{line}' in the program's output:\n{output}");
            }
        }

        return values;
    }

    /// <summary>Asserts every expected key/value (values unescaped; they are escaped here), with the whole output on failure.</summary>
    public static void AssertContains(IReadOnlyDictionary<string, string> expected, string output)
    {
        var actual = Parse(output);
        var problems = new StringBuilder();
        foreach (var pair in expected)
        {
            var want = Escape(pair.Value);
            if (!actual.TryGetValue(pair.Key, out var got))
            {
                problems.Append($"  {pair.Key}: missing, expected '{want}'\n");
            }
            else if (!string.Equals(got, want, StringComparison.Ordinal))
            {
                problems.Append($"  {pair.Key}: expected '{want}'\n  {new string(' ', pair.Key.Length)}  but was '{got}'\n");
            }
        }

        if (problems.Length > 0)
        {
            throw new XunitException("The consumer printed unexpected values:\n" + problems + "--- its whole output:\n" + output);
        }
    }
}
