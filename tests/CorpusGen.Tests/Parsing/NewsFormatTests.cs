using System.Linq;
using CorpusGen.Parsing;
using CorpusGen.Reading;
using Xunit;

namespace CorpusGen.Tests.Parsing;

/// <summary>
/// A held-in set of articles in the formats news files come in, written for these tests (no published text), each
/// checked field by field: wire stories without a headline, inline datelines, credits and page debris in the body,
/// copyright lines, hard-wrapped text, and the per-file overrides.
/// </summary>
public class NewsFormatTests
{
    [Fact]
    public void Wire_story_without_headline_gets_a_derived_title_its_dateline_and_agency()
    {
        const string text =
            "WASHINGTON (Reuters) - The Senate voted on Tuesday to extend a rural broadband programme for another three years, sending the measure to the House. Supporters said the vote would reach two million homes.\n" +
            "The programme, created in 2019, pays providers to lay cable in counties with fewer than 20 people per square mile.\n" +
            "Opponents said the money would be better spent on wireless service.\n";

        var result = ParseResult.Of(text);
        var article = result.Article;

        Assert.Null(article.Headline);
        Assert.Null(article.Caption);
        Assert.True(article.TitleIsDerived);
        Assert.Equal("The Senate voted on Tuesday to extend a rural broadband programme for another\u2026", article.Title);
        Assert.Equal("WASHINGTON", article.Dateline);
        Assert.Equal("Reuters", article.Agency);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.StartsWith("The Senate voted on Tuesday", article.Paragraphs[0]);
        Assert.EndsWith("two million homes.", article.Paragraphs[0]);
        Assert.Equal(new[] { "CG0015@1", "CG0016@1" }, result.IdsAtLines);
    }

    [Theory]
    [InlineData("LONDON, March 3 (Reuters) - Shares rose.", "LONDON, March 3", "Reuters", "Shares rose.")]
    [InlineData("NEW YORK (AP) \u2014 The subway reopened.", "NEW YORK", "AP", "The subway reopened.")]
    [InlineData("ALBANY, N.Y. - Lawmakers met late.", "ALBANY, N.Y.", null, "Lawmakers met late.")]
    [InlineData("PALM BEACH, Fla. -- The storm turned north.", "PALM BEACH, Fla.", null, "The storm turned north.")]
    [InlineData("WASHINGTON, D.C. \u2013 Museums stayed open.", "WASHINGTON, D.C.", null, "Museums stayed open.")]
    [InlineData("BEIRUT, Lebanon \u2014 Power returned at dawn.", "BEIRUT, Lebanon", null, "Power returned at dawn.")]
    [InlineData("WASHINGTON\u2014Quickly, the committee adjourned.", "WASHINGTON", null, "Quickly, the committee adjourned.")]
    [InlineData("Washington (CNN) \u2014 The vote was close.", "Washington", "CNN", "The vote was close.")]
    [InlineData("ST. LOUIS (AP) - Rain fell all week.", "ST. LOUIS", "AP", "Rain fell all week.")]
    public void Inline_datelines_in_the_forms_agencies_use(string paragraph, string dateline, string? agency, string rest)
    {
        var article = ParseResult.Of("Council passes budget\n\n" + paragraph + "\nA second paragraph follows.\n").Article;

        Assert.Equal("Council passes budget", article.Headline);
        Assert.Equal(dateline, article.Dateline);
        Assert.Equal(agency, article.Agency);
        Assert.Equal(new[] { rest, "A second paragraph follows." }, article.Paragraphs);
    }

    [Theory]
    [InlineData("US-China talks resume after a pause.")]
    [InlineData("NASA said on Monday that the launch would slip.")]
    [InlineData("WASHINGTON Post reporters won the prize - again.")]
    [InlineData("ANTI-WAR marchers filled the square.")]
    [InlineData("The mayor (a Democrat) - who took office in May - spoke.")]
    [InlineData("I - for one - disagree.")]
    public void Text_that_only_starts_in_capitals_keeps_its_words(string paragraph)
    {
        var article = ParseResult.Of("Headline\n" + paragraph + "\n").Article;

        Assert.Null(article.Dateline);
        Assert.Null(article.Agency);
        Assert.Equal(new[] { paragraph }, article.Paragraphs);
    }

