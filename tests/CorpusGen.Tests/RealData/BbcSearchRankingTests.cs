using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using CorpusGen.Runtime;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace CorpusGen.Tests.RealData;

/// <summary>
/// The BBC corpus compiled with CorpusGenSearch on, its Search ranked against Lucene.Net's BM25 over the same
/// documents and terms (<see cref="SearchReference"/>): the reference is an independent engine, so agreement here
/// means the scoring is BM25 as Lucene computes it, not only as CorpusGen's own tests expect.
/// </summary>
public class BbcSearchRankingTests : IClassFixture<BbcSearchRankingTests.Build>
{
    private const string Corpus = "bbc-news";
    private const int Top = 10;
    private readonly Build _build;
    private readonly ITestOutputHelper _output;

    public BbcSearchRankingTests(Build build, ITestOutputHelper output)
    {
        _build = build;
        _output = output;
    }

    [SharedCorpusFact(Corpus)]
    public void The_index_of_a_5_MB_corpus_stays_in_string_literals_beside_its_articles()
    {
        // u8 literals would cost its build about a second; strings cost little (docs/benchmarks.md).
        Assert.Equal(16, _build.ShardSources.Length);
        Assert.All(_build.ShardSources, source => Assert.DoesNotContain("u8", source, StringComparison.Ordinal));
    }

    [SharedCorpusFact(Corpus)]
    public void The_top_ten_mostly_agrees_with_Lucene_on_queries_drawn_from_the_corpus()
    {
        var overlaps = new List<(SearchReferenceQuery Query, double Overlap, int[] Lucene, int[] Ours)>();
        foreach (var query in SearchQueries.Draw(_build.Documents, 200, seed: 12))
        {
            var lucene = _build.Reference.Top(query, Top);
            if (lucene.Length == 0)
            {
                continue;
            }

            var ours = _build.Search(query.Text);
            overlaps.Add((query, ours.Intersect(lucene).Count() / (double)Math.Min(Top, lucene.Length), lucene, ours));
        }

        var mean = overlaps.Average(o => o.Overlap);
        _output.WriteLine($"mean overlap {mean:F3} over {overlaps.Count} queries; below 1 for {overlaps.Count(o => o.Overlap < 1)}");

        // Where they differ: exact BM25 with the lengths rounded as Lucene's norms round them, against Lucene.
        var rounded = new ExactBm25(_build.Documents, luceneLengths: true);
        var withRounding = overlaps.Average(o => rounded.Top(o.Query, Top).Select(h => h.Position).Intersect(o.Lucene).Count() / (double)Math.Min(Top, o.Lucene.Length));
        _output.WriteLine($"exact BM25 with Lucene's rounded lengths against Lucene: mean overlap {withRounding:F3}");
        // Checks the reference itself: its query mapping and similarity are CorpusGen's, but for the lengths.
        Assert.True(withRounding >= 0.99, $"exact BM25 on Lucene's rounded lengths agrees with Lucene only {withRounding:F3}: the reference is not set up as CorpusGen scores");
        var worst = overlaps.OrderBy(o => o.Overlap).Take(10)
            .Select(o => $"{o.Query.Text}: {o.Overlap:F1} lucene [{string.Join(",", o.Lucene)}] ours [{string.Join(",", o.Ours)}]");
        Assert.True(overlaps.Count >= 190, $"only {overlaps.Count} of 200 queries found anything in Lucene");
        Assert.True(mean >= 0.9, $"mean top-{Top} overlap {mean:F3} over {overlaps.Count} queries; worst:\n{string.Join("\n", worst)}");
    }

