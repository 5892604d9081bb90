using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CorpusGen.Corpus;
using CorpusGen.Parsing;
using CorpusGen.Reading;
using CorpusGen.Tests.Infrastructure;
using CorpusGen.Tests.Naming;
using Xunit;
using Xunit.Abstractions;

namespace CorpusGen.Tests.RealData;

/// <summary>
/// The near-duplicate detector over the real BBC corpus, checked against a brute-force exact Jaccard over every pair
/// of articles (after dropping byte-identical later copies, which the generator's dedup merges).
/// </summary>
public class BbcNearDuplicateTests
{
    private const string Corpus = "bbc-news";
    private readonly ITestOutputHelper _output;

    public BbcNearDuplicateTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [SharedCorpusFact(Corpus)]
    public void Detector_finds_exactly_the_pairs_a_brute_force_jaccard_finds()
    {
        var articles = Load();
        var texts = articles.Select(a => a.Text).ToList();
        Assert.Equal(2225 - 98, articles.Count);

        var clock = Stopwatch.StartNew();
        var all = BruteForce(texts, 0.6);
        _output.WriteLine($"{articles.Count} articles: brute force over all pairs {clock.ElapsedMilliseconds} ms");
        foreach (var pair in all.OrderByDescending(p => p.Similarity))
        {
            var (first, second) = (articles[pair.First], articles[pair.Second]);
            _output.WriteLine($"  {pair.Similarity:F4} {(first.Title == second.Title ? "same title " : "other title")} {first.Path} {second.Path} | {first.Title} | {second.Title}");
        }

        // 0.6 too: on this corpus every pair from 0.6 to 0.8 is a revised version of the same story.
        var input = texts.Select((t, i) => new NearDuplicateInput(i, t)).ToList();
        foreach (var threshold in new[] { NearDuplicateDetector.DefaultThreshold, 0.7, 0.6 })
        {
            var expected = all.Where(p => p.Similarity >= threshold).ToList();
            clock.Restart();
            var (pairs, candidates) = NearDuplicateDetector.FindWithStats(input, threshold, CancellationToken.None);
            _output.WriteLine($"threshold {threshold}: detector {clock.ElapsedMilliseconds} ms, {candidates} candidates, {pairs.Count} pairs");

            Assert.Equal(expected.Select(p => (p.First, p.Second)), pairs.Select(p => (p.First, p.Second)));
            Assert.All(pairs.Zip(expected), p => Assert.Equal(p.Second.Similarity, p.First.Similarity, 12));
            Assert.InRange(candidates, pairs.Count, articles.Count * 5);
        }
    }

    [SharedCorpusFact(Corpus)]
    public void Same_title_pairs_are_the_documented_31_and_their_similarities_are_reported()
    {
        var articles = Load();
        var sameTitle = articles
            .Select((a, i) => (a.Title, Index: i))
            .GroupBy(a => a.Title, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.SelectMany((a, i) => g.Skip(i + 1).Select(b => (First: a.Index, Second: b.Index))))
            .ToList();

        var similarities = sameTitle
            .Select(p => (p.First, p.Second, Similarity: ShingleReference.Jaccard(articles[p.First].Text, articles[p.Second].Text)))
            .OrderByDescending(p => p.Similarity)
            .ToList();
        var found = NearDuplicateDetector.Find(
                articles.Select((a, i) => new NearDuplicateInput(i, a.Text)).ToList(), NearDuplicateDetector.DefaultThreshold, CancellationToken.None)
            .Select(p => (p.First, p.Second))
            .ToHashSet();

        foreach (var (first, second, similarity) in similarities)
        {
            _output.WriteLine($"{similarity:F4} {(found.Contains((first, second)) ? "found" : "-----")} {articles[first].Path} {articles[second].Path} {articles[first].Title}");
        }

        // Two of them are the same text with one paragraph split in two: the exact dedup keeps both, so they are reported here.
        Assert.Equal(31, sameTitle.Count);
        Assert.Equal(
            similarities.Where(p => p.Similarity >= NearDuplicateDetector.DefaultThreshold).Select(p => (p.First, p.Second)).Order(),
            found.Where(p => articles[p.First].Title == articles[p.Second].Title).Order());
    }

    /// <summary>Every pair of texts with exact Jaccard at or above the threshold that are not equal up to whitespace.</summary>
    private static List<NearDuplicatePair> BruteForce(List<string> texts, double threshold)
    {
        // Shingle strings numbered, so each article is a sorted int array and a pair costs one merge.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var sets = texts.Select(t => ShingleReference.Shingles(t).Select(s => ids.TryGetValue(s, out var id) ? id : ids[s] = ids.Count).Order().ToArray()).ToList();
        var normalised = texts.Select(t => string.Join('\n', t.Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Where(l => l.Length > 0))).ToList();

        var found = new List<NearDuplicatePair>[sets.Count];
        Parallel.For(0, sets.Count, i =>
        {
            found[i] = new List<NearDuplicatePair>();
            for (var j = i + 1; j < sets.Count; j++)
            {
                var (a, b) = (sets[i], sets[j]);

                // Jaccard is at most min/max of the sizes: an exact bound, not an estimate.
                if (a.Length == 0 || b.Length == 0 || Math.Min(a.Length, b.Length) < threshold * Math.Max(a.Length, b.Length))
                {
                    continue;
                }

                var common = 0;
                for (int x = 0, y = 0; x < a.Length && y < b.Length;)
                {
                    if (a[x] == b[y])
                    {
                        common++;
                        x++;
                        y++;
                    }
                    else if (a[x] < b[y])
                    {
                        x++;
                    }
                    else
                    {
                        y++;
                    }
                }

                var similarity = (double)common / (a.Length + b.Length - common);
                if (similarity >= threshold && !(common == a.Length && common == b.Length && normalised[i] == normalised[j]))
                {
                    found[i].Add(new NearDuplicatePair(i, j, similarity));
                }
            }
        });

        return found.SelectMany(f => f).ToList();
    }

    /// <summary>The corpus in ordinal path order, without byte-identical later copies.</summary>
    private static List<BbcArticle> Load()
    {
        var root = Path.Combine(RepoPaths.SharedCorpusDir(Corpus)!, "bbc");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var articles = new List<BbcArticle>();
        foreach (var path in Directory.GetDirectories(root)
            .SelectMany(d => Directory.GetFiles(d, "*.txt"))
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .OrderBy(p => p, StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(Path.Combine(root, path));
            if (!seen.Add(Convert.ToBase64String(bytes)))
            {
                continue;
            }

            var lines = Encoding.UTF8.GetString(bytes).Split('\n');
            var title = lines[0].Trim();
            var paragraphs = lines.Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0);
            articles.Add(new BbcArticle(path, title, string.Join('\n', paragraphs.Prepend(title))));
        }

        return articles;
    }

    private sealed record BbcArticle(string Path, string Title, string Text);
}
