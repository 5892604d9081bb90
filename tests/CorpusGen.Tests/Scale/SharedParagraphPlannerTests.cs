using System.Linq;
using System.Threading;
using CorpusGen.Corpus;
using CorpusGen.Helpers;
using CorpusGen.Parsing;
using CorpusGen.Reading;
using CorpusGen.Tests.Parsing;
using Xunit;

namespace CorpusGen.Tests.Scale;

/// <summary>
/// The plan shares a paragraph by the hash the parse step made, and compares the text in place in the two files
/// before it does: texts that collide on a hash are never shared, equal texts are, wherever and however they were
/// written in their files.
/// </summary>
public class SharedParagraphPlannerTests
{
    private const ulong Forged = 0x5A5A_0000_1234_5678;

    private static readonly EmitTarget s_target = new("Demo", "Articles", IsPublic: false, SupportsNullable: true, HasNotNullWhen: true);

    /// <summary>The article of <paramref name="text"/>, its only paragraph given the hash <see cref="Forged"/>, as a collision would.</summary>
    private static ArticleContent WithForgedHash(string text, FileOverrides? overrides = null)
    {
        var article = ParseResult.Of(text, overrides: overrides).Article;
        Assert.Single(article.ParagraphRefs);
        return article with { ParagraphHashes = new EquatableArray<ulong>(new[] { Forged }) };
    }

    private static (EquatableArray<ulong>[] References, SharedParagraph[] Shared) Plan(params ArticleContent[] articles)
    {
        var (references, shards) = SharedParagraphPlanner.Plan(s_target, articles, new HintNames("Article"), CancellationToken.None);
        return (references, shards.SelectMany(s => s.Paragraphs).ToArray());
    }

    [Fact]
    public void Two_texts_of_the_same_length_under_one_hash_are_never_shared_even_when_a_third_repeats_the_first()
    {
        // The paragraphs lie at different offsets, so an in-place comparison that ignored them would read other text.
        var first = WithForgedHash("Quay works\n\nThe quay closes in May.\n");
        var colliding = WithForgedHash("Cafe news on the quay\n\nThe cafe opens in June.\n");
        var repeat = WithForgedHash("Harbour\n\nThe quay closes in May.\n");

        var (references, shared) = Plan(first, colliding, repeat);

        Assert.Empty(shared);
        Assert.All(references, r => Assert.True(r.IsEmpty));
    }

    [Fact]
    public void A_paragraph_is_shared_between_a_file_with_it_on_one_line_and_a_file_with_it_hard_wrapped()
    {
        var oneLine = WithForgedHash("Quay works\r\n\r\n  The quay closes in May for repairs to its wall.  \r\n");
        var wrapped = WithForgedHash("Harbour\n\nThe quay closes in May\n\tfor repairs to its wall.\n", FileOverrides.From("blocks", null));

        var (references, shared) = Plan(oneLine, wrapped);

        Assert.Equal("The quay closes in May for repairs to its wall.", Assert.Single(shared).Text);
        Assert.All(references, r => Assert.Equal(new[] { Forged }, r));
    }

    [Fact]
    public void A_wrapped_paragraph_of_the_same_length_but_other_text_collides()
    {
        var oneLine = WithForgedHash("Quay works\n\nThe quay closes in May for repairs to its wall.\n");
        var wrapped = WithForgedHash("Harbour\n\nThe quay shuts in June\nfor repairs to its wall.\n", FileOverrides.From("blocks", null));

        var (_, shared) = Plan(oneLine, wrapped);

        Assert.Equal(oneLine.Paragraphs[0].Length, wrapped.Paragraphs[0].Length);
        Assert.Empty(shared);
    }
}
