using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using CorpusGen.Helpers;
using CorpusGen.Parsing;

namespace CorpusGen.Corpus;

/// <summary>
/// Decides, for UTF-8 storage, which paragraphs several articles of a class share, and where each is stored once:
/// shard and member name come from a 64-bit hash of the paragraph's exact text, so adding or removing a shared
/// paragraph changes one shard and the articles that use it, never the rest of the corpus.
/// </summary>
/// <remarks>
/// String storage needs none of this: the compiler already stores identical string literals once.
/// </remarks>
internal static class SharedParagraphPlanner
{
    /// <summary>Shards per class: few enough that each u8 literal stays large (literals have a fixed cost).</summary>
    public const int ShardCount = 64;

    // Paragraph hashes per parsed content, kept while the content lives: an unchanged file yields the same content
    // instance on the next run, so an edit hashes only the edited article's text.
    private static readonly ConditionalWeakTable<ArticleContent, ulong[]> s_hashes = new();

    /// <summary>The plan for one class: each article's paragraph references, and <see cref="ShardCount"/> shards (empty ones emit nothing).</summary>
    /// <param name="articles">The class's articles stored as UTF-8; the others take no part in sharing.</param>
    public static (EquatableArray<string>[] References, List<SharedTextSpec> Shards) Plan(
        EmitTarget target,
        IReadOnlyList<ArticleContent?> articles,
        HintNames hintNames,
        CancellationToken cancellationToken)
    {
        // Which hashes occur in two or more articles, with the same text. Two different texts with one hash (not
        // expected at 64 bits, but possible) are never shared, so a collision can cost space but never change text.
        var usage = new Dictionary<ulong, Usage>();
        foreach (var content in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (content is null)
            {
                continue;
            }

            var hashes = HashesOf(content);
            for (var p = 0; p < hashes.Length; p++)
            {
                var text = content.Paragraphs[p];
                if (!usage.TryGetValue(hashes[p], out var use))
                {
                    usage[hashes[p]] = new Usage(text);
                }
                else if (!use.Collides && string.Equals(use.Text, text, System.StringComparison.Ordinal))
                {
                    use.Articles++;
                }
                else
                {
                    use.Collides = true;
                }
            }
        }

        var references = new EquatableArray<string>[articles.Count];
        var shards = new Dictionary<int, SortedDictionary<string, string>>();
        for (var a = 0; a < articles.Count; a++)
        {
            var content = articles[a];
            references[a] = EquatableArray<string>.Empty;
            if (content is null)
            {
                continue;
            }

            var hashes = HashesOf(content);
            string[]? members = null;
            for (var p = 0; p < hashes.Length; p++)
            {
                var use = usage[hashes[p]];
                if (use.Collides || use.Articles < 2)
                {
                    continue;
                }

                var shard = (int)(hashes[p] >> 58);
                var member = "P_" + hashes[p].ToString("x16", CultureInfo.InvariantCulture);
                members ??= new string[hashes.Length];
                members[p] = TypeName(shard) + "." + member;
                if (!shards.TryGetValue(shard, out var shardMembers))
                {
                    shards[shard] = shardMembers = new SortedDictionary<string, string>(System.StringComparer.Ordinal);
                }

                shardMembers[member] = use.Text;
            }

            if (members is not null)
            {
                references[a] = members.Select(m => m ?? string.Empty).ToEquatableArray();
            }
        }

        // Every slot, empty or not, keeps its position: the driver matches SelectMany outputs by index, so a shard
        // that appears must not shift the others and make them look modified.
        var specs = new List<SharedTextSpec>(ShardCount);
        for (var shard = 0; shard < ShardCount; shard++)
        {
            specs.Add(shards.TryGetValue(shard, out var members)
                ? new SharedTextSpec(
                    target,
                    hintNames.Claim(target.ClassName + "." + TypeName(shard)),
                    TypeName(shard),
                    members.Select(m => new SharedParagraph(m.Key, m.Value)).ToEquatableArray())
                : new SharedTextSpec(target, string.Empty, TypeName(shard), EquatableArray<SharedParagraph>.Empty));
        }

        return (references, specs);
    }

    private static ulong[] HashesOf(ArticleContent content)
        => s_hashes.GetValue(content, static c => c.Paragraphs.Select(Fnv.HashMixed).ToArray());

    private static string TypeName(int shard) => "__cg_Shared_" + shard.ToString("X2", CultureInfo.InvariantCulture);

    private sealed class Usage(string text)
    {
        public string Text { get; } = text;

        public int Articles { get; set; } = 1;

        public bool Collides { get; set; }
    }
}
