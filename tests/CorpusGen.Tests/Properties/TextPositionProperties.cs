using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CorpusGen.Diagnostics;
using CorpusGen.Helpers;
using CorpusGen.Parsing;
using CorpusGen.Reading;
using CsCheck;
using Xunit;

namespace CorpusGen.Tests.Properties;

/// <summary>
/// The models keep paragraphs as positions in the file's text (<see cref="TextRef"/>), read back when the code is
/// written: whatever the white space and line endings, reading back gives exactly the paragraphs the rules made.
/// </summary>
public class TextPositionProperties
{
    private static readonly Gen<string> Word = Gen.Char['b', 'z'].Array[1, 7].Select(c => new string(c));
    private static readonly Gen<string> Space = Gen.OneOfConst(string.Empty, " ", "  ", "\t", "\u00A0", " \t ");
    private static readonly Gen<string> Newline = Gen.OneOfConst("\n", "\r\n", "\r");

    private static readonly Gen<(string Lead, string[] Words, string Trail, string Newline)> Line =
        Gen.Select(Space, Word.Array[1, 9], Space, Newline);

    [Fact]
    public void Hard_wrapped_paragraphs_read_back_as_their_trimmed_lines_joined_by_a_space()
    {
        Gen.Select(Line.Array[1, 5].Array[1, 6], Space, Newline, Gen.Bool)
            .Sample(
                (blocks, blankSpace, blankNewline, dateline) =>
                {
                    var text = new System.Text.StringBuilder();
                    var expected = new List<string>();
                    for (var b = 0; b < blocks.Length; b++)
                    {
                        // A distinct first word per block, so no paragraph repeats another.
                        var lines = blocks[b].Select((l, i) => (l.Lead, Words: i == 0 ? l.Words.Prepend("block" + b).ToArray() : l.Words, l.Trail, l.Newline)).ToArray();
                        if (b == 0 && dateline)
                        {
                            // The dateline's dash ends a line, so the paragraph's text starts on the next one.
                            text.Append("WASHINGTON (Reuters) -").Append(lines[0].Newline);
                        }

                        foreach (var line in lines)
                        {
                            text.Append(line.Lead).Append(string.Join(" ", line.Words)).Append(line.Trail).Append(line.Newline);
                        }

                        expected.Add(string.Join(" ", lines.Select(l => string.Join(" ", l.Words))));
                        // A bare "\r" then "\n" would be one CRLF break, not a blank line: repeat the line's own break then.
                        text.Append(blankSpace).Append(blankSpace.Length == 0 ? lines[lines.Length - 1].Newline : blankNewline);
                    }

                    var diagnostics = new List<DiagnosticInfo>();
                    var content = ArticleParser.ParseText(text.ToString(), "a.txt", "a.txt", diagnostics, CancellationToken.None, overrides: FileOverrides.From("blocks", "false"));

                    Assert.NotNull(content);
                    Assert.Equal(expected, content!.Paragraphs);
                    Assert.Equal(dateline ? "WASHINGTON" : null, content.Dateline);
                    Assert.Equal(expected.Sum(p => (long)p.Length), content.ParagraphLength);

                    // Lines were joined when a block has two or more, the dateline's own line counted: cutting the
                    // dateline from the text leaves the lines joined.
                    var lineCount = blocks.Sum(b => b.Length) + (dateline ? 1 : 0);
                    var joined = diagnostics.SingleOrDefault(d => d.Id == "CG0020");
                    Assert.Equal(dateline || blocks.Any(b => b.Length > 1), joined is not null);
                    Assert.Equal(joined is null ? null : lineCount.ToString(System.Globalization.CultureInfo.InvariantCulture), joined?.Arguments[2]);
                },
                iter: 2_000);
    }
    /// <summary>
    /// The parse step hashes and signs the paragraphs as it made them, from its own strings; the positions are read
    /// back later, when a slot is written. For any text in any layout the two must be the same text: each paragraph
    /// read back has the hash made of it, and the title and paragraphs read back have the band keys made of them.
    /// </summary>
    [Fact]
    public void Any_text_in_any_layout_reads_back_as_the_text_the_parse_step_hashed_and_signed()
    {
        Gen.Select(ArticleTextGen.Article, Gen.OneOfConst("auto", "lines", "blocks"), Gen.OneOfConst<string?>(null, "true", "false"))
            .Sample(
                (text, layout, headline) =>
                {
                    var content = ArticleParser.ParseText(text, "a.txt", "a.txt", new List<DiagnosticInfo>(), CancellationToken.None, overrides: FileOverrides.From(layout, headline));
                    if (content is null)
                    {
                        return;
                    }

                    var paragraphs = content.Paragraphs;
                    Assert.Equal(content.ParagraphHashes.Count, paragraphs.Count);
                    for (var p = 0; p < paragraphs.Count; p++)
                    {
                        Assert.Equal(content.ParagraphHashes[p], Fnv.HashMixed(paragraphs[p]));
                        Assert.Equal(paragraphs[p], content.Paragraph(p));
                    }

                    Assert.Equal(content.BandKeys, new EquatableArray<ulong>(MinHashSignature.BandKeysOf(content.ComparableLines)));
                    Assert.Equal(
                        content.Utf8Encodable,
                        Utf8Text.CanEncode(paragraphs) && Utf8Text.CanEncode(content.Trailer) && Utf8Text.CanEncode(content.Credits) && Utf8Text.CanEncode(content.Boilerplate)
                            && Utf8Text.CanEncode(content.Title) && Utf8Text.CanEncode(content.Dateline) && Utf8Text.CanEncode(content.Agency) && Utf8Text.CanEncode(content.Copyright));
                },
                iter: 3_000);
    }
}
