using System.IO;
using System.Linq;
using System.Text;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Parsing;

/// <summary>The article the project started from, read byte by byte from corpus/.</summary>
public class SeedArticleTests
{
    private static readonly string s_seedText = Encoding.UTF8.GetString(File.ReadAllBytes(RepoPaths.SeedPath));

    [Fact]
    public void Seed_keeps_17_unique_body_paragraphs_and_drops_16_repeats()
    {
        var result = ParseResult.Of(s_seedText);

        Assert.Equal(17, result.Article.Paragraphs.Count);
        Assert.Equal(16, result.Article.RepeatedParagraphs);
        Assert.Equal(result.Article.Paragraphs.Count, result.Article.Paragraphs.Distinct().Count());
        // In line order: the dateline line taken out of the text, the first repeat, the copyright line and trailer.
        Assert.Equal(new[] { "CG0016", "CG0007", "CG0019" }, result.Ids);
    }

    [Fact]
    public void Seed_structure_is_caption_dateline_body_copyright_trailer()
    {
        var article = ParseResult.Of(s_seedText).Article;

        Assert.Equal("File photo of United Nations Secretary-General Ban Ki-moon.", article.Caption);
        Assert.Null(article.Headline);
        Assert.Equal(article.Caption, article.Title);
        Assert.Equal("KUALA LUMPUR", article.Dateline);
        Assert.Equal("\u00A9 Thomson Reuters 2015", article.Copyright);
        Assert.Equal(2015, article.Year);
        Assert.Equal(new[] { "Track Latest News Live on NDTV.com and get news updates from India and around the world" }, article.Trailer);
        Assert.StartsWith("UN Secretary-General Ban Ki-moon urged Russia", article.Paragraphs[0]);
        Assert.StartsWith("\"We also have to harmonize", article.Paragraphs[16]);
    }

    [Fact]
    public void Seed_paragraphs_are_the_file_lines_unmodified()
    {
        var lines = s_seedText.Split('\n');
        var article = ParseResult.Of(s_seedText).Article;

        // Body lines 3..19 of the file are the 17 first occurrences, in order and byte for byte.
        Assert.Equal(lines.Skip(2).Take(17), article.Paragraphs);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Thomson Reuters") || p.Contains("NDTV"));
    }
}
