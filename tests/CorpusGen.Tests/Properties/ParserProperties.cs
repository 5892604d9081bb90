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
}
