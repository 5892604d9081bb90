using System.Linq;
using CorpusGen.Parsing;
using CorpusGen.Tests.Generator;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Parsing;

/// <summary>
/// The content id must tell apart any two different field lists: the text may hold any character, separator
/// characters such as U+001E and U+001F included (the normaliser keeps them), so no character can mark a boundary.
/// </summary>
public class ContentIdTests
{
    public static TheoryData<string, string?, string[], string, string?, string[]> FieldListsThatJoinAlike => new()
    {
        // A paragraph holding the old paragraph separator against the same text as two paragraphs.
        { "Title", null, new[] { "First part.\u001ESecond part." }, "Title", null, new[] { "First part.", "Second part." } },

        // A title ending in the old field separator against that character as the dateline.
        { "Title\u001F", null, new[] { "Body." }, "Title", "\u001F", new[] { "Body." } },

        // A paragraph ending in the old paragraph separator against an extra empty paragraph.
        { "Title", null, new[] { "Body.\u001E" }, "Title", null, new[] { "Body.", string.Empty } },

        // No dateline against an empty one.
        { "Title", null, new[] { "Body." }, "Title", string.Empty, new[] { "Body." } },
    };

    [Theory]
    [MemberData(nameof(FieldListsThatJoinAlike))]
    public void Different_fields_get_different_ids_even_when_their_text_holds_separator_characters(
        string title, string? dateline, string[] paragraphs, string otherTitle, string? otherDateline, string[] otherParagraphs)
    {
        Assert.NotEqual(
            ContentId.FromNormalized(title, dateline, paragraphs),
            ContentId.FromNormalized(otherTitle, otherDateline, otherParagraphs));
    }

    [Fact]
    public void Equal_fields_get_equal_ids_of_32_hex_digits()
    {
        var id = ContentId.FromNormalized("Title", "LONDON", new[] { "One.", "Two." });

        Assert.Equal(id, ContentId.FromNormalized("Title", "LONDON", new[] { "One.", "Two." }));
        Assert.Matches("^[0-9a-f]{32}$", id);
    }

    [Fact]
    public void Two_articles_whose_text_differs_only_in_where_a_separator_character_falls_are_not_merged()
    {
        var run = TestCorpus.Run(new AdditionalText[]
        {
            TestCorpus.File("corpus/joined.txt", "Council vote\n\nThe council met on Monday.\u001EThe vote was close.\n"),
            TestCorpus.File("corpus/split.txt", "Council vote\n\nThe council met on Monday.\n\nThe vote was close.\n"),
        });

        run.AssertNoCompileDiagnostics();
        Assert.DoesNotContain("CG0004", run.GeneratorDiagnosticIds);
        Assert.Equal(2, run.ArticleNames().Count);
    }
}
