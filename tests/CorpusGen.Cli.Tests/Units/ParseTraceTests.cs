using System.Collections.Generic;
using System.Threading;
using CorpusGen.Cli.Tests.Infrastructure;
using CorpusGen.Diagnostics;
using CorpusGen.Parsing;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Cli.Tests.Units;

/// <summary>
/// The trace <c>explain</c> shows is recorded by the parser as it decides; recording it must not change what the
/// parser decides (builds parse without one).
/// </summary>
public sealed class ParseTraceTests
{
    public static TheoryData<string> Articles => new()
    {
        TestArticles.Captioned,
        TestArticles.HardWrapped,
        TestArticles.NoHeadline,
        System.IO.File.ReadAllText(RepoPaths.SeedPath),
    };

    [Theory]
    [MemberData(nameof(Articles))]
    public void Tracing_leaves_the_parse_unchanged(string text)
    {
        var plainDiagnostics = new List<DiagnosticInfo>();
        var tracedDiagnostics = new List<DiagnosticInfo>();

        var plain = ArticleParser.ParseText(text, "a.txt", "a.txt", plainDiagnostics, CancellationToken.None);
        var traced = ArticleParser.ParseText(text, "a.txt", "a.txt", tracedDiagnostics, CancellationToken.None, trace: new ParseTrace());

        Assert.Equal(plain, traced);
        Assert.Equal(plainDiagnostics, tracedDiagnostics);
    }

    [Fact]
    public void Every_paragraph_and_repeat_names_its_kept_paragraph()
    {
        var trace = new ParseTrace();

        var content = ArticleParser.ParseText(TestArticles.Captioned, "a.txt", "a.txt", new List<DiagnosticInfo>(), CancellationToken.None, trace: trace)!;

        Assert.Equal(LineRole.Caption, trace[0].Role);
        Assert.Equal(LineRole.Dateline, trace[1].Role);
        Assert.Equal(new TracedLine(LineRole.Paragraph, null, 1), trace[2]);
        Assert.Equal(LineRole.Repeat, trace[4].Role);
        Assert.Equal(2, trace[4].Paragraph);
        Assert.Equal(content.Paragraphs[1], TestArticles.Captioned.Split('\n')[4]);
        Assert.Equal(LineRole.Copyright, trace[6].Role);
        Assert.Equal(LineRole.Trailer, trace[7].Role);
        Assert.Equal(LineRole.Blank, trace[8].Role);
    }
}
