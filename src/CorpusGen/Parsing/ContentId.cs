using System;
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

    // Creating a hash object costs more than hashing a whole article; the generator may run on several threads.
    [ThreadStatic]
    private static SHA256? s_sha;

    public static string Compute(string title, string? dateline, IEnumerable<string> paragraphs)
    {
        var normalized = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            normalized.Add(TextNormalizer.Normalize(paragraph));
        }

        return FromNormalized(TextNormalizer.Normalize(title), dateline is null ? null : TextNormalizer.Normalize(dateline), normalized);
    }

    /// <summary>The same id from texts already normalised (the parser has them from deduplication).</summary>
    public static string FromNormalized(string title, string? dateline, IEnumerable<string> paragraphs)
    {
        var builder = new StringBuilder();
        builder.Append(title).Append(FieldSeparator);
        builder.Append(dateline ?? string.Empty).Append(FieldSeparator);
        foreach (var paragraph in paragraphs)
        {
            builder.Append(paragraph).Append(ParagraphSeparator);
        }

        var hash = (s_sha ??= SHA256.Create()).ComputeHash(Utf16Bytes(builder.ToString()));
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
