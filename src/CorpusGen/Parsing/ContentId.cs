using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace CorpusGen.Parsing;

/// <summary>
/// A stable identity of an article's kept content (title, dateline, paragraphs), in the same normalised form
/// used for deduplication, so two files that differ only in whitespace, BOM or line endings get the same id.
/// </summary>
internal static class ContentId
{
    // Separators that cannot occur in normalised text boundaries ambiguously: "a b" + "c" differs from "a" + "b c".
    private const char FieldSeparator = '\u001F';
    private const char ParagraphSeparator = '\u001E';

    public static string Compute(string title, string? dateline, IEnumerable<string> paragraphs)
    {
        var builder = new StringBuilder();
        builder.Append(TextNormalizer.Normalize(title)).Append(FieldSeparator);
        builder.Append(dateline is null ? string.Empty : TextNormalizer.Normalize(dateline)).Append(FieldSeparator);
        foreach (var paragraph in paragraphs)
        {
            builder.Append(TextNormalizer.Normalize(paragraph)).Append(ParagraphSeparator);
        }

        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Utf16Bytes(builder.ToString()));
        var hex = new StringBuilder(32);
        for (var i = 0; i < 16; i++)
        {
            hex.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    // Raw UTF-16 code units: an encoder would replace lone surrogates, making different texts hash alike.
    private static byte[] Utf16Bytes(string text)
    {
        var bytes = new byte[text.Length * 2];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[2 * i] = (byte)text[i];
            bytes[(2 * i) + 1] = (byte)(text[i] >> 8);
        }

        return bytes;
    }
}
