using System;
using CorpusGen.Parsing;
using CorpusGen.Tests.Properties;
using CsCheck;
using Xunit;

namespace CorpusGen.Tests.Parsing;

public class TextNormalizerTests
{
    // The definition, written the obvious way: words split on any char.IsWhiteSpace, joined by one space.
    private static string Reference(string text)
        => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("", "")]
    [InlineData(" ", "")]
    [InlineData("a", "a")]
    [InlineData("a b", "a b")]
    [InlineData(" a b", "a b")]
    [InlineData("a b ", "a b")]
    [InlineData("a  b", "a b")]
    [InlineData("a\tb", "a b")]
    [InlineData("a\u00A0b", "a b")]
    [InlineData("a\u2029b", "a b")]
    [InlineData("a\u0001b", "a\u0001b")]
    public void Collapses_whitespace_runs_and_trims(string text, string expected)
        => Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Fact]
    public void Text_already_in_normal_form_is_returned_without_a_copy()
    {
        var text = "Ban Ki-moon said on Friday.";
        Assert.Same(text, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Agrees_with_the_definition_on_hostile_text()
        => ArticleTextGen.Article.Sample(text => Assert.Equal(Reference(text), TextNormalizer.Normalize(text)), iter: 3000);
}