    [Fact]
    public void Speaker_labels_and_menu_headings_inside_the_body_are_paragraphs_not_datelines()
    {
        var article = ParseResult.Of("Debate night transcript\nThe candidates took the stage.\nTRUMP:\nWe will win.\nAPPETIZERS:\nSoup of the day.\n").Article;

        Assert.Null(article.Dateline);
        Assert.Equal(new[] { "The candidates took the stage.", "TRUMP:", "We will win.", "APPETIZERS:", "Soup of the day." }, article.Paragraphs);
    }

    [Fact]
    public void Photo_credits_and_captions_inside_the_body_move_to_Credits()
    {
        const string text =
            "Mayor opens new bridge\n\n" +
            "The bridge opened on Sunday after four years of work.\n\n" +
            "Photo by Jane Doe/Example Images\n\n" +
            "Hundreds of people walked across it.\n\n" +
            "(Sam Lee/Example Images)\n\n" +
            "Photograph: Ann Roe/Tass\n\n" +
            "Image copyright EXAMPLE IMAGES\n\n" +
            "Image caption The mayor cut the ribbon at noon\n\n" +
            "AP Photo/Evan Stone\n\n" +
            "Traffic will be allowed from Monday.\n";

        var result = ParseResult.Of(text);
        var article = result.Article;

        Assert.Equal(new[] { "The bridge opened on Sunday after four years of work.", "Hundreds of people walked across it.", "Traffic will be allowed from Monday." }, article.Paragraphs);
        Assert.Equal(
            new[] { "Photo by Jane Doe/Example Images", "(Sam Lee/Example Images)", "Photograph: Ann Roe/Tass", "Image copyright EXAMPLE IMAGES", "Image caption The mayor cut the ribbon at noon", "AP Photo/Evan Stone" },
            article.Credits);
        Assert.Equal(new[] { "CG0017@5", "CG0017@9", "CG0017@11", "CG0017@13", "CG0017@15", "CG0017@17" }, result.IdsAtLines);
    }

    [Fact]
    public void Web_debris_lines_move_to_Boilerplate()
    {
        const string text =
            "Library extends opening hours\n" +
            "The central library will open until 9pm from next week.\n" +
            "Advertisement\n" +
            "The change follows a survey of 3,000 readers.\n" +
            "Read more\n" +
            "Related: Council approves arts budget\n" +
            "Share this story\n" +
            "Sign up for our daily newsletter\n" +
            "Read more: How the survey was run\n";

        var result = ParseResult.Of(text);
        var article = result.Article;

        Assert.Equal(new[] { "The central library will open until 9pm from next week.", "The change follows a survey of 3,000 readers." }, article.Paragraphs);
        Assert.Equal(
            new[] { "Advertisement", "Read more", "Related: Council approves arts budget", "Share this story", "Sign up for our daily newsletter", "Read more: How the survey was run" },
            article.Boilerplate);
        Assert.All(result.Diagnostics, d => Assert.Equal("CG0018", d.Id));
        Assert.Equal(new[] { 3, 5, 6, 7, 8, 9 }, result.Diagnostics.Select(d => d.Location!.Line + 1));
    }

    [Theory]
    [InlineData("Sign up rates for the course rose by a fifth this year, the college said in its annual report to the board.")]
    [InlineData("Readers who share this story with friends are asked to cite the paper.")]
    [InlineData("Photographers were kept behind a fence.")]
    [InlineData("He said: (this is not over/never will be) and left.")]
    public void Prose_that_starts_like_debris_or_a_credit_stays_a_paragraph(string line)
    {
        var article = ParseResult.Of("Headline\nFirst paragraph.\n" + line + "\n").Article;

        Assert.Equal(new[] { "First paragraph.", line }, article.Paragraphs);
        Assert.Empty(article.Credits);
        Assert.Empty(article.Boilerplate);
    }

    [Theory]
    [InlineData("(c) borrow from the reserve")]
    [InlineData("Copyright holders welcomed the ruling.")]
    [InlineData("copyright law was not the issue")]
    public void Lines_that_start_like_a_copyright_notice_but_are_body_text_stay_in_the_body(string line)
    {
        var article = ParseResult.Of("Budget options\nThe council has three choices:\n(a) raise the tax\n(b) cut services\n" + line + "\nA vote is due in May.\n").Article;

        Assert.Null(article.Copyright);
        Assert.Null(article.Year);
        Assert.Empty(article.Trailer);
        Assert.Contains(line, article.Paragraphs);
        Assert.Equal("A vote is due in May.", article.Paragraphs[^1]);
    }

