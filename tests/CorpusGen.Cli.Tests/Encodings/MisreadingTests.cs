using CorpusGen.Cli.Encodings;
using Xunit;
using static CorpusGen.Cli.Tests.Encodings.TestArticles;

namespace CorpusGen.Cli.Tests.Encodings;

/// <summary>
/// Which files the compiler reads as something other than their bytes mean, with and without the project's
/// <c>&lt;CodePage&gt;</c>: the behaviour LegacyEncodingBuildTests measures with the real compiler.
/// </summary>
public sealed class MisreadingTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(65001)]
    [InlineData(1252)]
    public void ASCII_UTF_8_with_BOM_and_UTF_16_with_BOM_are_read_right_whatever_the_code_page(int? codePage)
    {
        Assert.Null(Misreading(Utf8(Plain), codePage));
        Assert.Null(Misreading(WithUtf8Bom(Cafe), codePage));
        Assert.Null(Misreading(Utf16(Cafe, bigEndian: false, bom: true), codePage));
        Assert.Null(Misreading(Utf16(Cafe, bigEndian: true, bom: true), codePage));
    }

    [Fact]
    public void UTF_8_without_a_BOM_is_misread_only_when_the_project_sets_another_code_page()
    {
        Assert.Null(Misreading(Utf8(Cafe), codePage: null));
        Assert.Null(Misreading(Utf8(Cafe), codePage: 65001));

        var misreading = Misreading(Utf8(Cafe), codePage: 1252);

        Assert.StartsWith("<CodePage>1252</CodePage> makes the compiler read UTF-8 without a BOM in that code page", misreading);
        Assert.EndsWith("add a BOM: corpusgen convert --to utf-8 --bom", misreading);
    }

    [Fact]
    public void Windows_1252_is_misread_as_UTF_8_unless_the_project_sets_CodePage_1252()
    {
        var bytes = Windows1252.GetBytes(Cafe);

        Assert.StartsWith("read as UTF-8: every non-ASCII character becomes U+FFFD (CG0011", Misreading(bytes, codePage: null));
        Assert.Null(Misreading(bytes, codePage: 1252));
        Assert.StartsWith("<CodePage>1250</CodePage> makes the compiler read it in that code page, not Windows-1252", Misreading(bytes, codePage: 1250));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1252)]
    public void UTF_16_without_a_BOM_and_UTF_32_are_always_misread(int? codePage)
    {
        Assert.Contains("CG0002", Misreading(Utf16(Cafe, bigEndian: false, bom: false), codePage));
        Assert.Contains("CG0002", Misreading(Utf32(Cafe, bigEndian: false), codePage));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1252)]
    public void Binary_and_damaged_files_are_always_misread(int? codePage)
    {
        Assert.StartsWith("not text (it contains NUL characters", Misreading(Concat(Utf8(Plain), new byte[] { 0, 0 }), codePage));
        Assert.StartsWith("2 byte(s) that are not UTF-8 (it ends in the middle of a character) are read as U+FFFD (CG0011)", Misreading(Concat(Utf8(Cafe), new byte[] { 0xE2, 0x82 }), codePage));
    }

    [Fact]
    public void An_unknown_8_bit_file_is_misread_by_UTF_8_and_by_Windows_1252_but_not_judged_under_another_code_page()
    {
        var bytes = Concat(Windows1252.GetBytes(Cafe), new byte[] { 0x8D });

        Assert.Contains("it is not Windows-1252 either (byte 0x8D at offset", Misreading(bytes, codePage: null));
        Assert.StartsWith("<CodePage>1252</CodePage> reads it as Windows-1252, but byte 0x8D", Misreading(bytes, codePage: 1252));

        // The project says its files are in code page 1250: the bytes cannot prove it wrong.
        Assert.Null(Misreading(bytes, codePage: 1250));
    }

    private static string? Misreading(byte[] bytes, int? codePage) => EncodingDetector.Detect(bytes).Misreading(codePage);
}
