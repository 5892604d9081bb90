using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using CorpusGen.Helpers;
using CorpusGen.Parsing;

namespace CorpusGen.Corpus;

/// <summary>
/// Decides which paragraphs several articles of a class share, and where each is stored once: shard and key come
/// from a 64-bit hash of the paragraph's exact text, so adding or removing a shared paragraph changes one shard and
/// the slots of the articles that use it, never the rest of the corpus.
/// </summary>
/// <remarks>
/// Articles are stored as one literal per slot, so the compiler no longer folds equal paragraphs into one string
/// literal for us: syndicated text would be stored once per article without this.
/// </remarks>
internal static class SharedParagraphPlanner
{
    /// <summary>Shards per class: few enough that each literal stays large (literals and files have a fixed cost).</summary>
    public const int ShardCount = 16;

    public static int ShardOf(ulong hash) => (int)(hash >> 60);

    /// <summary>The plan for one class: each article's paragraph references, and <see cref="ShardCount"/> shards (empty ones emit nothing).</summary>
    /// <param name="articles">The class's articles; null for those that take no part in sharing.</param>
    public static (EquatableArray<ulong>[] References, List<SharedTextSpec> Shards) Plan(
        EmitTarget target,
        IReadOnlyList<ArticleContent?> articles,
        HintNames hintNames,
        CancellationToken cancellationToken)
    {
        // Which hashes occur in two or more articles, with the same text. Two different texts with one hash (not
        // expected at 64 bits, but possible) are never shared, so a collision can cost space but never change text.
        // The first occurrence of each hash as a value (article, paragraph), so the common case of a paragraph no one
        // else has allocates nothing: this runs over every paragraph of the class on every edit.
        var first = new Dictionary<ulong, long>();
        var usage = new Dictionary<ulong, Usage>();
        for (var a = 0; a < articles.Count; a++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var content = articles[a];
            if (content is null)
            {
                continue;
            }

            // Hashed in the cached per-file step, so an edit hashes only the edited article's text.
            var hashes = content.ParagraphHashes;
            for (var p = 0; p < hashes.Count; p++)
            {
                if (!first.TryGetValue(hashes[p], out var at))
                {
                    first[hashes[p]] = ((long)a << 32) | (uint)p;
                    continue;
                }

                if (!usage.TryGetValue(hashes[p], out var use))
                {
                    var owner = articles[(int)(at >> 32)]!;
                    usage[hashes[p]] = use = new Usage(owner, (int)(uint)at);
                }

                // Only a repeated hash compares text, in place in the two files, to rule out a collision.
                if (use.Collides || !use.Owner.SameParagraph(use.Index, content, p))
                {
                    use.Collides = true;
                }
                else if (!ReferenceEquals(use.LastArticle, content))
                {
                    // A paragraph repeated inside one article was already dropped by the parser, but count articles.
                    use.Articles++;
                    use.LastArticle = content;
                }
            }
        }

        var references = new EquatableArray<ulong>[articles.Count];
        var shards = new SortedDictionary<ulong, string>[ShardCount];
        for (var a = 0; a < articles.Count; a++)
        {
            var content = articles[a];
            references[a] = EquatableArray<ulong>.Empty;
            if (content is null)
            {
                continue;
            }

            var hashes = content.ParagraphHashes;
            ulong[]? keys = null;
            for (var p = 0; p < hashes.Count; p++)
            {
                if (!usage.TryGetValue(hashes[p], out var use) || use.Collides || use.Articles < 2 || hashes[p] == 0)
                {
                    continue;
                }

                keys ??= new ulong[hashes.Count];
                keys[p] = hashes[p];
                var shard = ShardOf(hashes[p]);
                (shards[shard] ??= new SortedDictionary<ulong, string>())[hashes[p]] = use.Text;
            }

            if (keys is not null)
            {
                references[a] = keys.ToEquatableArray();
            }
        }

        // Every slot, empty or not, keeps its position: the driver matches SelectMany outputs by index, so a shard
        // that appears must not shift the others and make them look modified.
        var specs = new List<SharedTextSpec>(ShardCount);
        for (var shard = 0; shard < ShardCount; shard++)
        {
            specs.Add(shards[shard] is { } members
                ? new SharedTextSpec(
                    target,
                    shard,
                    hintNames.Claim(target.ClassName + ".Shared" + shard.ToString("X", CultureInfo.InvariantCulture)),
                    members.Select(m => new SharedParagraph(m.Key, m.Value)).ToEquatableArray())
                : new SharedTextSpec(target, shard, string.Empty, EquatableArray<SharedParagraph>.Empty));
        }

        return (references, specs);
    }

    private sealed class Usage(ArticleContent owner, int index)
    {
        private string? _text;

        public ArticleContent Owner { get; } = owner;

        public int Index { get; } = index;

        /// <summary>Read from the owner's file once, for the shard, and only for a paragraph that is shared.</summary>
        public string Text => _text ??= Owner.Paragraph(Index);

        public ArticleContent LastArticle { get; set; } = owner;

        public int Articles { get; set; } = 1;

        public bool Collides { get; set; }
    }
}
