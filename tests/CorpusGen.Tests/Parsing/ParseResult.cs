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

    public IEnumerable<string> Ids => Diagnostics.Select(d => d.Id);

    /// <summary>Each diagnostic as "ID@line" (1-based, as an editor shows it), in the order they were reported.</summary>
    public IEnumerable<string> IdsAtLines => Diagnostics.Select(d => d.Id + "@" + ((d.Location?.Line ?? -1) + 1));
}
