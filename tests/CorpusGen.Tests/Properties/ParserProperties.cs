using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CorpusGen.Diagnostics;
using CorpusGen.Parsing;
using CsCheck;
using Xunit;

namespace CorpusGen.Tests.Properties;

/// <summary>Invariants of the parser over hostile text; cheap, so many cases.</summary>
public class ParserProperties
{
    // Left to right, as the parser splits: "\r\r\n" is two line breaks.
    private static readonly System.Text.RegularExpressions.Regex LineEndings = new("\r\n|\r|\n");

    [Fact]
    public void Parser_never_throws_and_keeps_clean_unique_paragraphs()
    {
        ArticleTextGen.Article.Sample(
            text =>
            {
                var diagnostics = new List<DiagnosticInfo>();
                var content = ArticleParser.ParseText(text, "a.txt", "a.txt", diagnostics, CancellationToken.None);
                if (content is null)
                {
                    Assert.Contains(diagnostics, d => d.Id is "CG0001" or "CG0002" or "CG0010");
                    return;
                }

                Assert.False(string.IsNullOrWhiteSpace(content.Title));
                Assert.All(content.Paragraphs, p =>
                {
                    Assert.False(string.IsNullOrWhiteSpace(p));
                    Assert.Equal(p.Trim(), p);
                    Assert.DoesNotContain('\r', p);
                    Assert.DoesNotContain('\n', p);
                });
                var normalized = content.Paragraphs.Select(TextNormalizer.Normalize).ToList();
                Assert.Equal(normalized.Count, normalized.Distinct(StringComparer.Ordinal).Count());
                Assert.Equal(content.Id, ArticleParser.ParseText(LineEndings.Replace(text, "\n"), "b.txt", "b.txt", new List<DiagnosticInfo>(), CancellationToken.None)!.Id);
            },
            iter: 5_000);
    }

    /// <summary>
    /// Whatever the rules decide (headline or paragraph, dateline, credits, debris, copyright, joined lines, repeats),
    /// every word and number of every non-blank line is still in one of the article's fields: the rules move and
    /// join text, never lose it. Only the punctuation around a dateline ("(", ") - ") is dropped, and reported.
    /// </summary>
    [Fact]
    public void Nothing_written_is_lost_every_word_of_every_line_is_in_some_field()
    {
        Gen.Select(NewsLine.Array[1, 14], Gen.OneOfConst("\n", "\n\n", "\r\n"), Gen.Bool)
            .Select((lines, newline, finalBreak) => string.Join(newline, lines) + (finalBreak ? newline : string.Empty))
            .Sample(
                text =>
                {
                    var content = ArticleParser.ParseText(text, "a.txt", "a.txt", new List<DiagnosticInfo>(), CancellationToken.None);
                    if (content is null)
                    {
                        return;
                    }

                    var kept = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var field in new[] { content.Headline, content.Caption, content.Dateline, content.Agency, content.Copyright }
                        .Concat(content.Paragraphs).Concat(content.Credits).Concat(content.Boilerplate).Concat(content.Trailer))
                    {
                        kept.UnionWith(Words(field));
                    }

                    foreach (var line in LineEndings.Split(text))
                    {
                        Assert.All(Words(line), word => Assert.Contains(word, kept));
                    }
                },
                iter: 3_000);
    }

    private static IEnumerable<string> Words(string? text)
        => text is null ? Enumerable.Empty<string>() : System.Text.RegularExpressions.Regex.Matches(text, @"[\p{L}\p{N}]+").Select(m => m.Value);

    // Lines in the shapes the rules look for, mixed with plain prose, so every rule fires in some samples.
    private static readonly Gen<string> NewsLine = Gen.Frequency(
        (30, Gen.OneOfConst(
            "The council met on Monday and agreed to raise the tax.",
            "It was the third vote this year.",
            "Officials said the plan would cost four million pounds over five years, most of it borrowed.",
            "The harbour will close for repairs from the first of the month,",
            "the council said on Friday, and fishing boats have been offered",
            "Short line",
            "TRUMP:",
            "(c) borrow from the reserve")),
        (10, Gen.OneOfConst(
            "WASHINGTON (Reuters) - The Senate voted on Tuesday.",
            "LONDON, March 3 (Reuters) - Shares rose sharply in early trading.",
            "NEW YORK (AP) \u2014 The subway reopened.",
            "WASHINGTON\u2014Quickly, the committee adjourned.",
            "KUALA LUMPUR:",
            "File photo of Minister Jane Roe.")),
        (10, Gen.OneOfConst(
            "Photo by Jane Doe/Example Images",
            "(Sam Lee/Example Images)",
            "Image caption The mayor at the opening",
            "Read more",
            "Related: Council approves arts budget",
            "Advertisement",
            "\u00A9 2016 Example Wire",
            "Copyright 2015 Example Press. All rights reserved.")),
        (5, ArticleTextGen.Line));
}