    [Fact]
    public void A_copyright_notice_far_from_the_end_is_quoted_body_text()
    {
        var body = string.Join("\n", Enumerable.Range(1, 8).Select(i => "Paragraph " + i + " of the story."));
        var article = ParseResult.Of("Headline\nThe notice read:\n\u00A9 2015 Example Press\n" + body + "\n").Article;

        Assert.Null(article.Copyright);
        Assert.Contains("\u00A9 2015 Example Press", article.Paragraphs);
        Assert.Equal(10, article.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Copyright 1500 Example Press", null)]
    [InlineData("\u00A9 Example Press 0042", null)]
    [InlineData("\u00A9 2015-2016 Example Press", 2015)]
    public void Year_is_a_year_of_the_press(string line, int? year)
    {
        var article = ParseResult.Of("Headline\nBody.\n" + line + "\n").Article;

        Assert.Equal(line, article.Copyright);
        Assert.Equal(year, article.Year);
    }

    [Fact]
    public void One_sentence_per_line_of_similar_length_is_not_hard_wrapped()
    {
        // Three sentences of 60-63 characters on consecutive lines: each line ends a sentence, which wrapping rarely does.
        const string text =
            "Harbour works begin\n" +
            "The harbour will close for repairs from the first of the month.\n" +
            "Fishing boats have been offered moorings in the next village.\n" +
            "The council expects the work to last until the end of summer.\n";

        var result = ParseResult.Of(text);

        Assert.Equal(3, result.Article.Paragraphs.Count);
        Assert.DoesNotContain("CG0020", result.Ids);
    }

    private const string HardWrapped =
        "Harbour works begin\n\n" +
        "The harbour will close for repairs from the first of the month,\n" +
        "the council said on Friday, and fishing boats have been offered\n" +
        "moorings in the next village until the work is done.\n\n" +
        "The council expects the work to last until the end of summer and\n" +
        "to cost about four million pounds, most of it from a port fund.\n";

    [Fact]
    public void Hard_wrapped_text_is_joined_into_paragraphs_and_reported()
    {
        var result = ParseResult.Of(HardWrapped);

        Assert.Equal("Harbour works begin", result.Article.Headline);
        Assert.Equal(
            new[]
            {
                "The harbour will close for repairs from the first of the month, the council said on Friday, and fishing boats have been offered moorings in the next village until the work is done.",
                "The council expects the work to last until the end of summer and to cost about four million pounds, most of it from a port fund.",
            },
            result.Article.Paragraphs);
        var joined = Assert.Single(result.Diagnostics);
        Assert.Equal("CG0020", joined.Id);
        Assert.Equal(2, joined.Location!.Line);
        Assert.Equal("5", joined.Arguments[2]);
        Assert.Equal("2", joined.Arguments[3]);
    }

    [Fact]
    public void A_wrapped_paragraph_whose_first_line_is_only_its_dateline_is_still_reported_as_joined()
    {
        // The dateline is cut from the paragraph's text, not from the lines it joined.
        var result = ParseResult.Of("Harbour works begin\n\nPORTREE (Reuters) -\nThe harbour will close for repairs.\n", overrides: FileOverrides.From("blocks", null));

        Assert.Equal("PORTREE", result.Article.Dateline);
        Assert.Equal(new[] { "The harbour will close for repairs." }, result.Article.Paragraphs);
        Assert.Equal(new[] { "CG0016@3", "CG0020@3" }, result.IdsAtLines);
        Assert.Equal("2", result.Diagnostics[1].Arguments[2]);
    }

    [Fact]
    public void Hard_wrapped_text_without_headline_starts_its_first_paragraph_on_line_one()
    {
        var result = ParseResult.Of(HardWrapped.Substring("Harbour works begin\n\n".Length));
        var article = result.Article;

        Assert.Null(article.Headline);
        Assert.True(article.TitleIsDerived);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.StartsWith("The harbour will close for repairs from the first of the month, the council", article.Paragraphs[0]);
        Assert.Equal("CG0015", result.Diagnostics[0].Id);
        Assert.Contains("continues it", result.Diagnostics[0].Arguments[1]);
    }

    [Fact]
    public void CorpusGenLayout_lines_keeps_hard_wrapped_lines_and_blocks_joins_them()
    {
        var lines = ParseResult.Of(HardWrapped, overrides: FileOverrides.From("lines", null)).Article;
        var blocks = ParseResult.Of("Headline\n\nShort line one\nshort line two\n\nThird\n", overrides: FileOverrides.From("blocks", null));

        Assert.Equal(5, lines.Paragraphs.Count);
        Assert.Equal(new[] { "Short line one short line two", "Third" }, blocks.Article.Paragraphs);
        Assert.Contains("CorpusGenLayout", Assert.Single(blocks.Diagnostics).Arguments[1]);
    }

    [Fact]
    public void CorpusGenHeadline_overrides_the_headline_rule_both_ways()
    {
        var longLine = "A first line that is long and holds sentences. It would read as a paragraph without the override, so it is a test.";
        var forced = ParseResult.Of(longLine + "\nBody.\n", overrides: FileOverrides.From(null, "true")).Article;
        var refused = ParseResult.Of("Short headline\nBody.\n", overrides: FileOverrides.From(null, "FALSE"));

        Assert.Equal(longLine, forced.Headline);
        Assert.Null(refused.Article.Headline);
        Assert.Equal(new[] { "Short headline", "Body." }, refused.Article.Paragraphs);
        Assert.Equal("Short headline", refused.Article.Title);
        Assert.Contains("CorpusGenHeadline", refused.Diagnostics.Single(d => d.Id == "CG0015").Arguments[1]);
    }

    [Theory]
    [InlineData("CorpusGenLayout", "paragraphs")]
    [InlineData("CorpusGenHeadline", "0")]
    public void Invalid_override_values_are_CG0009_and_the_rule_decides(string key, string value)
    {
        var overrides = key == "CorpusGenLayout" ? FileOverrides.From(value, null) : FileOverrides.From(null, value);
        var result = ParseResult.Of("Headline\nBody.\n", overrides: overrides);

        var invalid = Assert.Single(result.Diagnostics);
        Assert.Equal("CG0009", invalid.Id);
        Assert.Contains(key, invalid.Arguments[0]);
        Assert.Equal(value, invalid.Arguments[1]);
        Assert.Equal("Headline", result.Article.Headline);
    }

    [Theory]
    [InlineData("Ban urges calm as talks resume", false)]
    [InlineData("Man bites dog.", false)]
    [InlineData("Mr. Smith goes to Washington, again", false)]
    [InlineData("U.S. and E.U. agree on steel tariffs after a long night of talks", false)]
    [InlineData("Why the vote matters? Here is what the numbers say about the coming election in the north", true)]
    [InlineData("The council met on Monday. It agreed to raise the tax on second homes by a fifth.", true)]
    [InlineData("The council met on Monday evening and agreed to raise the tax on second homes by a fifth.", true)]
    public void Headline_rule_reads_short_phrases_as_headlines_and_sentences_as_paragraphs(string line, bool paragraph)
    {
        Assert.Equal(paragraph, HeadlineRule.ReadsAsParagraph(line));
    }

    [Fact]
    public void Single_line_paragraph_file_without_final_line_break_is_one_paragraph_with_a_derived_title()
    {
        var text = "NEW YORK (AP) \u2014 A single-paragraph story about a parade that went ahead despite the rain, told in one long line.";

        var article = ParseResult.Of(text).Article;

        Assert.Equal("NEW YORK", article.Dateline);
        Assert.Equal("AP", article.Agency);
        Assert.Equal(new[] { "A single-paragraph story about a parade that went ahead despite the rain, told in one long line." }, article.Paragraphs);
        Assert.Equal("A single-paragraph story about a parade that went ahead despite the rain, told\u2026", article.Title);
    }

    [Fact]
    public void Derived_title_names_the_article_from_the_words_after_the_dateline()
    {
        var content = ParseResult.Of("PHOENIX, Ariz. (AP) - For months now, rumors have swirled about the stadium deal and who would pay for it in the end.\nMore.\n").Article;

        Assert.Equal("ForMonthsNowRumorsHaveSwirledAboutThe", ArticleNamer.Derive(content, "corpus/a.txt"));
    }

    [Fact]
    public void Every_line_ending_gives_the_same_structure_and_the_same_lines()
    {
        const string text = "WASHINGTON (Reuters) - The vote was close, and the result was not known until late at night. Officials counted twice.\n\nPhoto by Jane Doe/Example Images\nRead more\nSecond paragraph.\n\u00A9 2016 Example Wire\nTrailer line\n";

        var lf = ParseResult.Of(text);
        foreach (var newline in new[] { "\r\n", "\r" })
        {
            var other = ParseResult.Of(text.Replace("\n", newline));
            Assert.Equal(lf.Reading, other.Reading);
            Assert.Equal(lf.IdsAtLines, other.IdsAtLines);
        }

        Assert.Equal(new[] { "CG0015@1", "CG0016@1", "CG0017@3", "CG0018@4", "CG0019@6" }, lf.IdsAtLines);
    }
}
