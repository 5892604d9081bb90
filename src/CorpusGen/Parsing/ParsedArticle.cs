using CorpusGen.Diagnostics;
using CorpusGen.Helpers;

namespace CorpusGen.Parsing;

/// <summary>One article file after parsing: its content (null when the file yields no article) and its diagnostics.</summary>
/// <param name="FilePath">The path the compiler gave, for diagnostic locations.</param>
/// <param name="RelativePath">Project-relative path with '/' separators: ordering key and SourcePath.</param>
internal sealed record ParsedArticle(
    string FilePath,
    string RelativePath,
    string? NameOverride,
    string? ClassOverride,
    ArticleContent? Content,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>
    /// The name the content suggests (caption, headline, file name), before collisions: derived here, in the cached
    /// per-file step, so the corpus step does not re-derive every name on each edit.
    /// </summary>
    public string? DerivedName { get; } = Content is null ? null : ArticleNamer.Derive(Content, RelativePath);
}
