using System.Linq;
using System.Text;
using CorpusGen.Cli.Encodings;

namespace CorpusGen.Cli.Tests.Encodings;

/// <summary>
/// Articles written for these tests, with the characters that tell encodings apart: accented letters, curly
/// quotes, dashes and the euro sign (all one byte in Windows-1252, two or three in UTF-8), and mixed line endings.
/// </summary>
internal static class TestArticles
{
    public const string Cafe =
        "Caf\u00E9 owner\u2019s \u201Cr\u00E9sum\u00E9\u201D \u2014 5 \u20AC\r\n\r\n"
        + "The owner of the harbour caf\u00E9 printed her r\u00E9sum\u00E9 on the back of the menu \u2013 na\u00EFvely, she says.\r\n\r\n"
        + "\u201CIt cost me 5 \u20AC and a weekend,\u201D she said. \u00A9 Quay Gazette 2024\r\n";

    public const string Ferry =
        "Ferry crossing cancelled\n\n"
        + "The 7:15 ferry to \u00CEle d\u2019Yeu did not sail on Monday \u2026 gusts reached 90 km/h.\n\n"
        + "Passengers were offered a refund of \u00A312 or a seat on Tuesday\u2019s crossing.\r"
        + "The operator apologised \u2018for any inconvenience\u2019.\n";

    public const string Plain = "Council meets on Tuesday\n\nThe agenda has three items, none of them new.\n";

    public static Encoding Windows1252 => StrictEncodings.Windows1252;

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] WithUtf8Bom(string text) => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

    public static byte[] Utf16(string text, bool bigEndian, bool bom)
    {
        var encoding = new UnicodeEncoding(bigEndian, bom);
        return encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();
    }

    public static byte[] Utf32(string text, bool bigEndian)
    {
        var encoding = new UTF32Encoding(bigEndian, byteOrderMark: true);
        return encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();
    }

    public static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
}
