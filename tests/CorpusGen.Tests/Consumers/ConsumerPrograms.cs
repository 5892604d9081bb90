using System.Collections.Generic;
using System.Globalization;

namespace CorpusGen.Tests.Consumers;

/// <summary>
/// Program.cs of consumer apps. Written in C# 7.3 (block namespaces, no nullable syntax) so one source compiles
/// under every language version and nullable setting, without a warning under AnalysisLevel=latest-all.
/// </summary>
internal static class ConsumerPrograms
{
    /// <summary>A Program class in <paramref name="namespace"/> whose Main runs <paramref name="statements"/>.</summary>
    public static string Program(string @namespace, string statements, string extraUsings = "") => $$"""
        using System;
        using System.Globalization;
        using System.Linq;
        using System.Text;
        {{extraUsings}}

        namespace {{@namespace}}
        {
            internal static class Program
            {
                private static void Main()
                {
        {{statements}}
                }

        {{ConsumerOutput.PrintHelper}}
            }
        }
        """;

    /// <summary>
    /// Statements printing the names in <c>{cls}.All</c> as <c>{prefix}.names</c> and every property of every
    /// article as <c>{prefix}.{Name}.{property}</c> (see <see cref="ExpectedArticle"/>).
    /// </summary>
    public static string DumpAll(string cls, string prefix) => $$"""
                    Print("{{prefix}}.count", {{cls}}.All.Count);
                    Print("{{prefix}}.names", string.Join(",", {{cls}}.All.Select(a => a.Name)));
                    foreach (var article in {{cls}}.All)
                    {
                        var key = "{{prefix}}." + article.Name + ".";
                        Print(key + "title", article.Title);
                        Print(key + "headline", article.Headline ?? "(null)");
                        Print(key + "caption", article.Caption ?? "(null)");
                        Print(key + "dateline", article.Dateline ?? "(null)");
                        Print(key + "paragraphs", article.Paragraphs.Count);
                        Print(key + "first", article.Paragraphs[0]);
                        Print(key + "last", article.Paragraphs[article.Paragraphs.Count - 1]);
                        Print(key + "body", article.Body == string.Join("\n\n", article.Paragraphs) ? "(paragraphs joined)" : article.Body);
                        Print(key + "copyright", article.Copyright ?? "(null)");
                        Print(key + "year", article.Year.HasValue ? article.Year.Value.ToString(CultureInfo.InvariantCulture) : "(null)");
                        Print(key + "trailer", string.Join("|", article.Trailer));
                        Print(key + "source", article.SourcePath);
                        Print(key + "duplicates", article.DuplicateSources.Count);
                        Print(key + "id", article.Id.Length == 0 ? "(empty)" : "(set)");
                    }
        """;

    /// <summary>What <see cref="DumpAll"/> prints for one article.</summary>
    public static Dictionary<string, string> ExpectedArticle(
        string prefix,
        string name,
        string source,
        int paragraphs,
        string first,
        string last,
        string? headline = null,
        string? caption = null,
        string? dateline = null,
        string? copyright = null,
        int? year = null,
        string trailer = "")
    {
        var key = prefix + "." + name + ".";
        return new Dictionary<string, string>
        {
            [key + "title"] = headline ?? caption ?? "(null)",
            [key + "headline"] = headline ?? "(null)",
            [key + "caption"] = caption ?? "(null)",
            [key + "dateline"] = dateline ?? "(null)",
            [key + "paragraphs"] = paragraphs.ToString(CultureInfo.InvariantCulture),
            [key + "first"] = first,
            [key + "last"] = last,
            [key + "body"] = "(paragraphs joined)",
            [key + "copyright"] = copyright ?? "(null)",
            [key + "year"] = year?.ToString(CultureInfo.InvariantCulture) ?? "(null)",
            [key + "trailer"] = trailer,
            [key + "source"] = source,
            [key + "duplicates"] = "0",
            [key + "id"] = "(set)",
        };
    }

    /// <summary>The seed article as <see cref="DumpAll"/> prints it, from <paramref name="source"/>.</summary>
    public static Dictionary<string, string> ExpectedSeed(string prefix, string source) => ExpectedArticle(
        prefix,
        ConsumerCorpus.SeedName,
        source,
        ConsumerCorpus.SeedParagraphs,
        first: "UN Secretary-General Ban Ki-moon urged Russia and the United States on Sunday to cooperate in rooting out terrorism and said he would unveil a comprehensive plan to fight extremism and violence early next year.",
        last: "\"We also have to harmonize, to coordinate efforts - both political and military - that are undertaken by those countries that have suffered from terrorism.\"",
        caption: "File photo of United Nations Secretary-General Ban Ki-moon.",
        dateline: "KUALA LUMPUR",
        copyright: "\u00A9 Thomson Reuters 2015",
        year: 2015,
        trailer: "Track Latest News Live on NDTV.com and get news updates from India and around the world");

    public static Dictionary<string, string> ExpectedLighthouse(string prefix, string source) => ExpectedArticle(
        prefix,
        ConsumerCorpus.LighthouseName,
        source,
        3,
        ConsumerCorpus.LighthouseFirst,
        ConsumerCorpus.LighthouseLast,
        caption: ConsumerCorpus.LighthouseCaption,
        dateline: "MARLOW BAY",
        copyright: "Copyright 2023 Marlow Bay Courier",
        year: 2023,
        trailer: "Get the Courier's harbour newsletter every Friday");

    public static Dictionary<string, string> ExpectedChess(string prefix, string source) => ExpectedArticle(
        prefix,
        ConsumerCorpus.ChessName,
        source,
        3,
        ConsumerCorpus.ChessFirst,
        ConsumerCorpus.ChessLast,
        headline: ConsumerCorpus.ChessHeadline);

    public static Dictionary<string, string> ExpectedStorm(string prefix, string source) => ExpectedArticle(
        prefix,
        ConsumerCorpus.StormName,
        source,
        3,
        ConsumerCorpus.StormFirst,
        ConsumerCorpus.StormLast,
        headline: ConsumerCorpus.StormHeadline);

    /// <summary>All entries of several expectations in one dictionary.</summary>
    public static Dictionary<string, string> Merge(params IReadOnlyDictionary<string, string>[] parts)
    {
        var all = new Dictionary<string, string>();
        foreach (var part in parts)
        {
            foreach (var pair in part)
            {
                all.Add(pair.Key, pair.Value);
            }
        }

        return all;
    }
}
