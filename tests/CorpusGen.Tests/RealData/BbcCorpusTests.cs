using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CorpusGen.Corpus;
using CorpusGen.Parsing;
using CorpusGen.Reading;
using CorpusGen.Tests.Generator;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.RealData;

/// <summary>
/// The 2,225 real BBC articles in ../shared/corpora/bbc-news, through the whole generator and compiled. Expected
/// values are computed here from the raw files with the corpus's documented layout (headline, blank line, one
/// paragraph per line), never from the generator's own output.
/// </summary>
public class BbcCorpusTests : IClassFixture<BbcCorpusTests.Build>
{
    private const string Corpus = "bbc-news";
    private readonly Build _build;

    public BbcCorpusTests(Build build)
    {
        _build = build;
    }

    [SharedCorpusFact(Corpus)]
    public void Every_file_becomes_an_article_or_a_merged_duplicate()
    {
        var sources = _build.Articles.Select(a => a.SourcePath)
            .Concat(_build.Articles.SelectMany(a => a.DuplicateSources))
            .ToList();

        Assert.Equal(_build.Files.Count, sources.Count);
        Assert.Equal(_build.Files.Select(f => f.RelativePath).OrderBy(p => p, StringComparer.Ordinal), sources.OrderBy(p => p, StringComparer.Ordinal));
        Assert.DoesNotContain(_build.Run.GeneratorDiagnostics, d => d.Id is not ("CG0003" or "CG0004" or "CG0007" or "CG0011" or "CG0013"));
    }

    [SharedCorpusFact(Corpus)]
    public void Byte_identical_files_are_merged_into_the_first_by_path_and_reported()
    {
        var groups = _build.Files.GroupBy(f => Convert.ToBase64String(f.Bytes)).Where(g => g.Count() > 1).ToList();
        var redundant = groups.Sum(g => g.Count() - 1);
        Assert.True(redundant >= 98, $"the corpus documents 98 exact duplicate pairs, found {redundant}");

        var bySource = _build.Articles.ToDictionary(a => a.SourcePath, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var ordered = group.Select(f => f.RelativePath).OrderBy(p => p, StringComparer.Ordinal).ToList();
            Assert.Equal(ordered.Skip(1), bySource[ordered[0]].DuplicateSources.Where(ordered.Contains));
        }

        var reported = _build.Run.GeneratorDiagnostics.Where(d => d.Id == "CG0004").ToList();
        Assert.True(reported.Count >= redundant);
        Assert.All(reported, d => Assert.Contains(Path.GetFileName(d.Location.GetLineSpan().Path), d.GetMessage(), StringComparison.Ordinal));
    }

    [SharedCorpusFact(Corpus)]
    public void Files_that_are_not_UTF8_are_reported_and_still_compiled()
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var invalid = _build.Files.Where(f =>
        {
            try
            {
                strict.GetString(f.Bytes);
                return false;
            }
            catch (DecoderFallbackException)
            {
                return true;
            }
        }).Select(f => f.FullPath).ToList();

        var reported = _build.Run.GeneratorDiagnostics.Where(d => d.Id == "CG0011").Select(d => d.Location.GetLineSpan().Path).ToList();

