using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using CorpusGen.Corpus;
using CorpusGen.Parsing;
using CorpusGen.Reading;
using Xunit;
using Xunit.Abstractions;

namespace CorpusGen.Tests.Naming;

public class NearDuplicateDetectorTests
{
    private readonly ITestOutputHelper _output;

    public NearDuplicateDetectorTests(ITestOutputHelper output)
    {
        _output = output;
    }

    private static readonly string s_base = string.Join(' ', Enumerable.Range(0, 40).Select(i => "word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static IReadOnlyList<NearDuplicatePair> Find(double threshold, params string[] texts)
        => NearDuplicateDetector.Find(texts.Select((t, i) => new NearDuplicateInput(i, t)).ToList(), threshold, CancellationToken.None);

    private static string Replace(string text, string word, string replacement)
        => string.Join(' ', text.Split(' ').Select(w => w == word ? replacement : w));

    [Fact]
    public void Texts_that_differ_in_one_word_are_paired_with_their_exact_jaccard()
    {
        // 40 words: 38 shingles each; the changed word is in 3 of them, so 35 common of 41 in the union.
        var changed = Replace(s_base, "word20", "other");

        var pair = Assert.Single(Find(0.8, "unrelated text about ferries and harbours", s_base, changed));

        Assert.Equal(new NearDuplicatePair(1, 2, 35.0 / 41), pair);
        Assert.Equal(ShingleReference.Jaccard(s_base, changed), pair.Similarity);
    }

    [Fact]
    public void Words_are_case_and_punctuation_insensitive_but_differently_written_texts_are_still_reported()
    {
        var shouted = s_base.ToUpperInvariant().Replace(" ", ", ", StringComparison.Ordinal) + ".";

        var pair = Assert.Single(Find(0.8, s_base, shouted));

        Assert.Equal(new NearDuplicatePair(0, 1, 1.0), pair);
    }

    [Fact]
    public void Unrelated_texts_are_not_paired()
    {
        var pairs = Find(
            0.1,
            "The harbour ferry adds late sailings on Friday and Saturday nights this summer.",
            "The city library opens on Sundays from March, the council said on Tuesday.",
            "Shares in the carmaker fell sharply after it cut its profit forecast for the year.");

        Assert.Empty(pairs);
    }

    [Fact]
    public void The_threshold_is_inclusive_and_respected()
    {
        var changed = Replace(s_base, "word20", "other");
        var similarity = 35.0 / 41;

        Assert.Single(Find(similarity, s_base, changed));
        Assert.Single(Find(0.85, s_base, changed));
        Assert.Empty(Find(0.86, s_base, changed));
        Assert.Empty(Find(1.0, s_base, changed));
    }

    [Fact]
    public void Exact_duplicates_up_to_whitespace_inside_lines_are_not_reported()
    {
        var spaced = "  " + s_base.Replace(" ", " \t  ", StringComparison.Ordinal) + " \n\n";

        Assert.Empty(Find(0.5, s_base, s_base, spaced));
    }

    [Fact]
    public void A_paragraph_split_in_two_is_not_an_exact_duplicate_and_is_reported_at_one()
    {
        // The content id keeps paragraph boundaries, so the exact dedup does not merge these: this detector must.
        var oneParagraph = "Title\n" + s_base;
        var twoParagraphs = "Title\n" + s_base.Replace("word19 ", "word19\n", StringComparison.Ordinal);

        Assert.Equal(new[] { new NearDuplicatePair(0, 1, 1.0) }, Find(0.8, oneParagraph, twoParagraphs));
    }

    [Fact]
    public void Empty_and_very_short_texts_do_not_crash_and_texts_without_words_are_never_paired()
    {
        var pairs = Find(0.9, string.Empty, "   ", "!!! ???", "-", "one", "one", "One!", "one two", "two one", "one two three", "x\uD801\uDC37y");

        // Equal word sets of different texts: "one" = "One!" (the two "one" are exact duplicates), "one two" = "two one".
        Assert.Equal(new[] { new NearDuplicatePair(4, 6, 1.0), new NearDuplicatePair(5, 6, 1.0), new NearDuplicatePair(7, 8, 1.0) }, pairs);
        Assert.Empty(Find(0.8));
    }

    [Fact]
    public void Pairs_are_the_same_whatever_the_order_and_indices_of_the_input()
    {
        var texts = SyntheticCorpus.Create(seed: 7, baseArticles: 60, nearDuplicates: 10, related: 10, editRate: 0.02).Texts;
        var forward = texts.Select((t, i) => new NearDuplicateInput(i, t)).ToList();
        var order = Enumerable.Range(0, texts.Count).ToArray();
        new Random(11).Shuffle(order);
        var shuffled = order.Select((original, position) => new NearDuplicateInput(1000 - (position * 3), texts[original])).ToList();

        static List<string> ByText(IReadOnlyList<NearDuplicateInput> input, IReadOnlyList<NearDuplicatePair> pairs)
        {
            var text = input.ToDictionary(a => a.Index, a => a.Text);
            return pairs
                .Select(p => string.CompareOrdinal(text[p.First], text[p.Second]) < 0
                    ? $"{text[p.First]}|{text[p.Second]}|{p.Similarity:R}"
                    : $"{text[p.Second]}|{text[p.First]}|{p.Similarity:R}")
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToList();
        }

        var forwardPairs = NearDuplicateDetector.Find(forward, 0.8, CancellationToken.None);
        var shuffledPairs = NearDuplicateDetector.Find(shuffled, 0.8, CancellationToken.None);

        Assert.Equal(10, forwardPairs.Count);
        Assert.Equal(ByText(forward, forwardPairs), ByText(shuffled, shuffledPairs));
        Assert.All(shuffledPairs, p => Assert.True(p.First < p.Second));
        Assert.Equal(shuffledPairs.OrderBy(p => p.First).ThenBy(p => p.Second), shuffledPairs);
    }

    [Fact]
    public void Cancellation_throws()
    {
        var texts = SyntheticCorpus.Create(seed: 3, baseArticles: 200, nearDuplicates: 5, related: 5, editRate: 0.02).Texts;
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.Throws<OperationCanceledException>(() =>
            NearDuplicateDetector.Find(texts.Select((t, i) => new NearDuplicateInput(i, t)).ToList(), 0.8, source.Token));
    }

    [Fact]
    public void Invalid_arguments_throw()
    {
        var two = new[] { new NearDuplicateInput(1, "a b c"), new NearDuplicateInput(1, "a b d") };

        Assert.Throws<ArgumentException>(() => NearDuplicateDetector.Find(two, 0.8, CancellationToken.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => Find(0, "a"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Find(1.01, "a"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Find(double.NaN, "a"));
    }

    [Fact]
    public void Five_thousand_articles_with_planted_near_duplicates_are_found_from_few_candidates()
    {
        // Changing 5% of the words changes about 15% of the 3-shingles: planted pairs land around 0.74.
        const double threshold = 0.7;
        var corpus = SyntheticCorpus.Create(seed: 20240531, baseArticles: 4900, nearDuplicates: 50, related: 50, editRate: 0.05);
        var input = corpus.Texts.Select((t, i) => new NearDuplicateInput(i, t)).ToList();
        Assert.Equal(5000, input.Count);
        Assert.All(corpus.Planted, p => Assert.True(ShingleReference.Jaccard(corpus.Texts[p.First], corpus.Texts[p.Second]) >= threshold));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (pairs, candidates) = NearDuplicateDetector.FindWithStats(input, threshold, CancellationToken.None);
        _output.WriteLine($"{input.Count} articles: {clock.ElapsedMilliseconds} ms, {candidates} candidates, {pairs.Count} pairs");

        Assert.Equal(corpus.Planted, pairs.Select(p => (p.First, p.Second)).ToList());
        Assert.All(pairs, p => Assert.Equal(ShingleReference.Jaccard(corpus.Texts[p.First], corpus.Texts[p.Second]), p.Similarity, 12));

        // All 12.5 million pairs would be n^2/2; LSH proposes the planted and related pairs and a few strays.
        Assert.InRange(candidates, 50, input.Count);
    }
}

/// <summary>
/// The detector's similarity computed the slow, obvious way, as a reference: word strings, 3-word shingle strings,
/// set operations. Shares no code with the detector.
/// </summary>
internal static class ShingleReference
{
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString().ToLowerInvariant());
                word.Clear();
            }
        }

        return words;
    }

    public static HashSet<string> Shingles(string text)
    {
        var words = Words(text);
        if (words.Count < 3)
        {
            return words.Select(w => "1:" + w).ToHashSet(StringComparer.Ordinal);
        }

        return Enumerable.Range(0, words.Count - 2).Select(i => $"{words[i]} {words[i + 1]} {words[i + 2]}").ToHashSet(StringComparer.Ordinal);
    }

    public static double Jaccard(string left, string right)
    {
        var a = Shingles(left);
        var b = Shingles(right);
        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }
}

/// <summary>
/// Made-up articles from a fixed seed: random texts over a skewed vocabulary of 3,000 invented words, near-duplicates
/// (a copy with a share of its words replaced) and related articles (half of another article, then new text).
/// </summary>
internal sealed record SyntheticCorpus(List<string> Texts, List<(int First, int Second)> Planted)
{
    public static SyntheticCorpus Create(int seed, int baseArticles, int nearDuplicates, int related, double editRate)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 3000)
            .Select(_ => new string(Enumerable.Range(0, random.Next(2, 10)).Select(_ => (char)('a' + random.Next(26))).ToArray()))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        // Squaring a uniform number favours the first words, as real text favours "the" and "of".
        string Word() => vocabulary[(int)(vocabulary.Length * Math.Pow(random.NextDouble(), 2))];
        List<string> Article() => Enumerable.Range(0, random.Next(150, 400)).Select(_ => Word()).ToList();

        var articles = Enumerable.Range(0, baseArticles).Select(_ => Article()).ToList();
        var sources = Enumerable.Range(0, baseArticles).OrderBy(_ => random.Next()).Take(nearDuplicates + related).ToList();
        var planted = new List<(int, int)>();
        foreach (var source in sources.Take(nearDuplicates))
        {
            var copy = articles[source].ToList();
            var edits = (int)Math.Round(copy.Count * editRate);
            foreach (var position in Enumerable.Range(0, copy.Count).OrderBy(_ => random.Next()).Take(edits))
            {
                copy[position] = "edit" + random.Next(1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            planted.Add((source, articles.Count));
            articles.Add(copy);
        }

        foreach (var source in sources.Skip(nearDuplicates))
        {
            var half = articles[source].Take(articles[source].Count / 2).ToList();
            half.AddRange(Article().Take(half.Count));
            articles.Add(half);
        }

        var texts = articles.Select(words => string.Join(' ', words) + ".").ToList();
        return new SyntheticCorpus(texts, planted.OrderBy(p => p.Item1).ThenBy(p => p.Item2).ToList());
    }
}
