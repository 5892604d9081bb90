using System.Linq;
using CorpusGen.Runtime;
using Xunit;

namespace CorpusGen.Tests.Search;

public class SearchQueryTests
{
    /// <summary>Groups joined by " AND ", clauses of a group by " OR ", a phrase in quotes, a prefix with *, exclusions after " NOT ".</summary>
    private static string Describe(string query)
    {
        var parsed = SearchQuery.Parse(query);
        static string Clause(SearchClause c) => c.IsPhrase ? "\"" + string.Join(" ", c.Terms) + "\"" : c.Terms[0] + (c.IsPrefix ? "*" : string.Empty);
        var required = string.Join(" AND ", parsed.Required.Select(g => string.Join(" OR ", g.Select(Clause))));
        return parsed.Excluded.Count == 0 ? required : required + " NOT " + string.Join(",", parsed.Excluded.Select(Clause));
    }

    [Theory]
    [InlineData("islamic state", "islamic AND state")]
    [InlineData("\"Islamic State\" syria", "\"islamic state\" AND syria")]
    [InlineData("econom* -Britain", "econom* NOT britain")]
    [InlineData("storm OR flood closes", "storm OR flood AND closes")]
    [InlineData("a OR b OR c", "a OR b OR c")]
    [InlineData("U.S. economy", "\"u s\" AND economy")]
    [InlineData("\"econom*\"", "econom")]
    [InlineData("-\"interest rates\" bank", "bank NOT \"interest rates\"")]
    [InlineData("or and OR", "or AND and")]
    public void Queries_read_as_documented(string query, string expected) => Assert.Equal(expected, Describe(query));

    [Theory]
    [InlineData("\"unclosed phrase", "\"unclosed phrase\"")]
    [InlineData("- lone dash", "lone AND dash")]
    [InlineData("OR leading", "leading")]
    [InlineData("trailing OR", "trailing")]
    [InlineData("a OR OR b", "a OR b")]
    [InlineData("!!! ... ??? bank", "bank")]
    [InlineData("\"\" bank", "bank")]
    [InlineData("-", "")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("\"", "")]
    [InlineData("*", "")]
    [InlineData("x\uD800 \uDC00y", "x AND y")]
    public void Malformed_queries_are_read_leniently(string query, string expected) => Assert.Equal(expected, Describe(query));

    [Fact]
    public void A_null_query_is_empty()
    {
        Assert.True(SearchQuery.Parse(null!).IsEmpty);
        Assert.True(SearchQuery.Parse("-only -exclusions").IsEmpty);
    }

    [Fact]
    public void A_huge_query_keeps_its_first_clauses_and_phrase_terms()
    {
        var words = string.Join(" ", Enumerable.Range(0, 2_000).Select(i => "w" + i));
        Assert.True(words.Length > 10_000);

        var parsed = SearchQuery.Parse(words);
        Assert.Equal(SearchQuery.MaxClauses, parsed.Required.Count);
        Assert.Equal("w0", parsed.Required[0][0].Terms[0]);

        var phrase = SearchQuery.Parse("\"" + words + "\"");
        Assert.Equal(SearchQuery.MaxPhraseTerms, phrase.Required.Single().Single().Terms.Length);

        var punctuation = SearchQuery.Parse(new string('!', 10_000) + new string('"', 5_001) + new string('-', 10_000));
        Assert.True(punctuation.IsEmpty);
    }
}
