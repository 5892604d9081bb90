using System;
using System.Linq;
using CorpusGen.Runtime;
using CsCheck;
using Xunit;

namespace CorpusGen.Tests.Search;

/// <summary>The engine over indexes built as the generator builds them (no compilation: see <see cref="InMemorySearchIndex"/>).</summary>
public class SearchEngineTests
{
    private static readonly string[] s_words =
    {
        "bank", "Rates", "storm", "caf\u00E9", "CAFE", "city", "council", "power", "homes", "the", "of", "a", "\u00E9t\u00E9", "na\u00EFve", "Z\u00FCrich", "2024",
    };

    private static readonly Gen<string> s_sentence = Gen.Int[0, s_words.Length - 1].Array[1, 12].Select(ws => string.Join(" ", ws.Select(w => s_words[w])) + ".");

    private static readonly Gen<(string Title, string[] Paragraphs)> s_document = Gen.Select(s_sentence, s_sentence.Array[0, 4]);

    [Fact]
    public void A_phrase_taken_from_any_article_finds_it_and_exactly_the_articles_whose_text_has_it()
    {
        Gen.Select(s_document.Array[1, 12], Gen.Int[0, 11], Gen.Int[0, 40], Gen.Int[1, 4])
            .Sample((documents, which, at, length) =>
            {
                var index = new InMemorySearchIndex(documents);
                var target = which % documents.Length;
                var bodyTerms = SearchTokenizer.Terms(index.FieldText(target, SearchIndexData.Body));
                var source = bodyTerms.Count > 0 ? bodyTerms : SearchTokenizer.Terms(index.FieldText(target, SearchIndexData.Title));
                if (source.Count == 0)
                {
                    return;
                }

                var start = at % source.Count;
                var phrase = source.Skip(start).Take(length).ToArray();
                var hits = index.Find("\"" + string.Join(" ", phrase) + "\"", top: documents.Length);

                Assert.Contains(target, hits);
                var withPhrase = Enumerable.Range(0, documents.Length).Where(d => PhraseFrequency(index.FieldText(d, SearchIndexData.Title), phrase) + PhraseFrequency(index.FieldText(d, SearchIndexData.Body), phrase) > 0);
                Assert.Equal(withPhrase.OrderBy(d => d), hits.OrderBy(d => d));
                Assert.Equal(hits.Length, index.Count("\"" + string.Join(" ", phrase) + "\""));
            }, iter: 300);
    }

    [Fact]
    public void Words_match_every_document_that_has_them_all_and_no_other()
    {
        Gen.Select(s_document.Array[1, 12], Gen.Int[0, s_words.Length - 1], Gen.Int[0, s_words.Length - 1])
            .Sample((documents, first, second) =>
            {
                var index = new InMemorySearchIndex(documents);
                var query = s_words[first] + " " + s_words[second];
                var wanted = SearchTokenizer.Terms(query);
                var expected = Enumerable.Range(0, documents.Length)
                    .Where(d => wanted.All(SearchTokenizer.Terms(index.FieldText(d, SearchIndexData.Title) + " " + index.FieldText(d, SearchIndexData.Body)).Contains))
                    .ToArray();

                Assert.Equal(expected, index.Find(query, top: documents.Length).OrderBy(p => p).ToArray());
                Assert.Equal(expected.Length, index.Count(query));
                Assert.Equal(
                    expected.Where(d => !SearchTokenizer.Terms(index.FieldText(d, SearchIndexData.Title) + " " + index.FieldText(d, SearchIndexData.Body)).Contains("storm")).ToArray(),
                    index.Find(query + " -storm", top: documents.Length).OrderBy(p => p).ToArray());
            }, iter: 300);
    }

    [Fact]
    public void Scores_follow_bm25_with_the_title_boosted()
    {
        var index = new InMemorySearchIndex(new[]
        {
            ("Storm warning", new[] { "A storm is coming to the coast." }),
            ("Council meets", new[] { "The council met about the storm, the storm and the storm again, at length, for hours." }),
            ("Bank news", new[] { "Nothing about weather here at all." }),
        });

        var hits = SearchEngine.Find(index, SearchQuery.Parse("storm"), 10, out var scores);

        // N = 3, df = 2 in the body and 1 in the title; avgdl: titles 2, bodies (7 + 16 + 6) / 3.
        static double Idf(int df) => Math.Log(1 + ((3 - df + 0.5) / (df + 0.5)));
        static double Weight(int tf, double dl, double avg) => tf * 2.2 / (tf + (1.2 * (0.25 + (0.75 * dl / avg))));
        var bodyAverage = (7 + 16 + 6) / 3.0;
        var first = (2.0 * Idf(1) * Weight(1, 2, 2)) + (Idf(2) * Weight(1, 7, bodyAverage));
        var second = Idf(2) * Weight(3, 16, bodyAverage);

        Assert.Equal(new[] { 0, 1 }, hits);
        Assert.Equal(first, scores[0], 9);
        Assert.Equal(second, scores[1], 9);
    }

