using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using CorpusGen.Diagnostics;
using CorpusGen.Parsing;
using CorpusGen.Tests.Generator;
using CorpusGen.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Properties;

/// <summary>
/// Any text, put through the generator and the C# compiler, comes back from the compiled article exactly as the
/// parser kept it. Articles are checked in batches, one compilation per batch, so a CI run covers thousands.
/// </summary>
public class RoundTripProperties
{
    /// <summary>Batches per run: CORPUSGEN_FUZZ_BATCHES raises it for a long fuzzing session (docs/fuzzing.md).</summary>
    private static readonly int s_batches = ReadInt("CORPUSGEN_FUZZ_BATCHES", 12);

    /// <summary>Seconds to keep generating batches (CsCheck: -1 means "just the batches above").</summary>
    private static readonly int s_seconds = ReadInt("CORPUSGEN_FUZZ_SECONDS", -1);

    private const int BatchSize = 250;

    // Prints every article as hex UTF-16 code units, so lone surrogates survive the trip through Console.
    private const string Program = @"
using System;
using System.Linq;
using System.Text;
var output = new StringBuilder();
foreach (var a in Fuzz.Articles.All)
{
    output.Append(a.SourcePath).Append('\n');
    foreach (var text in new[] { a.Title, a.TitleIsDerived ? ""derived"" : ""-"", a.Dateline ?? ""-"", a.Agency ?? ""-"", a.Copyright ?? ""-"" }.Concat(a.Paragraphs).Concat(a.Trailer).Concat(a.Credits).Concat(a.Boilerplate))
        output.Append(string.Concat(text.Select(c => ((int)c).ToString(""x4"")))).Append(' ');
    output.Append('\n');
}
Console.Write(output.ToString());
";

    [Fact]
    [Trait("Category", "Fuzz")]
    public void Any_text_compiles_and_the_compiled_article_returns_exactly_the_kept_text()
    {
        ArticleTextGen.Article.Array[BatchSize].Sample(texts => CheckBatch(texts, utf8: false), iter: s_batches, time: s_seconds, threads: 1);
    }

    [Fact]
    [Trait("Category", "Fuzz")]
    public void Any_text_stored_as_UTF8_literals_returns_exactly_the_kept_text()
    {
        // A string limit of one character sends every corpus down the large-corpus (u8 literal) path.
        ArticleTextGen.Article.Array[BatchSize].Sample(texts => CheckBatch(texts, utf8: true), iter: Math.Max(1, s_batches / 3), time: s_seconds, threads: 1);
    }

    private static void CheckBatch(string[] texts, bool utf8)
    {
        var files = texts.Select((text, i) => TestCorpus.File("corpus/f" + i.ToString("D4", CultureInfo.InvariantCulture) + ".txt", text)).ToArray();
        var options = TestCorpus.Options().WithProperty("CorpusGenNamespace", "Fuzz");
        var run = TestCorpus.Run(files, utf8 ? options.WithProperty("CorpusGenStringLimit", "1") : options, program: Program);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CG0006");
        run.AssertNoCompileDiagnostics();

        var actual = run.CompileAndRun().Split('\n');
        var expectedById = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < actual.Length; i += 2)
        {
            expectedById[actual[i]] = actual[i + 1];
        }

        var printedIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var relative = file.Path.Substring(TestCorpus.ProjectDir.Length);
            var content = ArticleParser.ParseText(file.GetText()!.ToString(), file.Path, relative, new List<DiagnosticInfo>(), CancellationToken.None);
            if (content is null)
            {
                Assert.False(expectedById.ContainsKey(relative), relative + " has no content but became an article");
                continue;
            }

            var fields = new[] { content.Title, content.TitleIsDerived ? "derived" : "-", content.Dateline ?? "-", content.Agency ?? "-", content.Copyright ?? "-" }.Concat(content.Paragraphs).Concat(content.Trailer).Concat(content.Credits).Concat(content.Boilerplate);
            var expected = string.Concat(fields.Select(text => string.Concat(text.Select(c => ((int)c).ToString("x4", CultureInfo.InvariantCulture))) + " "));
            if (expectedById.TryGetValue(relative, out var printed))
            {
                Assert.Equal(expected, printed);
                printedIds[content.Id] = relative;
            }
            else
            {
                // Merged into an earlier file with equal normalised content (short random texts can collide).
                Assert.True(printedIds.ContainsKey(content.Id), relative + " is neither an article nor a merged duplicate");
            }
        }
    }

    private static int ReadInt(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
