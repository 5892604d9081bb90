using System.Linq;
using CorpusGen.Tests.Generator;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Scale;

/// <summary>
/// String literals while the corpus fits the #US heap, UTF-8 literals beyond (C# 11+), one clear error below C# 11.
/// CorpusGenStringLimit is set tiny here, so small corpora exercise the large-corpus path.
/// </summary>
public class StorageTests
{
    // Prints every paragraph as hex UTF-16 code units, so the comparison is exact.
    private const string Program = @"
using System.Linq;
foreach (var a in Demo.Articles.All)
    System.Console.WriteLine(a.Name + "":"" + string.Join(""|"", a.Paragraphs.Select(p => string.Concat(p.Select(c => ((int)c).ToString(""x4""))))));
";

    private static readonly AdditionalText[] s_files =
    {
        TestCorpus.Seed(),
        TestCorpus.File("corpus/ferry.txt", TestCorpus.Texts.Ferry),
        TestCorpus.File("corpus/tricky.txt", "Tricky\nQuotes \" \\ */ \u2028 \u0085 \u202E \uD83D\uDCF0 \u00E9\u0301 {0}\nSecond \t paragraph.\n"),
        TestCorpus.File("corpus/lone.txt", "Lone surrogate\nHalf a pair: " + (char)0xD800 + " stays exact.\n"),
    };

    private static TestOptionsProvider TinyLimit() => TestCorpus.Options().WithProperty("CorpusGenStringLimit", "10");

    [Fact]
    public void Over_the_limit_paragraphs_are_utf8_literals_and_read_back_exactly()
    {
        var strings = TestCorpus.Run(s_files, program: Program);
        var utf8 = TestCorpus.Run(s_files, TinyLimit(), program: Program);
        utf8.AssertNoCompileDiagnostics();

        Assert.DoesNotContain("u8", strings.ArticleSource("BanKiMoon"));

        // In UTF-8 storage a slot's text is one u8 literal; an article with a lone surrogate stays in the string literals.
        Assert.Contains("Text8() =>", utf8.ArticleSource("BanKiMoon"));
        Assert.Contains("\"u8;", utf8.ArticleSource("Tricky"));
        Assert.Contains("Half a pair", utf8.ArticlePart("LoneSurrogate", "corpus/lone.txt"));
        Assert.DoesNotContain("u8", utf8.ArticlePart("LoneSurrogate", "corpus/lone.txt"));
        Assert.Equal(strings.CompileAndRun(), utf8.CompileAndRun());
    }

    [Fact]
    public void Below_CSharp_11_a_corpus_over_the_limit_is_CG0012_and_no_articles()
    {
        var run = TestCorpus.Run(s_files, TinyLimit(), program: "System.Console.Write(Demo.Articles.All.Count);", languageVersion: LanguageVersion.CSharp10);

        var error = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CG0012");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("LangVersion", error.GetMessage(), System.StringComparison.Ordinal);
        Assert.Empty(run.ArticleNames());
        run.AssertNoCompileDiagnostics();
        Assert.Equal("0", run.CompileAndRun());
    }

    [Fact]
    public void A_fifty_megabyte_corpus_builds_and_reads_back()
    {
        // 50M characters (about 10,500 files, 5% syndicated copies, 5% of paragraphs syndicated into later articles):
        // six times what the #US heap holds as strings (CS8103), fine as UTF-8 under the default limit. About 35 s
        // here: generator, compiler, run.
        var corpus = SyntheticCorpus.Generate(seed: 20261129, totalCharacters: 50_000_000);
        var files = corpus.Select(f => (AdditionalText)TestCorpus.File(f.RelativePath, f.Text)).ToArray();
        var uniqueTexts = corpus.Select(f => f.Text).Distinct().ToList();
        var articlesWith = uniqueTexts.SelectMany(t => Paragraphs(t).Distinct()).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var last = corpus.Last(f => corpus.Count(g => g.Text == f.Text) == 1 && Paragraphs(f.Text).Any(p => articlesWith[p] > 1));

        var run = TestCorpus.Run(
            files,
            program: "System.Console.Write(Demo.Articles.All.Count + \"|\" + string.Join(\"|\", System.Linq.Enumerable.Single(Demo.Articles.All, a => a.SourcePath == \"" + last.RelativePath + "\").Paragraphs));",
            trackSteps: false);

        Assert.Contains(run.Sources, s => s.HintName.StartsWith("Articles.Shared", System.StringComparison.Ordinal));
        Assert.All(run.GeneratorDiagnosticIds, id => Assert.Equal("CG0004", id));
        var shared = articlesWith.Where(p => p.Value > 1).Select(p => p.Key).ToList();
        Assert.NotEmpty(shared);
        Assert.Equal(1, run.Sources.Count(s => s.Text.Contains(shared[0], System.StringComparison.Ordinal)));
        var output = run.CompileAndRun().Split('|');
        Assert.Equal(uniqueTexts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), output[0]);
        Assert.Equal(Paragraphs(last.Text), output.Skip(1));
    }

    // The synthetic corpus writes a title, then paragraphs, each followed by a blank line.
    private static string[] Paragraphs(string text) => text.Split("\n\n", System.StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
}
