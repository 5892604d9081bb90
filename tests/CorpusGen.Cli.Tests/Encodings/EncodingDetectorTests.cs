using System;
using System.Linq;
using System.Text;
using System.Threading;
using CorpusGen.Cli.Encodings;
using CorpusGen.Parsing;
using Xunit;
using static CorpusGen.Cli.Tests.Encodings.TestArticles;

namespace CorpusGen.Cli.Tests.Encodings;

/// <summary>Each encoding told from its bytes alone, and the edges where two readings meet.</summary>
public sealed class EncodingDetectorTests
{
    [Fact]
    public void An_empty_file_is_ASCII()
    {
        var encoding = EncodingDetector.Detect(ReadOnlySpan<byte>.Empty);

        Assert.Equal(new FileEncoding(TextEncodingKind.Ascii, HasBom: false, InvalidBytes: 0, Detail: null), encoding);
        Assert.Equal("ASCII", encoding.DisplayName);
    }

    [Fact]
    public void Pure_ASCII_is_ASCII_the_same_text_in_UTF_8_and_Windows_1252()
    {
        var encoding = EncodingDetector.Detect(Utf8(Plain));

        Assert.Equal(TextEncodingKind.Ascii, encoding.Kind);
        Assert.True(encoding.IsUtf8);
    }

    [Fact]
    public void UTF_8_with_multi_byte_characters_is_UTF_8()
    {
        var encoding = EncodingDetector.Detect(Utf8(Cafe));

        Assert.Equal(new FileEncoding(TextEncodingKind.Utf8, HasBom: false, InvalidBytes: 0, Detail: null), encoding);
        Assert.Equal("UTF-8", encoding.DisplayName);
    }

    [Fact]
    public void UTF_8_with_a_BOM_is_UTF_8_with_BOM_even_when_the_rest_is_ASCII_or_nothing()
    {
        Assert.Equal("UTF-8 with BOM", EncodingDetector.Detect(WithUtf8Bom(Cafe)).DisplayName);
        Assert.Equal("UTF-8 with BOM", EncodingDetector.Detect(WithUtf8Bom(Plain)).DisplayName);
        Assert.Equal("UTF-8 with BOM", EncodingDetector.Detect(WithUtf8Bom(string.Empty)).DisplayName);
    }

    [Theory]
    [InlineData(false, true, "UTF-16 LE with BOM")]
    [InlineData(true, true, "UTF-16 BE with BOM")]
    [InlineData(false, false, "UTF-16 LE without BOM")]
    [InlineData(true, false, "UTF-16 BE without BOM")]
    public void UTF_16_is_told_by_its_BOM_or_by_where_its_NUL_bytes_are(bool bigEndian, bool bom, string expected)
    {
        var encoding = EncodingDetector.Detect(Utf16(Cafe, bigEndian, bom));

        Assert.Equal(expected, encoding.DisplayName);
        Assert.Equal(bom, encoding.HasBom);
        Assert.False(encoding.IsDamaged);
    }

    [Theory]
    [InlineData(false, "UTF-32 LE with BOM")]
    [InlineData(true, "UTF-32 BE with BOM")]
    public void UTF_32_is_told_by_its_BOM_before_UTF_16_whose_BOM_starts_the_same(bool bigEndian, string expected)
    {
        Assert.Equal(expected, EncodingDetector.Detect(Utf32(Cafe, bigEndian)).DisplayName);
    }

    [Fact]
    public void Bytes_that_are_not_UTF_8_but_are_all_Windows_1252_characters_are_Windows_1252()
    {
        var encoding = EncodingDetector.Detect(Windows1252.GetBytes(Cafe));

        Assert.Equal(new FileEncoding(TextEncodingKind.Windows1252, HasBom: false, InvalidBytes: 0, Detail: null), encoding);
        Assert.Equal("Windows-1252", encoding.DisplayName);
    }

    [Fact]
    public void Every_character_Windows_1252_defines_above_ASCII_reads_as_Windows_1252()
    {
        var defined = Enumerable.Range(0x80, 0x80).Select(b => (byte)b).Where(b => b is not (0x81 or 0x8D or 0x8F or 0x90 or 0x9D)).ToArray();
        var bytes = Concat(Utf8("All of them: "), defined, Utf8("\n"));

        Assert.Equal(TextEncodingKind.Windows1252, EncodingDetector.Detect(bytes).Kind);
    }

