using System.Linq;
using CsCheck;

namespace CorpusGen.Tests.Properties;

/// <summary>
/// Generators of hostile article text: every Unicode category, lone surrogates (as a UTF-16 file or the compiler's
/// decoding can deliver them), C# line terminators, NUL and control characters, fragments of C# and XML syntax,
/// and now and then a very long line.
/// </summary>
internal static class ArticleTextGen
{
    private static readonly string[] s_fragments =
    {
        "\"", "\\", "\\u0022", "*/", "/*", "//", "</summary>", "<para>", "&amp;", "#if DEBUG", "#nullable disable", "{0}",
        "$\"{x}\"", "\"\"\"", "@\"", "'", "`", "\u00A9 2015", "(c)", "Copyright", "File photo of", "KUALA LUMPUR:",
        "WASHINGTON (Reuters) - ", "NEW YORK (AP) \u2014 ", "Photo by", "Read more", "(Jo Roe/Example Images)", "}", "{", ";", "\u202E", "\u200B", "\uFEFF", "\uD83D\uDCF0", "\uFFFD", "\u00A3",
    };

    private static readonly Gen<char> s_char = Gen.Frequency(
        (60, Gen.Char[' ', '~']),
        (8, Gen.OneOfConst(' ', '\t', '\u00A0', '\u2028', '\u2029', '\u0085', '\u3000', '\v', '\f')),
        (3, Gen.Char['\0', '\u001F']),
        (10, Gen.Char['\u0080', '\uD7FF']),
        (4, Gen.Char['\uD800', '\uDFFF']),
        (5, Gen.Char['\uE000', '\uFFFF']));

    private static readonly Gen<string> s_run = Gen.Frequency(
        (80, Gen.String[s_char, 0, 40]),
        (15, Gen.OneOfConst(s_fragments)),
        (1, Gen.String[Gen.Char['a', 'z'], 3000, 6000]));

    /// <summary>One line: runs of characters and fragments, without line breaks of its own.</summary>
    public static readonly Gen<string> Line = s_run.Array[0, 6].Select(parts => string.Concat(parts).Replace("\r", string.Empty).Replace("\n", string.Empty));

    private static readonly Gen<string> s_newline = Gen.OneOfConst("\n", "\r\n", "\r", "\n\n", "\r\n  \r\n");

    /// <summary>A whole file: lines joined by mixed line endings, sometimes with a BOM, sometimes repeating itself.</summary>
    public static readonly Gen<string> Article =
        Gen.Select(Line.Array[0, 12], s_newline.Array[12], Gen.Bool, Gen.Bool, (lines, newlines, bom, repeat) =>
        {
            var body = lines.Concat(repeat ? lines.Skip(1) : Enumerable.Empty<string>()).ToArray();
            var text = string.Concat(body.Select((line, i) => line + newlines[i % newlines.Length]));
            return bom ? "\uFEFF" + text : text;
        });
}