        Assert.NotEmpty(invalid);
        Assert.Equal(invalid.OrderBy(p => p, StringComparer.Ordinal), reported.OrderBy(p => p, StringComparer.Ordinal));
    }

    [SharedCorpusFact(Corpus)]
    public void Near_duplicates_are_reported_and_each_pair_really_is_that_similar()
    {
        var byPath = _build.Articles.ToDictionary(a => a.SourcePath, StringComparer.Ordinal);
        var byName = _build.Articles.ToDictionary(a => a.Name, StringComparer.Ordinal);
        var reported = _build.Run.GeneratorDiagnostics.Where(d => d.Id == "CG0013").ToList();

        // The corpus documents business/254 and business/447 as near-duplicates ("tyres"/"tires").
        Assert.Contains(byName[byPath["business/447.txt"].NearDuplicates.Single()].SourcePath, new[] { "business/254.txt" });
        Assert.Equal(reported.Count * 2, _build.Articles.Sum(a => a.NearDuplicates.Count));
        Assert.True(reported.Count >= 21, $"only {reported.Count} near-duplicate pairs; 21 same-title pairs alone score 0.8 or more");
        foreach (var article in _build.Articles.Where(a => a.NearDuplicates.Count > 0))
        {
            foreach (var other in article.NearDuplicates.Select(n => byName[n]))
            {
                // Checked with the tests' own shingling, which shares no code with the detector.
                var similarity = CorpusGen.Tests.Naming.ShingleReference.Jaccard(string.Join("\n", article.Content.ComparableLines), string.Join("\n", other.Content.ComparableLines));
                Assert.True(similarity >= 0.7, $"{article.SourcePath} ~ {other.SourcePath}: {similarity}");
            }
        }
    }

    [SharedCorpusFact(Corpus)]
    public void Names_are_unique_identifiers_and_come_from_the_headlines()
    {
        var names = _build.Articles.Select(a => a.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.True(Identifier.IsValidArticleName(n), n));
        var adSales = _build.Articles.Single(a => a.SourcePath == "business/001.txt");
        Assert.Equal("AdSalesBoostTimeWarnerProfit", adSales.Name);
    }

    [SharedCorpusFact(Corpus)]
    public void Compiled_articles_return_each_files_headline_and_paragraphs()
    {
        var expected = _build.Files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        var output = _build.Run.CompileAndRun();

        var seen = 0;
        foreach (var block in output.Split("\u001E\n", StringSplitOptions.RemoveEmptyEntries))
        {
            // Each block is "path\ntitle\nparagraph\n...\n": the last split element is the empty rest.
            var lines = block.Split('\n');
            Assert.Equal(string.Empty, lines[^1]);
            var file = expected[lines[0]];
            Assert.Equal(file.Headline, lines[1]);
            Assert.Equal(file.Paragraphs, lines.Skip(2).Take(lines.Length - 3));
            seen++;
        }

        Assert.Equal(_build.Articles.Count, seen);
    }

    [SharedCorpusFact(Corpus)]
    public void Editing_one_article_regenerates_only_its_source()
    {
        var file = _build.Texts.Single(t => t.Path.EndsWith("business/001.txt", StringComparison.Ordinal));
        var text = file.GetText()!.ToString();
        var edited = file.WithText(text.Replace("Quarterly profits", "Quarterly earnings", StringComparison.Ordinal));

        var unchanged = _build.Run.Rerun();
        var second = _build.Run.Rerun(driver => driver.ReplaceAdditionalText(file, edited));

        Assert.Empty(IncrementalAssert.ModifiedSourceHintNames(unchanged));
        Assert.Equal(new[] { Generator.IncrementalTests.SlotSource("business/001.txt") }, IncrementalAssert.ModifiedSourceHintNames(second));
    }

    /// <summary>One generator run and compilation of the whole corpus, shared by the tests of this class.</summary>
    public sealed class Build
    {
        private const string Program = @"
using System;
using System.Text;
var output = new StringBuilder();
foreach (var article in Bbc.Articles.All)
{
    output.Append(article.SourcePath).Append('\n').Append(article.Title).Append('\n');
    foreach (var paragraph in article.Paragraphs) output.Append(paragraph).Append('\n');
    output.Append('\u001E').Append('\n');
}
Console.Write(output.ToString());
";

        private readonly Lazy<(GeneratorRun Run, List<ArticleSpec> Articles, List<BbcFile> Files, List<TestAdditionalText> Texts)> _value;

        public Build()
        {
            _value = new(Load);
        }

        public GeneratorRun Run => _value.Value.Run;

        internal List<ArticleSpec> Articles => _value.Value.Articles;

        public List<TestAdditionalText> Texts => _value.Value.Texts;

        public List<BbcFile> Files => _value.Value.Files;

        private static (GeneratorRun, List<ArticleSpec>, List<BbcFile>, List<TestAdditionalText>) Load()
        {
            var root = Path.Combine(RepoPaths.SharedCorpusDir(Corpus)!, "bbc") + Path.DirectorySeparatorChar;
            var files = Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)
                .Where(p => Path.GetDirectoryName(p) != root.TrimEnd(Path.DirectorySeparatorChar))
                .Select(p => BbcFile.Read(root, p))
                .ToList();

            // Decoded as the compiler on Linux does: invalid UTF-8 (one Latin-1 byte) becomes U+FFFD.
            var texts = files.Select(f => TestAdditionalText.FromBytes(f.FullPath, f.Bytes, Encoding.UTF8)).ToList();
            var options = TestOptionsProvider.Create().WithProperty("RootNamespace", "Bbc").WithProperty("ProjectDir", root);
            var run = GeneratorHarness.Run(new CorpusGenerator(), texts, options, Program);
            run.AssertNoCompileDiagnostics();

            var corpus = (CorpusModel)run.Result.TrackedSteps[TrackingNames.Corpus].Single().Outputs.Single().Value;
            return (run, corpus.Articles.ToList(), files, texts);
        }
    }

    /// <summary>A corpus file and what the documented layout says it contains.</summary>
    public sealed record BbcFile(string FullPath, string RelativePath, byte[] Bytes, string Headline, IReadOnlyList<string> Paragraphs)
    {
        private static readonly Regex s_whitespace = new(@"\s+");

        public static BbcFile Read(string root, string path)
        {
            var bytes = File.ReadAllBytes(path);
            var lines = Encoding.UTF8.GetString(bytes).Split('\n');
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var paragraphs = lines.Skip(1)
                .Select(l => l.Trim())
                .Where(l => l.Length > 0 && seen.Add(s_whitespace.Replace(l, " ")))
                .ToList();
            return new BbcFile(path, Path.GetRelativePath(root, path).Replace('\\', '/'), bytes, lines[0].Trim(), paragraphs);
        }
    }
}