    [SharedCorpusFact(Corpus)]
    public void Scores_are_BM25_computed_exactly_on_the_same_queries()
    {
        var exact = new ExactBm25(_build.Documents, luceneLengths: false);
        var wrong = new List<string>();
        foreach (var query in SearchQueries.Draw(_build.Documents, 200, seed: 12))
        {
            var expected = exact.Top(query, Top);
            var positions = _build.Search(query.Text);
            var scores = _build.Scores(query.Text);
            var same = positions.Length == expected.Count
                && expected.Select((e, i) => Math.Abs(e.Score - scores[i]) <= 1e-9 * e.Score
                    && (e.Position == positions[i] || Math.Abs(e.Score - scores[i]) <= 1e-12 * e.Score)).All(ok => ok);
            if (!same)
            {
                wrong.Add($"{query.Text}: expected [{string.Join(",", expected.Select(e => $"{e.Position}:{e.Score:F6}"))}] got [{string.Join(",", positions.Select((p, i) => $"{p}:{scores[i]:F6}"))}]");
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of 200 queries ranked or scored otherwise than BM25, such as:\n{string.Join("\n", wrong.Take(5))}");
    }

    [SharedCorpusFact(Corpus)]
    public void A_sentence_of_an_article_quoted_finds_that_article_first()
    {
        var documents = _build.Documents;
        var fields = documents.Select(d => (Title: SearchTokenizer.Terms(d.Title), Body: SearchTokenizer.Terms(d.Body))).ToList();
        var byStart = new NGramIndex(fields.Select(f => new[] { f.Title, f.Body }).ToList());
        var missed = new List<string>();
        var asked = 0;
        for (var position = 0; position < documents.Count; position++)
        {
            // The first sentence of 6 to 12 words that no other article has (wire copy repeats whole sentences).
            var sentence = SearchQueries.Sentences(documents[position].Body)
                .FirstOrDefault(s => SearchTokenizer.Terms(s) is { Count: >= 6 and <= 12 } t && !byStart.Elsewhere(t, position));
            if (sentence is null)
            {
                continue;
            }

            // The sentence's own text, so the query tokeniser is exercised too; a quote inside it would end the phrase.
            var terms = SearchTokenizer.Terms(sentence);
            asked++;
            var ours = _build.Search("\"" + sentence.Replace('"', ' ') + "\"");
            if (ours.Length == 0 || ours[0] != position)
            {
                missed.Add($"{documents[position].Name}: \"{string.Join(" ", terms)}\" -> [{string.Join(",", ours.Select(p => documents[p].Name))}]");
            }
        }

        _output.WriteLine($"{asked} of {documents.Count} articles asked, {missed.Count} missed");
        // About a quarter of the articles have no sentence that short, and near-duplicates share theirs.
        Assert.True(asked >= documents.Count * 2 / 3, $"only {asked} of {documents.Count} articles had a sentence of their own");
        Assert.True(missed.Count == 0, $"{missed.Count} of {asked} sentences missed their article, such as:\n{string.Join("\n", missed.Take(10))}");
    }

    /// <summary>Which documents hold each run of <see cref="Length"/> terms, to tell whether a sentence is one article's own.</summary>
    private sealed class NGramIndex
    {
        private const int Length = 6;
        private readonly IReadOnlyList<List<string>[]> _fields;
        private readonly Dictionary<int, List<int>> _documents = new();

        public NGramIndex(IReadOnlyList<List<string>[]> fields)
        {
            _fields = fields;
            for (var document = 0; document < fields.Count; document++)
            {
                foreach (var terms in fields[document])
                {
                    for (var i = 0; i + Length <= terms.Count; i++)
                    {
                        var key = Key(terms, i);
                        if (!_documents.TryGetValue(key, out var list))
                        {
                            _documents[key] = list = new List<int>();
                        }

                        if (list.Count == 0 || list[^1] != document)
                        {
                            list.Add(document);
                        }
                    }
                }
            }
        }

        /// <summary>Another document than <paramref name="document"/> has these terms in a row (hash hits are checked).</summary>
        public bool Elsewhere(List<string> terms, int document) =>
            _documents.TryGetValue(Key(terms, 0), out var candidates)
            && candidates.Any(c => c != document && _fields[c].Any(field => Contains(field, terms)));

        private static int Key(List<string> terms, int at) =>
            HashCode.Combine(terms[at], terms[at + 1], terms[at + 2], terms[at + 3], terms[at + 4], terms[at + 5]);

        private static bool Contains(List<string> field, List<string> terms)
        {
            for (var i = 0; i + terms.Count <= field.Count; i++)
            {
                var j = 0;
                while (j < terms.Count && field[i + j] == terms[j])
                {
                    j++;
                }

                if (j == terms.Count)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The compiled corpus, loaded once: a probe class in it lists the articles and answers queries, and Lucene
    /// indexes what the probe listed.
    /// </summary>
    public sealed class Build : IDisposable
    {
        private const string Probe = @"
using System.Linq;

/// <summary>What the test asks of the compiled corpus.</summary>
public static class SearchProbe
{
    /// <summary>Every article's name, title and body, in the order of All.</summary>
    public static string[][] Documents() => Bbc.Articles.All.Select(a => new[] { a.Name, a.Title, a.Body }).ToArray();

    /// <summary>The names of the top ten hits.</summary>
    public static string[] Top(string query) => Bbc.Articles.Search(query, 10).Select(h => h.Article.Name).ToArray();

    /// <summary>The scores of the top ten hits.</summary>
    public static double[] Scores(string query) => Bbc.Articles.Search(query, 10).Select(h => h.Score).ToArray();
}
";

        private readonly Lazy<(List<SearchDocument> Documents, Dictionary<string, int> Positions, Func<string, string[]> Top, Func<string, double[]> Scores, SearchReference Reference, string[] ShardSources)> _value;

        public Build()
        {
            _value = new(Load);
        }

        internal List<SearchDocument> Documents => _value.Value.Documents;

        internal SearchReference Reference => _value.Value.Reference;

        /// <summary>CorpusGen's top ten for <paramref name="query"/>, as positions in All.</summary>
        internal int[] Search(string query) => _value.Value.Top(query).Select(name => _value.Value.Positions[name]).ToArray();

        /// <summary>The generated term shards' sources.</summary>
        internal string[] ShardSources => _value.Value.ShardSources;

        /// <summary>The scores of <see cref="Search"/>'s hits.</summary>
        internal double[] Scores(string query) => _value.Value.Scores(query);

        public void Dispose()
        {
            if (_value.IsValueCreated)
            {
                _value.Value.Reference.Dispose();
            }
        }

        private static (List<SearchDocument>, Dictionary<string, int>, Func<string, string[]>, Func<string, double[]>, SearchReference, string[]) Load()
        {
            var root = Path.Combine(RepoPaths.SharedCorpusDir(Corpus)!, "bbc") + Path.DirectorySeparatorChar;
            var texts = Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)
                .Where(p => Path.GetDirectoryName(p) != root.TrimEnd(Path.DirectorySeparatorChar))
                .Select(p => TestAdditionalText.FromBytes(p, File.ReadAllBytes(p), System.Text.Encoding.UTF8))
                .ToList();
            var options = TestOptionsProvider.Create().WithProperty("RootNamespace", "Bbc").WithProperty("ProjectDir", root).WithProperty("CorpusGenSearch", "true");
            var run = GeneratorHarness.Run(new CorpusGenerator(), texts, options, sources: new[] { Probe }, trackSteps: false);
            run.AssertNoCompileDiagnostics();

            using var image = new MemoryStream();
            var emit = run.OutputCompilation.Emit(image);
            Assert.True(emit.Success, DiagnosticText.Describe(emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            image.Position = 0;
            var probe = new AssemblyLoadContext("BbcSearch", isCollectible: true).LoadFromStream(image).GetType("SearchProbe")!;
            var listed = (string[][])probe.GetMethod("Documents")!.Invoke(null, null)!;
            var top = probe.GetMethod("Top")!.CreateDelegate<Func<string, string[]>>();
            var scores = probe.GetMethod("Scores")!.CreateDelegate<Func<string, double[]>>();

            var documents = listed.Select(d => new SearchDocument(d[0], d[1], d[2])).ToList();
            var positions = documents.Select((d, i) => (d.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
            var shards = run.Sources.Where(s => s.HintName.Contains(".SearchTerms", StringComparison.Ordinal)).Select(s => s.Text).ToArray();
            return (documents, positions, top, scores, new SearchReference(documents), shards);
        }
    }
}