    [Fact]
    public void Ties_rank_in_the_order_of_All_and_top_limits_the_hits()
    {
        var index = new InMemorySearchIndex(Enumerable.Range(0, 5).Select(i => ("Same title", new[] { "Same body." })).ToArray());

        Assert.Equal(new[] { 0, 1, 2 }, index.Find("same", top: 3));
        Assert.Equal(5, index.Count("same"));
        Assert.Empty(index.Find("same", top: 0));
    }

    [Fact]
    public void A_prefix_matches_every_term_that_starts_with_it()
    {
        var index = new InMemorySearchIndex(new[]
        {
            ("Economy grows", new[] { "Growth." }),
            ("Economic news", new[] { "Economists say." }),
            ("Ecology", new[] { "Trees." }),
        });

        Assert.Equal(new[] { 0, 1 }, index.Find("econom*"));
        Assert.Equal(new[] { 0, 1, 2 }, index.Find("eco*"));
        Assert.Empty(index.Find("economyx*"));
    }

    [Fact]
    public void Every_unit_of_the_search_data_is_a_plain_ideograph_so_the_literals_are_valid_text_written_as_is()
    {
        // A long body makes positions and lengths that need several septs and both 14-bit halves of a Number.
        var longBody = string.Join(" ", Enumerable.Range(0, 70_000).Select(i => "w" + (i % 5_000).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Gen.Select(s_document.Array[1, 12], Gen.Bool)
            .Sample((documents, withLong) =>
            {
                var all = withLong ? documents.Append(("Long", new[] { longBody })).ToArray() : documents;
                var index = new InMemorySearchIndex(all);
                var literals = new[] { index.Documents() }.Concat(Enumerable.Range(0, SearchTokenizer.ShardCount).Select(index.Postings));
                Assert.All(literals, literal => Assert.DoesNotContain(literal, c => c < SearchIndexData.UnitBase || c > SearchIndexData.UnitBase + 0x3FFF));
                Assert.Equal(withLong ? new[] { all.Length - 1 } : Array.Empty<int>(), index.Find("\"w4999 w0\"").Where(d => d == all.Length - 1).ToArray());
            }, iter: 20);
    }

    [Fact]
    public void A_phrase_counts_overlapping_and_paragraph_spanning_occurrences_in_its_score()
    {
        var index = new InMemorySearchIndex(new[]
        {
            ("Bye bye", new[] { "Bye bye bye, they said.", "Bye" }),
            ("Hello", new[] { "They said bye.", "Bye now." }),
            ("Other", new[] { "Nothing here." }),
        });

        var hits = SearchEngine.Find(index, SearchQuery.Parse("\"bye bye\""), 10, out var scores);
        var spanning = SearchEngine.Find(index, SearchQuery.Parse("\"bye bye now\""), 10, out _);

        // The second article's "bye" ends a paragraph and the next starts with "Bye": the body reads on.
        Assert.Equal(new[] { 0, 1 }, hits);
        Assert.Equal(new[] { 1 }, spanning);
        // The first body, "bye bye bye they said bye" (6 terms), has the phrase twice, its title once; N = 3.
        double Idf(int df) => Math.Log(1 + ((3 - df + 0.5) / (df + 0.5)));
        double Weight(int f, int length, double average) => f * 2.2 / (f + (1.2 * (0.25 + (0.75 * length / average))));
        var expected = (2 * (Idf(1) + Idf(1)) * Weight(1, 2, 4 / 3.0)) + ((Idf(2) + Idf(2)) * Weight(2, 6, 13 / 3.0));
        Assert.Equal(expected, scores[0], 12);
    }

    /// <summary>How often the terms occur one after another in a text, tokenised as the index was: the text's own answer, not the index's.</summary>
    internal static int PhraseFrequency(string text, string[] phrase) => RealData.ExactBm25.PhraseFrequency(SearchTokenizer.Terms(text), phrase);
}
