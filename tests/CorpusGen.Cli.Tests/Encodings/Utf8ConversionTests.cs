using System;
using System.Text;
using CorpusGen.Cli.Encodings;
using Xunit;
using static CorpusGen.Cli.Tests.Encodings.TestArticles;

namespace CorpusGen.Cli.Tests.Encodings;

/// <summary>What <c>convert --to utf-8</c> would write for each kind of file, before any file is touched.</summary>
public sealed class Utf8ConversionTests
{
    [Theory]
    [InlineData(Cafe)]
    [InlineData(Ferry)]
    public void Windows_1252_becomes_the_UTF_8_of_its_Windows_1252_text_line_endings_and_all(string article)
    {
        var bytes = Windows1252.GetBytes(article);

        var conversion = Utf8Conversion.Plan(bytes, withBom: false);

        Assert.Equal(ConversionAction.Convert, conversion.Action);
        Assert.Equal(Utf8(Windows1252.GetString(bytes)), conversion.Utf8Bytes);
        Assert.Equal(article, Encoding.UTF8.GetString(conversion.Utf8Bytes!));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void UTF_16_becomes_UTF_8_without_its_BOM(bool bigEndian, bool bom)
    {
        var conversion = Utf8Conversion.Plan(Utf16(Ferry, bigEndian, bom), withBom: false);

        Assert.Equal(ConversionAction.Convert, conversion.Action);
        Assert.Equal(Utf8(Ferry), conversion.Utf8Bytes);
    }

    [Fact]
    public void UTF_32_becomes_UTF_8()
    {
        Assert.Equal(Utf8(Cafe), Utf8Conversion.Plan(Utf32(Cafe, bigEndian: true), withBom: false).Utf8Bytes);
    }

    [Fact]
    public void With_bom_the_result_starts_with_a_UTF_8_BOM()
    {
        Assert.Equal(WithUtf8Bom(Cafe), Utf8Conversion.Plan(Windows1252.GetBytes(Cafe), withBom: true).Utf8Bytes);
    }

    [Fact]
    public void UTF_8_ASCII_and_UTF_8_with_BOM_are_left_as_they_are()
    {
        Assert.Equal(ConversionAction.Unchanged, Utf8Conversion.Plan(Utf8(Cafe), withBom: false).Action);
        Assert.Equal(ConversionAction.Unchanged, Utf8Conversion.Plan(Utf8(Plain), withBom: false).Action);
        Assert.Equal(ConversionAction.Unchanged, Utf8Conversion.Plan(WithUtf8Bom(Cafe), withBom: false).Action);
        Assert.Equal(ConversionAction.Unchanged, Utf8Conversion.Plan(WithUtf8Bom(Cafe), withBom: true).Action);
        Assert.Equal(ConversionAction.Unchanged, Utf8Conversion.Plan(Array.Empty<byte>(), withBom: false).Action);
    }

    [Fact]
    public void With_bom_UTF_8_without_one_gets_one_but_ASCII_which_every_code_page_reads_alike_does_not()
    {
        var conversion = Utf8Conversion.Plan(Utf8(Cafe), withBom: true);

        Assert.Equal(ConversionAction.Convert, conversion.Action);
        Assert.Equal(WithUtf8Bom(Cafe), conversion.Utf8Bytes);
        Assert.Equal(ConversionAction.Unchanged, Utf8Conversion.Plan(Utf8(Plain), withBom: true).Action);
    }

    [Fact]
    public void Binary_files_are_refused()
    {
        var conversion = Utf8Conversion.Plan(Concat(Utf8(Plain), new byte[] { 0, 0, 7 }), withBom: false);

        Assert.Equal(ConversionAction.Refuse, conversion.Action);
        Assert.Null(conversion.Utf8Bytes);
        Assert.Equal("not text: it contains NUL characters, so it looks binary", conversion.Reason);
    }

    [Fact]
    public void A_file_with_a_byte_Windows_1252_leaves_undefined_is_refused_its_code_page_unknown()
    {
        var conversion = Utf8Conversion.Plan(Concat(Windows1252.GetBytes(Cafe), new byte[] { 0x90 }), withBom: false);

        Assert.Equal(ConversionAction.Refuse, conversion.Action);
        Assert.StartsWith("not UTF-8 and not Windows-1252 (byte 0x90 at offset ", conversion.Reason);
    }

    [Fact]
    public void Damaged_UTF_8_is_refused_rather_than_guessed()
    {
        var conversion = Utf8Conversion.Plan(Concat(Utf8(Cafe), new byte[] { 0xA3 }, Utf8("5\n")), withBom: false);

        Assert.Equal(ConversionAction.Refuse, conversion.Action);
        Assert.StartsWith("UTF-8, 1 invalid byte (the first at offset ", conversion.Reason);
    }
}
