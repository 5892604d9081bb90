using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CorpusGen.Diagnostics;
using CorpusGen.Parsing;
using CorpusGen.Reading;

namespace CorpusGen.Tests.Parsing;

/// <summary>Runs the parser on text the way the generator does, keeping the diagnostics for assertions.</summary>
internal sealed record ParseResult(ArticleContent? Content, IReadOnlyList<DiagnosticInfo> Diagnostics)
{
    public static ParseResult Of(string text, string path = "corpus/a.txt", FileOverrides? overrides = null)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var content = ArticleParser.ParseText(text, path, path, diagnostics, CancellationToken.None, overrides: overrides);
        return new ParseResult(content, diagnostics);
    }

    public ArticleContent Article => Content ?? throw new Xunit.Sdk.XunitException("no article was parsed: " + string.Join(", ", Ids));

    /// <summary>
    /// Everything the article says, as text: what two parses of the same article written differently (line endings,
    /// a BOM) must agree on, while the positions of the text in each file differ.
    /// </summary>
    public string Reading
    {
        get
        {
            var a = Article;
            return string.Join(
                "\n",
                new[]
                {
                    "headline=" + a.Headline, "caption=" + a.Caption, "derived=" + a.DerivedTitle, "dateline=" + a.Dateline,
                    "agency=" + a.Agency, "copyright=" + a.Copyright, "year=" + a.Year, "repeated=" + a.RepeatedParagraphs,
                    "id=" + a.Id, "utf8=" + a.Utf8Encodable, "bands=" + string.Join(",", a.BandKeys),
                    "hashes=" + string.Join(",", a.ParagraphHashes),
                }
                .Concat(a.Paragraphs.Select(p => "paragraph=" + p))
                .Concat(a.Trailer.Select(t => "trailer=" + t))
                .Concat(a.Credits.Select(c => "credit=" + c))
                .Concat(a.Boilerplate.Select(b => "debris=" + b)));
        }
    }

    public IEnumerable<string> Ids => Diagnostics.Select(d => d.Id);

    /// <summary>Each diagnostic as "ID@line" (1-based, as an editor shows it), in the order they were reported.</summary>
    public IEnumerable<string> IdsAtLines => Diagnostics.Select(d => d.Id + "@" + ((d.Location?.Line ?? -1) + 1));
}
