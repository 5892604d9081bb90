using CorpusGen.Diagnostics;
using CorpusGen.Helpers;
using CorpusGen.Parsing;

namespace CorpusGen.Corpus;

/// <summary>The whole corpus after deduplication and naming: what the emitters need, as plain values.</summary>
/// <param name="ArticleType">Where and how the Article type is written; null when the project has no article files.</param>
/// <param name="Slots">
/// Per class, <see cref="SlotPlan.SlotCount"/> fixed slots in slot order (empty ones emit nothing): the driver matches
/// a SelectMany's outputs by position, so a slot must keep its place when articles come and go.
/// </param>
/// <param name="SharedTexts">Per class, <see cref="SharedParagraphPlanner.ShardCount"/> fixed shards of shared paragraphs.</param>
/// <param name="StringHeapCharacters">
/// Characters the articles' string literals put into the assembly's #US heap (an estimate that errs high), when the
/// text is stored in strings; search literals must fit beside them.
/// </param>
internal sealed record CorpusModel(
    EquatableArray<IndexSpec> Indexes,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EmitTarget? ArticleType,
    EquatableArray<SlotSpec> Slots,
    EquatableArray<SharedTextSpec> SharedTexts,
    long StringHeapCharacters = 0)
{
    /// <summary>Every article, class by class in the order of each class's All: a view of the slots, not part of equality.</summary>
    public System.Collections.Generic.IReadOnlyList<ArticleSpec> Articles
    {
        get
        {
            var articles = new System.Collections.Generic.List<ArticleSpec>();
            for (var c = 0; c < Indexes.Count; c++)
            {
                var index = Indexes[c];
                for (var position = 0; position < index.Names.Count; position++)
                {
                    articles.Add(Slots[(c * SlotPlan.SlotCount) + index.Slots[position]].Articles[index.Locals[position]]);
                }
            }

            return articles;
        }
    }
}

/// <summary>One article: its name, where it came from, and its text.</summary>
/// <param name="SourcePath">Project-relative path of the file the article was read from.</param>
/// <param name="DuplicateSources">Files with the same content that were merged into this article.</param>
/// <param name="HasProperty">
/// The article has a property on its class: false past <see cref="CorpusBuilder.MaxPropertiesPerClass"/> (CG0014).
/// </param>
/// <param name="SharedParagraphs">
/// Empty, or one entry per paragraph: the hash under which a <see cref="SharedTextSpec"/> shard holds it, or 0 for a
/// paragraph stored with the article (a shared paragraph never has the hash 0).
/// </param>
internal sealed record ArticleSpec(
    string Name,
    string SourcePath,
    ArticleContent Content,
    EquatableArray<string> DuplicateSources,
    EquatableArray<string> NearDuplicates = default,
    EquatableArray<ulong> SharedParagraphs = default,
    bool HasProperty = true);

/// <summary>
/// The articles of a class whose source paths hash to one slot: they are written together, as one generated source
/// holding their text and offset table, so editing an article re-emits its slot only.
/// </summary>
/// <param name="Articles">The slot's articles in ordinal path order; an article's position here is its local index.</param>
internal sealed record SlotSpec(EmitTarget Target, int Slot, string HintName, EquatableArray<ArticleSpec> Articles);

/// <summary>
/// One shard of paragraphs shared by several articles of a class, stored once. A paragraph's shard and key come from
/// a hash of its text, so a change in what is shared re-emits one shard, not all.
/// </summary>
/// <param name="Paragraphs">The shard's paragraphs, ordered by hash (the generated code binary-searches them).</param>
internal sealed record SharedTextSpec(EmitTarget Target, int Shard, string HintName, EquatableArray<SharedParagraph> Paragraphs);

/// <summary>A paragraph in a shard: the hash articles refer to it by, and its exact text.</summary>
internal sealed record SharedParagraph(ulong Hash, string Text);

/// <summary>
/// One index class: Count, Names, All and TryGet over a table of (slot, local index) per article, and the titles, so
/// listing them reads no slot. It holds names and titles, never bodies, so editing an article's body leaves it cached.
/// </summary>
/// <param name="Names">Article names in the order of All (ordinal path order).</param>
/// <param name="Slots">For each article of <paramref name="Names"/>, its slot.</param>
/// <param name="Locals">For each article of <paramref name="Names"/>, its index within its slot.</param>
/// <param name="Titles">For each article of <paramref name="Names"/>, its title.</param>
internal sealed record IndexSpec(EmitTarget Target, string HintName, EquatableArray<string> Names, EquatableArray<int> Slots, EquatableArray<int> Locals, EquatableArray<string> Titles);
