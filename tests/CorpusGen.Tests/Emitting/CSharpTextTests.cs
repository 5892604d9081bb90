using System.Linq;
using System.Text;
using CorpusGen.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace CorpusGen.Tests.Emitting;

public class CSharpTextTests
{
    private static readonly char[] s_lineBreaks = { '\r', '\n', '\u0085', '\u2028', '\u2029' };

    /// <summary>Parses the literal with the real C# parser and returns the string value it denotes.</summary>
    private static string RoundTrip(string value, LanguageVersion version = LanguageVersion.CSharp7_3)
    {
        var literal = CSharpText.Literal(value);
        Assert.True(literal.IndexOfAny(s_lineBreaks) < 0, "a literal must stay on one line");
        var expression = SyntaxFactory.ParseExpression(literal, options: new CSharpParseOptions(version));
        Assert.Empty(expression.GetDiagnostics());
        var token = Assert.IsType<LiteralExpressionSyntax>(expression).Token;
        return (string)token.Value!;
    }

    [Fact]
    public void Every_UTF16_code_unit_round_trips_through_the_compiler()
    {
        for (var start = 0; start <= 0xFFFF; start += 512)
        {
            var chunk = new StringBuilder();
            for (var c = start; c < start + 512; c++)
            {
                // Pad each unit with ASCII so surrogates stay lone and are tested as such.
                chunk.Append('x').Append((char)c);
            }

            var value = chunk.ToString();
            Assert.Equal(value, RoundTrip(value));
        }
    }

    [Fact]
    public void Data_literals_round_trip_every_unit_and_write_only_ascii_and_plain_ideographs_as_themselves()
    {
        var all = new string(Enumerable.Range(0, 0x10000).Select(c => (char)c).ToArray());
        var literal = CSharpText.DataLiteral(all);
        var expression = SyntaxFactory.ParseExpression(literal, options: new CSharpParseOptions(LanguageVersion.CSharp7_3));
        Assert.Empty(expression.GetDiagnostics());
        Assert.Equal(all, (string)Assert.IsType<LiteralExpressionSyntax>(expression).Token.Value!);

        var raw = literal.Substring(1, literal.Length - 2).Replace("\\u", string.Empty).Where(c => c > '~').ToArray();
        Assert.Equal(0x9FFF - 0x3400 + 1, raw.Length);
        Assert.All(raw, c =>
        {
            Assert.InRange(c, '\u3400', '\u9FFF');
            // What makes them safe to write as is: no case, no decomposition, nothing that combines or reorders.
            Assert.Equal(c.ToString(), c.ToString().Normalize(NormalizationForm.FormKD));
            Assert.Contains(System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c), new[] { System.Globalization.UnicodeCategory.OtherLetter, System.Globalization.UnicodeCategory.OtherSymbol, System.Globalization.UnicodeCategory.OtherNotAssigned });
        });
    }

    [Theory]
    [InlineData("\uD83D\uDCF0 news")]
    [InlineData("\uDBFF\uDFFF")]
    [InlineData("\uDB80\uDC00 private use plane 15")]
    [InlineData("end\uD800")]
    [InlineData("\uDC00start")]
    [InlineData("\"; System.Environment.Exit(1); //")]
    [InlineData("\\u0022 is not a quote here")]
    [InlineData("*/ </summary> #if false {0} $\"{x}\"")]
    public void Tricky_strings_round_trip(string value)
    {
        Assert.Equal(value, RoundTrip(value));
        Assert.Equal(value, RoundTrip(value, LanguageVersion.Latest));
    }

    [Theory]
    [InlineData("\u202E", "\\u202E")]
    [InlineData("\u2028", "\\u2028")]
    [InlineData("\u00A0", "\\u00A0")]
    [InlineData("\uFEFF", "\\uFEFF")]
    [InlineData("\u0085", "\\u0085")]
    [InlineData("\U000E0001", "\\U000E0001")]
    public void Invisible_and_line_breaking_characters_are_escaped(string value, string escaped)
    {
        Assert.Equal("\"" + escaped + "\"", CSharpText.Literal(value));
    }

    [Fact]
    public void Readable_text_stays_readable()
    {
        Assert.Equal("\"£15.8m for Zürich's café — «ok»\"", CSharpText.Literal("£15.8m for Zürich's café — «ok»"));
        Assert.Equal("null", CSharpText.Literal(null));
    }

    [Theory]
    [InlineData("a</summary><script>", "a&lt;/summary&gt;&lt;script&gt;")]
    [InlineData("Tom & Jerry", "Tom &amp; Jerry")]
    [InlineData("one\ntwo\u2028three\u0085four\u2029five\rsix", "one two three four five six")]
    [InlineData("bidi \u202Eevil\u202C here", "bidi evil here")]
    [InlineData("  spaced \t out  ", "spaced out")]
    public void Doc_text_is_one_harmless_line(string value, string expected)
    {
        Assert.Equal(expected, CSharpText.DocText(value));
    }

    [Fact]
    public void Doc_text_drops_lone_surrogates()
    {
        // Built at run time: a lone surrogate in an attribute argument would be mangled to U+FFFD.
        Assert.Equal("lone surrogate", CSharpText.DocText("lone " + (char)0xD800 + " surrogate"));
    }

    [Fact]
    public void Doc_text_is_cut_with_an_ellipsis_without_splitting_a_surrogate_pair()
    {
        Assert.Equal("abcde\u2026", CSharpText.DocText("abcdefghij", 5));
        Assert.Equal("abcd\u2026", CSharpText.DocText("abcd\uD83D\uDCF0fgh", 5));
    }

    [Fact]
    public void Doc_text_of_every_code_unit_is_well_formed_xml_in_a_doc_comment()
    {
        var all = new string(Enumerable.Range(0, 0x10000).Select(c => (char)c).ToArray());
        var source = "/// <summary>" + CSharpText.DocText(all) + "</summary>\npublic class C { }\n";
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(documentationMode: DocumentationMode.Diagnose));

        Assert.Empty(tree.GetDiagnostics());
        Assert.Single(tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>());
    }
}
