using System;
using System.Linq;
using CorpusGen.Parsing;
using Xunit;

namespace CorpusGen.Tests.Parsing;

/// <summary>
/// CG0011: a file the compiler decoded with U+FFFD for bytes that are not UTF-8 (on Linux and macOS a
/// Windows-1252 file loses every curly quote and dash). The diagnostic points at the first damaged line and says
/// both ways out, re-saving as UTF-8 or CodePage 1252, with the code page's cost.
/// </summary>
public class NotUtf8Tests
{
    // As the compiler hands over a Windows-1252 file read as UTF-8: curly quotes, an em dash and an e-acute lost.
    private const string Damaged =
        "Caf\uFFFD owners hail new licence\n" +
        "\n" +
        "The owners said the decision was \uFFFDlong overdue\uFFFD \uFFFD and thanked the council for listening to them.\n";

    [Fact]
    public void The_message_has_the_count_the_first_line_and_both_remedies_with_the_caveat()
    {
        var result = ParseResult.Of(Damaged, "corpus/cafe.txt");

        var message = Assert.Single(result.Diagnostics, d => d.Id == "CG0011").ToDiagnostic().GetMessage();
        Assert.Contains("'corpus/cafe.txt' contains 4 replacement character(s) (U+FFFD), the first on line 1", message, StringComparison.Ordinal);
        Assert.Contains("Re-save the file as UTF-8", message, StringComparison.Ordinal);
        Assert.Contains("<CodePage>1252</CodePage>", message, StringComparison.Ordinal);
        Assert.Contains("every file without a byte order mark", message, StringComparison.Ordinal);
        Assert.Contains("C# files", message, StringComparison.Ordinal);
        Assert.NotNull(result.Content);
    }

    [Theory]
    [InlineData("\n", 2)]
    [InlineData("\r\n", 2)]
    [InlineData("\r", 2)]
    [InlineData("\n\n\n", 6)]
    public void The_diagnostic_points_at_the_first_line_with_a_replacement_character(string lineBreak, int expectedLine)
    {
        var text = string.Join(lineBreak, "Harbour fees rise", "A fair first paragraph of plain text.", "Fees rise by \uFFFD5 from May, the port said on Tuesday.", "Another \uFFFD later.") + lineBreak;

        var result = ParseResult.Of(text, "corpus/fees.txt");

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "CG0011");
        Assert.Equal(expectedLine, diagnostic.Location!.Line);
        Assert.Equal(expectedLine, diagnostic.ToDiagnostic().Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("contains 2 replacement character(s) (U+FFFD), the first on line " + (expectedLine + 1), diagnostic.ToDiagnostic().GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_leading_byte_order_mark_does_not_move_the_line()
    {
        var result = ParseResult.Of("\uFEFFTitle\nPrice \uFFFD15.8m for the new stand.\n");

        Assert.Equal(1, Assert.Single(result.Diagnostics, d => d.Id == "CG0011").Location!.Line);
    }

    [Theory]
    [InlineData("No replacement here.\nNor here.\n", -1)]
    [InlineData("\uFFFD at the very start", 0)]
    [InlineData("a\r\nb\rc\nd \uFFFD\n\uFFFD", 3)]
    public void The_scan_finds_the_first_line_with_a_replacement_character(string text, int expectedLine)
    {
        Assert.Equal(expectedLine, BinaryContentDetector.Scan(text, default).FirstReplacementLine);
    }

    [Fact]
    public void Clean_text_has_no_CG0011()
    {
        Assert.DoesNotContain("CG0011", ParseResult.Of("Title\nPlain text, \u201Cquoted\u201D \u2014 fine.\n").Ids.ToList());
    }
}
