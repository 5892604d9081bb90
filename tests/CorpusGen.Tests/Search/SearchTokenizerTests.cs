using System.Globalization;
using System.Linq;
using System.Threading;
using CorpusGen.Runtime;
using Xunit;

namespace CorpusGen.Tests.Search;

public class SearchTokenizerTests
{
    [Theory]
    [InlineData("Islamic State", "islamic|state")]
    [InlineData("CAFÉS, café and Cafe\u0301", "cafes|cafe|and|cafe")]
    [InlineData("naïve Zürich Ærø straße Łódź œuvre", "naive|zurich|aero|strasse|lodz|oeuvre")]
    [InlineData("£2.80 on 12/05, 20,000 homes", "2|80|on|12|05|20|000|homes")]
    [InlineData("Ban Ki-moon's U.N.", "ban|ki|moon|s|u|n")]
    [InlineData("ΑΘΗΝΑ Москва", "αθηνα|москва")]
    [InlineData("!!! ... --- \"\" ", "")]
    [InlineData("", "")]
    public void Terms_are_runs_of_letters_and_digits_folded_to_lower_case_without_diacritics(string text, string expected)
        => Assert.Equal(expected, string.Join("|", SearchTokenizer.Terms(text)));

    [Theory]
    [InlineData("București, Timișoara și Constanța", "bucuresti|timisoara|si|constanta")] // Romanian comma below
    [InlineData("Bucureşti Timişoara", "bucuresti|timisoara")] // the older cedilla spelling folds alike
    [InlineData("Hà Nội, Thành phố Hồ Chí Minh, Đà Nẵng", "ha|noi|thanh|pho|ho|chi|minh|da|nang")] // Vietnamese
    [InlineData("Ẹ̀kọ́ Ọ̀yọ́", "eko|oyo")] // Yoruba: dot below and combining tones
    [InlineData("Ŵyl Ŷ", "wyl|y")] // Welsh circumflex
    [InlineData("Ǆemal ǅemal ǆemal Ǉubljana", "dzemal|dzemal|dzemal|ljubljana")] // digraphs
    [InlineData("Ƀ Ɨ ƀ Ǥ", "b|i|b|g")] // Latin Extended-B letters with strokes
    [InlineData("Αθήνα ΆΡΗΣ Ϊλιον ΐ", "αθηνα|αρησ|ιλιον|ι")] // Greek tonos, dialytika; final sigma as sigma
    [InlineData("ẞ GROẞ", "ss|gross")] // capital sharp s
    [InlineData("\u1D7D \u2C63 \u0275 \u019F", "p|p|o|o")] // a case pair split across blocks, or named apart, folds alike
    public void Diacritics_fold_beyond_Latin_1_in_Latin_and_Greek_letters(string text, string expected)
        => Assert.Equal(expected, string.Join("|", SearchTokenizer.Terms(text)));

    [Fact]
    public void A_folded_query_finds_the_text_it_was_folded_from()
    {
        var index = new InMemorySearchIndex(new[] { ("Vizită la București", new[] { "Primarul din Hà Nội a vizitat Αθήνα." }) });

        Assert.Equal(new[] { 0 }, index.Find("Bucuresti"));
        Assert.Equal(new[] { 0 }, index.Find("\"ha noi\" αθηνα"));
        Assert.Equal(new[] { 0 }, index.Find("vizita"));
    }

    [Fact]
    public void Folding_is_the_same_under_every_culture()
    {
        var text = "ISTANBUL İzmir Iğdır TITLE";
        var invariant = SearchTokenizer.Terms(text);
        var original = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new CultureInfo("tr-TR");
            Thread.CurrentThread.CurrentUICulture = new CultureInfo("tr-TR");
            Assert.Equal(invariant, SearchTokenizer.Terms(text));
            Assert.Equal("istanbul|izmir|igdir|title", string.Join("|", invariant));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = original;
            Thread.CurrentThread.CurrentUICulture = original;
        }
    }

    [Fact]
    public void Surrogate_pairs_of_letters_stay_in_a_term_and_lone_surrogates_separate_terms()
    {
        // U+20000 is a CJK ideograph (a letter) written as a surrogate pair; U+1F4F0 (newspaper) is a symbol.
        Assert.Equal(new[] { "a\uD840\uDC00b", "c", "d", "e" }, SearchTokenizer.Terms("a\uD840\uDC00b c\uD83D\uDCF0d e\uD800"));
        Assert.Equal(new[] { "x", "y" }, SearchTokenizer.Terms("x\uDC00y"));
    }

    [Fact]
    public void A_long_run_of_letters_is_cut_at_the_maximum_term_length_but_spans_the_whole_run()
    {
        var text = new string('a', 1_000) + " b";
        var position = 0;
        var term = SearchTokenizer.Next(text, ref position, out var start, out var length);

        Assert.Equal(new string('a', SearchTokenizer.MaxTermLength), term);
        Assert.Equal((0, 1_000), (start, length));
        Assert.Equal("b", SearchTokenizer.Next(text, ref position, out start, out _));
        Assert.Equal(1_001, start);
    }

    [Fact]
    public void Term_positions_cover_the_original_characters_diacritics_included()
    {
        var text = "the Cafe\u0301 opens";
        var position = 0;
        SearchTokenizer.Next(text, ref position, out _, out _);
        var term = SearchTokenizer.Next(text, ref position, out var start, out var length);

        Assert.Equal("cafe", term);
        Assert.Equal("Cafe\u0301", text.Substring(start, length));
    }

    [Fact]
    public void Shards_come_from_the_term_alone_and_spread_terms_over_every_shard()
    {
        var shards = Enumerable.Range(0, 1_000).Select(i => SearchTokenizer.ShardOf("term" + i)).ToArray();

        Assert.Equal(SearchTokenizer.ShardOf("economy"), SearchTokenizer.ShardOf("economy"));
        Assert.All(shards, shard => Assert.InRange(shard, 0, SearchTokenizer.ShardCount - 1));
        Assert.Equal(SearchTokenizer.ShardCount, shards.Distinct().Count());
    }
}
