using System.Globalization;
using System.Threading;
using CorpusGen.Corpus;
using CorpusGen.Parsing;
using CorpusGen.Reading;
using CorpusGen.Tests.Parsing;
using Xunit;

namespace CorpusGen.Tests.Naming;

public class ArticleNamerTests
{
    [Theory]
    [InlineData("File photo of United Nations Secretary-General Ban Ki-moon.", "BanKiMoon")]
    [InlineData("File photo of Russian President Vladimir Putin.", "VladimirPutin")]
    [InlineData("File photo of Indian Army soldiers.", "IndianArmySoldiers")]
    [InlineData("File photo: British Prime Minister David Cameron", "DavidCameron")]
    [InlineData("Photo of US Vice-President Joe Biden.", "JoeBiden")]
    [InlineData("File photo of Russian President Vladimir Putin and German Chancellor Angela Merkel.", "AngelaMerkel")]
    [InlineData("File photo of the Pope.", "ThePope")]
    [InlineData("File photo of Mayor O'Brien-Smith, 2014.", "OBrienSmith2014")]
    public void Caption_names_the_person_after_the_last_role_word(string caption, string expected)
    {
        Assert.Equal(expected, ArticleNamer.FromCaption(caption));
    }

    [Theory]
    [InlineData("Ad sales boost Time Warner profit", "AdSalesBoostTimeWarnerProfit")]
    [InlineData("2004: An Irish Athletics Year", "_2004AnIrishAthleticsYear")]
    [InlineData("Bush's 'new' plan for \"tax\" cuts", "BushSNewPlanForTaxCuts")]
    [InlineData("One two three four five six seven eight nine ten", "OneTwoThreeFourFiveSixSevenEight")]
    [InlineData("£10m deal – agreed", "_10mDealAgreed")]
    [InlineData("café élan über", "CaféÉlanÜber")]
    public void Headline_name_is_pascal_case_of_at_most_eight_words(string headline, string expected)
    {
        var content = ParseResult.Of(headline + "\nBody.\n").Article;

        Assert.Equal(expected, ArticleNamer.Derive(content, "corpus/a.txt"));
    }

    [Theory]
    [InlineData("!!! ??? ...", "corpus/late-night vote.txt", "LateNightVote")]
    [InlineData("— – —", "corpus/000_4b3c.txt", "_0004b3c")]
    public void Headline_without_letters_falls_back_to_the_file_name(string headline, string path, string expected)
    {
        var content = ParseResult.Of(headline + "\nBody.\n").Article;

        Assert.Equal(expected, ArticleNamer.Derive(content, path));
    }

    [Fact]
    public void Name_without_any_usable_source_uses_the_content_id()
    {
        var content = ParseResult.Of("!!!\nBody.\n").Article;

        Assert.Equal("Article" + content.Id.Substring(0, 8), ArticleNamer.Derive(content, "corpus/___.txt"));
    }

    [Fact]
    public void Pascal_case_is_culture_invariant()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new CultureInfo("tr-TR");
            Assert.Equal("IstanbulIceIndex", Identifier.PascalCase("istanbul ice index", 8));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Names_from_huge_words_are_cut_to_a_length_the_compiler_and_file_systems_accept()
    {
        // Found by RoundTripProperties: a 5,000-letter "word" made a name the compiler rejects (metadata limit).
        var content = ParseResult.Of(new string('x', 5000) + " \u00E9" + new string('\u00E9', 300) + "\nBody.\n", overrides: FileOverrides.From(null, "true")).Article;

        var name = ArticleNamer.Derive(content, "corpus/a.txt");

        Assert.True(Identifier.IsValidArticleName(name));
        Assert.Equal(ArticleNamer.MaxLength, name.Length);
        Assert.False(char.IsHighSurrogate(Identifier.Truncate(new string('a', 119) + "\uD83D\uDCF0")[^1]));
    }

    [Theory]
    [InlineData("Valid", true)]
    [InlineData("_private", true)]
    [InlineData("record", true)]
    [InlineData("class", false)]
    [InlineData("1abc", false)]
    [InlineData("__cg_x", false)]
    [InlineData("has space", false)]
    [InlineData("A\u00ADB", false)]
    [InlineData("", false)]
    public void Article_name_validation(string name, bool valid)
    {
        Assert.Equal(valid, Identifier.IsValidArticleName(name));
    }

    [Fact]
    public void Derived_names_stay_readable_at_most_64_characters_cut_where_a_word_starts()
    {
        var content = ParseResult.Of("Supercalifragilistic headline words keep going on and on beyond any reasonable limit today\nBody.\n").Article;

        var name = ArticleNamer.Derive(content, "corpus/a.txt");

        Assert.True(name.Length <= ArticleNamer.MaxLength, name);
        Assert.Equal("SupercalifragilisticHeadlineWordsKeepGoingOnAndOn", name);
        Assert.Equal("Short", ArticleNamer.Readable("Short"));
        Assert.Equal(new string('x', 63), ArticleNamer.Readable(new string('x', 63) + "\uD83D\uDCF0"));
    }
}
