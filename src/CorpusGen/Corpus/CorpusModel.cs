using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CorpusGen.Diagnostics;
using CorpusGen.Helpers;
using CorpusGen.Parsing;

namespace CorpusGen.Corpus;

/// <summary>The whole corpus after deduplication and naming: what the emitters need, as plain values.</summary>
/// <param name="ArticleType">Where and how the Article type is written; null when the project has no article files.</param>
/// <param name="SharedTexts">UTF-8 storage only: shards holding the paragraphs that several articles share.</param>
/// <param name="ArticlesOfRepeatedPaths">
/// Articles of files listed more than once: both entries would ask <see cref="ArticleFor"/> for the same source, so
/// these are emitted from the corpus instead.
/// </param>
internal sealed record CorpusModel(
    EquatableArray<ArticleSpec> Articles,
    EquatableArray<IndexSpec> Indexes,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EmitTarget? ArticleType,
    EquatableArray<SharedTextSpec> SharedTexts = default,
    EquatableArray<ArticleSpec> ArticlesOfRepeatedPaths = default)
{
    // Built once per model, outside the record's equality: the pipeline asks once per file.
    private static readonly ConditionalWeakTable<CorpusModel, Dictionary<string, ArticleSpec>> s_bySourcePath = new();

    /// <summary>
    /// The article a file became, or null when it became none (rejected, merged into another file's article, or
    /// listed twice as AdditionalFiles: those are in <see cref="ArticlesOfRepeatedPaths"/>). The pipeline routes
    /// each file's source through this, per file, because the driver matches a SelectMany's outputs by position:
    /// a file added in the middle would make every later article look modified.
    /// </summary>
    public ArticleSpec? ArticleFor(ParsedArticle file)
    {
        var bySourcePath = s_bySourcePath.GetValue(this, static model =>
        {
            var map = new Dictionary<string, ArticleSpec>(StringComparer.Ordinal);
            foreach (var article in model.Articles)
            {
                map[article.SourcePath] = article;
            }

            foreach (var article in model.ArticlesOfRepeatedPaths)
            {
                map.Remove(article.SourcePath);
            }

            return map;
        });
        return bySourcePath.TryGetValue(file.RelativePath, out var spec) ? spec : null;
    }
}

/// <summary>One generated article property and its data.</summary>
/// <param name="SourcePath">Project-relative path of the file the article was read from.</param>
/// <param name="DuplicateSources">Files with the same content that were merged into this article.</param>
/// <param name="SharedParagraphs">
/// Empty, or one entry per paragraph: the member of a <see cref="SharedTextSpec"/> shard that holds it (for example
/// "__cg_Shared_3F.P_3fa2c1d0e5b6a7c8"), or "" for a paragraph stored with the article.
/// </param>
internal sealed record ArticleSpec(
    EmitTarget Target,
    string Name,
    string HintName,
    string SourcePath,
    ArticleContent Content,
    EquatableArray<string> DuplicateSources,
    EquatableArray<string> NearDuplicates = default,
    EquatableArray<string> SharedParagraphs = default);

/// <summary>
/// One shard of paragraphs shared by several articles of a class, stored once in one u8 literal. A paragraph's shard
/// and member name come from a hash of its text, so a change in what is shared re-emits one shard, not all.
/// </summary>
/// <param name="TypeName">The nested type holding the shard, such as "__cg_Shared_3F".</param>
/// <param name="Paragraphs">The shard's paragraphs, ordered by member name.</param>
internal sealed record SharedTextSpec(EmitTarget Target, string HintName, string TypeName, EquatableArray<SharedParagraph> Paragraphs);

/// <summary>A paragraph in a shard: its member name (such as "P_3fa2c1d0e5b6a7c8") and its exact text.</summary>
internal sealed record SharedParagraph(string Member, string Text);

/// <summary>
/// One index class (All, TryGet). It holds names only, never text, so editing an article body leaves it cached.
/// </summary>
internal sealed record IndexSpec(EmitTarget Target, string HintName, EquatableArray<string> Names);
