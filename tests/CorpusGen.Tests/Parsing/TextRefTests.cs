using System;
using System.IO;
using System.Text;
using System.Threading;
using CorpusGen.Parsing;
using CorpusGen.Reading;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CorpusGen.Tests.Parsing;

public class TextRefTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void A_joined_paragraph_reads_back_from_its_lines(string newline)
    {
        var source = "  first line  " + newline + "\tsecond line" + newline + " third " + newline;

        var text = new TextRef(2, "first line second line third".Length, 3).ReadFrom(source);

        Assert.Equal("first line second line third", text);
    }

    [Theory]
    [InlineData(4, "line two")]
    [InlineData(3, " line two")]
    [InlineData(2, "e line two")]
    [InlineData(9, "two")]
    public void Skipping_a_prefix_may_cross_the_space_that_joins_two_lines(int count, string expected)
    {
        const string source = "one \r\n   line two\n";
        var joined = new TextRef(0, "one line two".Length, 2);

        var rest = joined.Skip(source, count);

        Assert.Equal(expected, rest.ReadFrom(source));
        Assert.Equal(expected.Length, rest.Length);
    }

    [Fact]
    public void A_position_that_does_not_fit_its_text_is_refused_not_read_as_other_text()
    {
        var stale = new TextRef(0, 30, 2);

        Assert.Throws<InvalidOperationException>(() => stale.ReadFrom("short\nlines\n"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_model_keeps_the_file_text_the_compiler_holds_not_a_copy(bool fromBytes)
    {
        const string article = "Rowing club takes river sprint title\n\nThe club won by two lengths.\nIts captain thanked the town.\n";
        var file = fromBytes
            ? TestAdditionalText.FromBytes("/p/corpus/a.txt", Encoding.UTF8.GetBytes(article))
            : TestAdditionalText.FromString("/p/corpus/a.txt", article);

        var parsed = ArticleParser.Parse(new CandidateFile(file, "corpus/a.txt", null, null, ArticleLimits.Default), CancellationToken.None);

        Assert.Same(file.GetText()!.ToString(), parsed.Content!.Source);
        Assert.Equal(new[] { "The club won by two lengths.", "Its captain thanked the town." }, parsed.Content.Paragraphs);
    }

    [Fact]
    public void A_file_the_compiler_keeps_in_chunks_reads_back_as_the_same_file_held_as_one_string()
    {
        // From about 40 KB the compiler reads a file into a LargeText, whose ToString() is a new string each time.
        var article = new StringBuilder("Rowing club takes river sprint title\r\n\r\n");
        for (var i = 0; article.Length < 60_000; i++)
        {
            article.Append("The club won heat ").Append(i).Append(" by two lengths,\r\n  its captain said on Sunday. \r\n\r\n");
        }

        var bytes = Encoding.UTF8.GetBytes(article.ToString());
        var chunked = new StreamText("/p/corpus/a.txt", SourceText.From(new MemoryStream(bytes), Encoding.UTF8));
        var whole = TestAdditionalText.FromString("/p/corpus/a.txt", article.ToString());

        var blocks = FileOverrides.From("blocks", null);
        var fromChunks = ArticleParser.Parse(new CandidateFile(chunked, "corpus/a.txt", null, null, ArticleLimits.Default, blocks), CancellationToken.None).Content!;
        var fromString = ArticleParser.Parse(new CandidateFile(whole, "corpus/a.txt", null, null, ArticleLimits.Default, blocks), CancellationToken.None).Content!;

        Assert.Equal("LargeText", chunked.GetText()!.GetType().Name);
        Assert.Equal(fromString, fromChunks);
        Assert.Equal(fromString.Paragraphs, fromChunks.Paragraphs);
        Assert.Equal("The club won heat 7 by two lengths, its captain said on Sunday.", fromChunks.Paragraph(7));
    }

    private sealed class StreamText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    [Fact]
    public void Paragraphs_of_two_files_compare_by_text_wherever_they_lie_and_however_they_were_wrapped()
    {
        var lines = ParseResult.Of("Headline one\n\nThe council met on Monday.\nIt voted to close the bridge.\n").Article;
        var moved = ParseResult.Of("Another headline\n\n  It voted to close the bridge.  \nThe council met on Tuesday.\n").Article;
        var wrapped = ParseResult.Of("Third headline\n\nIt voted to close\nthe bridge.\n", overrides: FileOverrides.From("blocks", null)).Article;

        Assert.True(lines.SameParagraph(1, moved, 0));
        Assert.False(lines.SameParagraph(0, moved, 1));
        Assert.True(wrapped.SameParagraph(0, lines, 1));
        Assert.False(wrapped.SameParagraph(0, lines, 0));
    }
}
