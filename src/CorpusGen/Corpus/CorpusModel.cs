using CorpusGen.Diagnostics;
using CorpusGen.Helpers;
using CorpusGen.Parsing;

namespace CorpusGen.Corpus;

/// <summary>The whole corpus after deduplication and naming: what the emitters need, as plain values.</summary>
/// <param name="ArticleType">Where and how the Article type is written; null when the project has no article files.</param>
internal sealed record CorpusModel(
    EquatableArray<ArticleSpec> Articles,
    EquatableArray<IndexSpec> Indexes,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EmitTarget? ArticleType);

/// <summary>One generated article property and its data.</summary>
/// <param name="SourcePath">Project-relative path of the file the article was read from.</param>
/// <param name="DuplicateSources">Files with the same content that were merged into this article.</param>
internal sealed record ArticleSpec(
    EmitTarget Target,
    string Name,
    string HintName,
    string SourcePath,
    ArticleContent Content,
    EquatableArray<string> DuplicateSources,
    EquatableArray<string> NearDuplicates = default);

/// <summary>
/// One index class (All, TryGet). It holds names only, never text, so editing an article body leaves it cached.
/// </summary>
internal sealed record IndexSpec(EmitTarget Target, string HintName, EquatableArray<string> Names);
