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
    EquatableArray<DiagnosticInfo> Diagnostics);