    [Theory]
    [InlineData(0x81)]
    [InlineData(0x8D)]
    [InlineData(0x8F)]
    [InlineData(0x90)]
    [InlineData(0x9D)]
    public void A_byte_Windows_1252_leaves_undefined_makes_the_file_an_unknown_8_bit_encoding(byte undefined)
    {
        var bytes = Concat(Windows1252.GetBytes(Cafe), new[] { undefined }, Utf8(" and more text after it.\n"));

        var encoding = EncodingDetector.Detect(bytes);

        Assert.Equal(TextEncodingKind.Unknown8Bit, encoding.Kind);
        Assert.Equal($"byte 0x{undefined:X2} at offset {Windows1252.GetByteCount(Cafe)} has no character in Windows-1252", encoding.Detail);
    }

    [Fact]
    public void UTF_8_cut_in_the_middle_of_its_last_character_is_damaged_UTF_8_not_Windows_1252()
    {
        // "5 €" cut after the first byte of the euro sign (E2 82 AC): what `head -c` leaves.
        var whole = Utf8(Cafe.TrimEnd() + " 5 \u20AC");
        var cut = whole.AsSpan(0, whole.Length - 2).ToArray();

        var encoding = EncodingDetector.Detect(cut);

        Assert.Equal(new FileEncoding(TextEncodingKind.Utf8, HasBom: false, InvalidBytes: 1, Detail: "it ends in the middle of a character"), encoding);
        Assert.Equal("UTF-8, 1 invalid byte", encoding.DisplayName);
    }

    [Fact]
    public void A_few_stray_bytes_in_UTF_8_text_make_it_damaged_UTF_8_a_reading_as_Windows_1252_would_garble_the_rest()
    {
        // Eight good multi-byte characters, then a Windows-1252 pound sign pasted in.
        var bytes = Concat(Utf8(Cafe), Utf8("Tickets cost "), new byte[] { 0xA3 }, Utf8("5.\n"));

        var encoding = EncodingDetector.Detect(bytes);

        Assert.Equal(TextEncodingKind.Utf8, encoding.Kind);
        Assert.Equal(1, encoding.InvalidBytes);
        Assert.Equal($"the first at offset {Utf8(Cafe).Length + 13}", encoding.Detail);
    }

