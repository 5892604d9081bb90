using System.IO;
using System.Text;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.InfrastructureTests;

public class TestAdditionalTextTests
{
    [Fact]
    public void A_byte_that_is_not_UTF8_falls_back_to_Windows_1252()
    {
        var text = TestAdditionalText.FromBytes("/p/a.txt", new byte[] { (byte)'C', (byte)'o', (byte)'s', (byte)'t', (byte)' ', 0xA3, (byte)'5' });

        Assert.Equal("Cost £5", text.GetText()!.ToString());
    }

    [Fact]
    public void Windows_1252_differs_from_Latin1_in_the_0x80_to_0x9F_range()
    {
        Assert.Equal("\u20AC", TestAdditionalText.FromBytes("/p/a.txt", new byte[] { 0x80 }).GetText()!.ToString());
    }

    /// <summary>On Linux and macOS the compiler's fallback is UTF-8 with replacement characters.</summary>
    [Fact]
    public void The_Linux_compiler_fallback_can_be_reproduced()
    {
        var text = TestAdditionalText.FromBytes("/p/a.txt", new byte[] { (byte)'A', 0xA3 }, Encoding.UTF8);

        Assert.Equal("A\uFFFD", text.GetText()!.ToString());
    }

    [Fact]
    public void A_UTF16LE_byte_order_mark_selects_UTF16LE_and_is_not_part_of_the_text()
    {
        var bytes = new byte[] { 0xFF, 0xFE, (byte)'H', 0, (byte)'i', 0, 0xA3, 0 };

        var text = TestAdditionalText.FromBytes("/p/a.txt", bytes).GetText()!;

        Assert.Equal("Hi£", text.ToString());
        Assert.Equal(Encoding.Unicode, text.Encoding);
    }

    [Fact]
    public void A_UTF16BE_byte_order_mark_selects_UTF16BE()
    {
        Assert.Equal("Hi", TestAdditionalText.FromBytes("/p/a.txt", new byte[] { 0xFE, 0xFF, 0, (byte)'H', 0, (byte)'i' }).GetText()!.ToString());
    }

    [Fact]
    public void A_UTF8_byte_order_mark_is_not_part_of_the_text()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, 0xC2, 0xA3 };

        Assert.Equal("£", TestAdditionalText.FromBytes("/p/a.txt", bytes).GetText()!.ToString());
    }

    [Fact]
    public void FromFile_reads_the_bytes_and_reports_the_display_path()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("a.txt");
        File.WriteAllBytes(file, new byte[] { (byte)'x', 0xA3 });

        var text = TestAdditionalText.FromFile(file, "/project/corpus/a.txt");

        Assert.Equal("/project/corpus/a.txt", text.Path);
        Assert.Equal("x£", text.GetText()!.ToString());
    }

    [Fact]
    public void An_unreadable_file_has_no_text()
    {
        Assert.Null(TestAdditionalText.Unreadable("/p/locked.txt").GetText());
    }
}
