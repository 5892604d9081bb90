using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Sdk;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// Finds an article in CorpusGen's generated sources: its one-line property in the slot source that holds it, and
/// the literal operands headed by its path. The article's part of a slot, so tests can check one article's code
/// without depending on which other articles share the slot.
/// </summary>
public static class GeneratedArticles
{
    private static readonly Regex s_member = new(@"^\s*public static global::[\w.]+ (?<name>\w+) => __cg_Index\.Shells\[0x[0-9A-F]{2}\]\[\d+\];$", RegexOptions.Multiline);

    /// <summary>The names of all generated article properties, in hint-name then declaration order.</summary>
    public static IReadOnlyList<string> ArticleNames(this GeneratorRun run) =>
        run.Sources.SelectMany(s => s_member.Matches(s.Text).Select(m => m.Groups["name"].Value)).ToList();

    /// <summary>The hint name of the slot source declaring the property <paramref name="name"/>.</summary>
    public static string ArticleHintName(this GeneratorRun run, string name) =>
        run.Sources.FirstOrDefault(s => s_member.Matches(s.Text).Any(m => m.Groups["name"].Value == name))?.HintName
        ?? throw new XunitException($"No article property '{name}' was generated; there are: {string.Join(", ", run.ArticleNames())}");

    /// <summary>The whole slot source declaring the property <paramref name="name"/>.</summary>
    public static string ArticleSource(this GeneratorRun run, string name) => run.Source(run.ArticleHintName(name));

    /// <summary>
    /// The article's own part of its slot source: its doc comment and property, and every literal operand under its
    /// path comment. Equal parts mean equal generated code for the article (its table record aside).
    /// </summary>
    public static string ArticlePart(this GeneratorRun run, string name, string sourcePath)
    {
        var source = run.ArticleSource(name);
        var lines = source.Split('\n');
        var part = new StringBuilder();
        var member = Array.FindIndex(lines, l => s_member.IsMatch(l) && s_member.Match(l).Groups["name"].Value == name);
        var docStart = member;
        while (docStart > 0 && lines[docStart - 1].TrimStart().StartsWith("///", StringComparison.Ordinal))
        {
            docStart--;
        }

        for (var i = docStart; i <= member; i++)
        {
            part.Append(Regex.Replace(lines[i], @"Get\(\d+\)", "Get(_)")).Append('\n');
        }

        var header = "// " + sourcePath;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != header)
            {
                continue;
            }

            for (var j = i + 1; j < lines.Length; j++)
            {
                var line = lines[j].EndsWith(" +", StringComparison.Ordinal) ? lines[j].Substring(0, lines[j].Length - 2) : lines[j].TrimEnd(';');
                part.Append(line).Append('\n');
                if (lines[j].EndsWith(" +", StringComparison.Ordinal) || lines[j].EndsWith(';'))
                {
                    break;
                }
            }
        }

        return part.ToString();
    }
}