    [Fact]
    public void ASCII_with_one_Windows_1252_byte_is_Windows_1252()
    {
        // Like the BBC corpus's sport/199.txt: ASCII text and one raw 0xA3 (a pound sign in Windows-1252).
        var bytes = Concat(Utf8("Tickets cost "), new byte[] { 0xA3 }, Utf8("5 at the gate.\n"));

        var encoding = EncodingDetector.Detect(bytes);

        Assert.Equal(TextEncodingKind.Windows1252, encoding.Kind);
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0xAF }, "an overlong '/'")]
    [InlineData(new byte[] { 0xE0, 0x80, 0xAF }, "an overlong '/' in three bytes")]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "an encoded surrogate")]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, "a value above U+10FFFF")]
    public void Sequences_UTF_8_forbids_are_invalid_bytes_in_UTF_8_text(byte[] forbidden, string what)
    {
        var bytes = Concat(Utf8(Cafe), forbidden, Utf8("\n"));

        var encoding = EncodingDetector.Detect(bytes);

        Assert.True(encoding.Kind == TextEncodingKind.Utf8 && encoding.InvalidBytes == forbidden.Length, what + ": " + encoding);
    }

    [Fact]
    public void An_overlong_sequence_in_ASCII_text_is_read_as_the_two_Windows_1252_characters_it_is()
    {
        // C0 AF is no UTF-8 at all ("/" in two bytes, which UTF-8 forbids); in Windows-1252 it is "À¯".
        var bytes = Concat(Utf8("Not a slash: "), new byte[] { 0xC0, 0xAF }, Utf8(" but two letters.\n"));

        Assert.Equal(TextEncodingKind.Windows1252, EncodingDetector.Detect(bytes).Kind);
    }

    [Fact]
    public void Windows_1252_text_that_happens_to_be_valid_UTF_8_is_UTF_8_as_the_compiler_reads_it()
    {
        // "Strauß”" in Windows-1252 is DF 94, which is also valid UTF-8 (U+07D4). UTF-8 wins: the compiler tries UTF-8
        // first and reads it so, and Windows-1252 text is valid UTF-8 only by such a coincidence (each non-ASCII
        // character a letter from C2-F4 followed by the right count of bytes from 80-BF), which real text with more
        // than a couple of non-ASCII characters practically never is.
        var bytes = Windows1252.GetBytes("A waltz by Johann Strau\u00DF\u201D, the programme said.\n");

        var encoding = EncodingDetector.Detect(bytes);

        Assert.Equal(TextEncodingKind.Utf8, encoding.Kind);
        Assert.Null(encoding.Misreading(codePage: null));
    }

    [Fact]
    public void A_NUL_byte_outside_UTF_16_makes_a_file_binary_with_the_generators_reason()
    {
        var bytes = Concat(Utf8(Plain), new byte[] { 0 }, Utf8(Plain));

        var encoding = EncodingDetector.Detect(bytes);

        Assert.Equal(TextEncodingKind.Binary, encoding.Kind);
        Assert.Equal(BinaryContentDetector.Scan(Plain + "\0" + Plain, CancellationToken.None).NotText, encoding.Detail);
    }

    [Fact]
    public void Image_bytes_are_binary()
    {
        // A PNG signature and the start of its header chunk.
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0 };

        Assert.Equal(TextEncodingKind.Binary, EncodingDetector.Detect(png).Kind);
    }

    [Fact]
    public void Random_bytes_without_NULs_are_binary_not_an_unknown_code_page()
    {
        var random = new Random(11);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = bytes[i] == 0 ? (byte)1 : bytes[i];
        }

        Assert.Equal(TextEncodingKind.Binary, EncodingDetector.Detect(bytes).Kind);
    }

    [Fact]
    public void Little_endian_numbers_with_the_NUL_pattern_of_UTF_16_are_still_binary()
    {
        // 16-bit samples 1..200: every other byte NUL like UTF-16 LE text, but the "characters" are controls.
        var bytes = Enumerable.Range(1, 200).SelectMany(n => BitConverter.GetBytes((short)(n % 30))).ToArray();

        Assert.Equal(TextEncodingKind.Binary, EncodingDetector.Detect(bytes).Kind);
    }

    [Theory]
    [InlineData(9, true)]
    [InlineData(10, false)]
    public void Control_characters_make_a_file_binary_exactly_where_the_generator_draws_the_line(int visiblePerControl, bool binary)
    {
        // The generator calls text binary when controls * 9 >= visible characters.
        var text = string.Concat(Enumerable.Repeat(new string('a', visiblePerControl) + "\u0001", 20));

        var encoding = EncodingDetector.Detect(Utf8(text));

        Assert.Equal(binary ? TextEncodingKind.Binary : TextEncodingKind.Ascii, encoding.Kind);
        Assert.Equal(binary, BinaryContentDetector.Scan(text, CancellationToken.None).NotText is not null);
    }

    [Fact]
    public void A_UTF_16_file_with_a_BOM_and_an_unpaired_surrogate_is_damaged_UTF_16()
    {
        var bytes = Concat(Utf16(Plain, bigEndian: false, bom: true), new byte[] { 0x00, 0xD8 }, Utf16("x\n", bigEndian: false, bom: false));

        var encoding = EncodingDetector.Detect(bytes);

        Assert.Equal(TextEncodingKind.Utf16LittleEndian, encoding.Kind);
        Assert.Equal(2, encoding.InvalidBytes);
        Assert.Equal("UTF-16 LE with BOM, 2 invalid bytes", encoding.DisplayName);
    }

    [Fact]
    public void UTF_16_keeps_surrogate_pairs_as_characters()
    {
        var encoding = EncodingDetector.Detect(Utf16(Plain + "A ferry emoji: \U0001F6F3\n", bigEndian: true, bom: true));

        Assert.False(encoding.IsDamaged);
    }
}
