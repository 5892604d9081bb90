using System.Collections.Generic;

namespace CorpusGen.Parsing;

/// <summary>The role a line of an article file got from the parser.</summary>
internal enum LineRole
{
    Blank,
    Caption,
    Headline,
    Dateline,
    Paragraph,
    Repeat,
    Credit,
    Debris,
    Copyright,
    Trailer,
}

/// <summary>One line's role and the rule that gave it; <see cref="Paragraph"/> is 1-based (the one repeated, for a repeat).</summary>
internal readonly record struct TracedLine(LineRole Role, string? Rule, int Paragraph = 0);

/// <summary>
/// What the parser decided for each line of a file, and why, for <c>corpusgen explain</c>. Recorded by
/// <see cref="ArticleParser.ParseText"/> itself as it decides, so the explanation cannot drift from the parsing;
/// builds never pass one (null), and then nothing is recorded.
/// </summary>
internal sealed class ParseTrace
{
    private readonly Dictionary<int, TracedLine> _lines = new();

    /// <summary>Why the body's lines were joined into paragraphs at blank lines; null when each line is a paragraph.</summary>
    public string? HardWrapEvidence { get; internal set; }

    /// <summary>Why the first line is not a headline, when the title was derived from the text.</summary>
    public string? TitleDerivedBecause { get; internal set; }

    /// <summary>The inline dateline found at the start of the first paragraph ("WASHINGTON (Reuters) - "), if any.</summary>
    public string? InlineDateline { get; internal set; }

    /// <summary>The role of 0-based <paramref name="line"/>; a line the parser gave no role is blank.</summary>
    public TracedLine this[int line] => _lines.TryGetValue(line, out var traced) ? traced : new TracedLine(LineRole.Blank, null);

    internal void Mark(int line, LineRole role, string? rule, int paragraph = 0) => _lines[line] = new TracedLine(role, rule, paragraph);

    /// <summary>Gives <paramref name="line"/>'s role the rule that explains it.</summary>
    internal void Annotate(int line, string rule) => _lines[line] = this[line] with { Rule = rule };

    internal void Mark(int line, int count, LineRole role, string? rule, int paragraph = 0)
    {
        for (var i = 0; i < count; i++)
        {
            Mark(line + i, role, rule, paragraph);
        }
    }
}
