using System;
using System.Collections.Generic;
using System.Globalization;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CorpusGen.Tests.Generator;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Hostile;

/// <summary>Same files in any order, culture and line endings: byte-identical generated sources.</summary>
public class DeterminismTests
{
    private static readonly (string Path, string Text)[] s_files =
    {
        ("corpus/ferry.txt", TestCorpus.Texts.Ferry),
        ("corpus/library-a.txt", TestCorpus.Texts.Library),
        ("corpus/library-b.txt", TestCorpus.Texts.LibraryAgain),
        ("corpus/mayor.txt", TestCorpus.Texts.Mayor),
        ("corpus/copy/ferry.txt", TestCorpus.Texts.Ferry),
        ("corpus/istanbul.txt", "istanbul ice index rises in winter\nI\u0130\u0131i letters, 1.234,5 and 2015.\n"),
        ("corpus/Istanbul.txt", "Istanbul ice index rises in winter\nA second story.\n"),
        ("corpus/\u00C4rger.txt", "\u00C4rger \u00FCber Stra\u00DFe\n\u00DFtrasse and STRASSE are different words.\n"),
    };

    // Fixed seed: a failure must reproduce (string.GetHashCode is randomised per process).
    private static readonly Random s_shuffle = new(20261129);

    private static IReadOnlyList<GeneratedSource> Generate(IEnumerable<(string Path, string Text)> files, string culture, string newline)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var texts = files.Select(f => (AdditionalText)TestCorpus.File(f.Path, f.Text.Replace("\r\n", "\n").Replace("\n", newline)));
            var run = TestCorpus.Run(texts.Append(TestCorpus.Seed()).ToArray());
            run.AssertNoCompileDiagnostics();
            return run.Sources;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    public static IEnumerable<object[]> Variations()
    {
        foreach (var culture in new[] { "tr-TR", "de-DE", "" })
        {
            foreach (var order in new[] { "original", "reversed", "shuffled" })
            {
                foreach (var newline in new[] { "LF", "CRLF" })
                {
                    yield return new object[] { culture, order, newline };
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Variations))]
    public void Generated_sources_are_byte_identical(string culture, string order, string newline)
    {
        var baseline = Generate(s_files, "", "\n");
        var files = order switch
        {
            "reversed" => s_files.Reverse(),
            "shuffled" => s_files.OrderBy(_ => s_shuffle.Next()).ToArray(),
            _ => s_files,
        };

        var sources = Generate(files, culture, newline == "CRLF" ? "\r\n" : "\n");

        Assert.Equal(baseline.Select(s => s.HintName), sources.Select(s => s.HintName));
        for (var i = 0; i < baseline.Count; i++)
        {
            Assert.Equal(baseline[i].Text, sources[i].Text);
        }

        Assert.DoesNotContain(sources, s => s.Text.Contains('\r', StringComparison.Ordinal));
    }

    [Fact]
    public void Parser_and_corpus_builder_honour_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var text = "Title\n" + string.Join("\n", Enumerable.Range(0, 5_000).Select(i => "Paragraph " + i));
        var parsed = Enumerable.Range(0, 50)
            .Select(i => CorpusGen.Parsing.ArticleParser.Parse(
                new CorpusGen.Reading.CandidateFile(TestCorpus.File("corpus/" + i + ".txt", "Story " + i + "\nBody.\n"), "corpus/" + i + ".txt", null, null, CorpusGen.Reading.ArticleLimits.Default),
                CancellationToken.None))
            .ToImmutableArray();
        var options = new CorpusGen.Reading.GeneratorOptions("Demo", "Articles", false, true, true, CorpusGen.Helpers.EquatableArray<CorpusGen.Diagnostics.DiagnosticInfo>.Empty);

        Assert.ThrowsAny<OperationCanceledException>(() => CorpusGen.Parsing.ArticleParser.ParseText(text, "a.txt", "a.txt", new List<CorpusGen.Diagnostics.DiagnosticInfo>(), cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => CorpusGen.Parsing.ArticleParser.Parse(
            new CorpusGen.Reading.CandidateFile(TestCorpus.File("corpus/a.txt", text), "corpus/a.txt", null, null, CorpusGen.Reading.ArticleLimits.Default), cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => CorpusGen.Corpus.CorpusBuilder.Build(parsed, options, cancelled.Token));
    }
}
