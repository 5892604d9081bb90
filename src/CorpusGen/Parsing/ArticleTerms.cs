using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CorpusGen.Helpers;
using CorpusGen.Runtime;

namespace CorpusGen.Parsing;

/// <summary>
/// One article's search statistics, made in the cached per-file step so the corpus-wide merge only adds them up:
/// its title and body lengths in terms and where each term occurs in both (for phrases), tokenised by
/// <see cref="SearchTokenizer"/>, the code the generated search runs on queries.
/// </summary>
/// <param name="RelativePath">The file, to find its article after deduplication.</param>
/// <param name="Shards">
/// Its terms by <see cref="SearchTokenizer.ShardOf"/>, one entry per shard: each shard's merge takes only its own
/// slice, so an edit that changes the terms of two shards re-merges those two.
/// </param>
internal sealed record ArticleTerms(string RelativePath, int TitleLength, int BodyLength, EquatableArray<ShardTerms> Shards)
{
    /// <summary>Its lengths alone, so the documents table re-runs only when a length changes.</summary>
    public DocumentLengths Lengths => new(RelativePath, TitleLength, BodyLength);

    /// <summary>The statistics of a parsed file's article; null when the file yields no article.</summary>
    public static ArticleTerms? Of(ParsedArticle parsed, CancellationToken cancellationToken)
    {
        if (parsed.Content is not { } content)
        {
            return null;
        }

        return From(parsed.RelativePath, content.Title, content.Paragraphs, cancellationToken);
    }

    /// <summary>
    /// The statistics of one article's title and body paragraphs. Body positions run on across paragraphs, as the
    /// body reads (<c>Article.Body</c>), so a phrase may span a paragraph break.
    /// </summary>
    public static ArticleTerms From(string relativePath, string title, IReadOnlyList<string> paragraphs, CancellationToken cancellationToken = default)
    {
        // Every occurrence as (term id, position), titles first; then grouped by term with a counting sort, which
        // keeps each term's positions in order (a list per term per article cost more than the tokenising).
        var ids = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var occurrences = new List<(int Term, int Position)>();
        var titleLength = Collect(title, 0, ids, occurrences);
        var titleOccurrences = occurrences.Count;
        var bodyLength = 0;
        foreach (var paragraph in paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bodyLength = Collect(paragraph, bodyLength, ids, occurrences);
        }

        var starts = new int[ids.Count + 1];
        var inTitle = new int[ids.Count];
        for (var i = 0; i < occurrences.Count; i++)
        {
            starts[occurrences[i].Term + 1]++;
            if (i < titleOccurrences)
            {
                inTitle[occurrences[i].Term]++;
            }
        }

        for (var id = 0; id < ids.Count; id++)
        {
            starts[id + 1] += starts[id];
        }

        var positions = new int[occurrences.Count];
        var next = (int[])starts.Clone();
        foreach (var (term, position) in occurrences)
        {
            positions[next[term]++] = position;
        }

        var names = new string[ids.Count];
        foreach (var entry in ids)
        {
            names[entry.Value] = entry.Key;
        }

        var order = new int[names.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        System.Array.Sort((string[])names.Clone(), order, System.StringComparer.Ordinal);
        // Each shard's terms in one exact array, counted first, so the slices keep the ordinal order.
        var shardOf = new int[names.Length];
        var perShard = new int[SearchTokenizer.ShardCount];
        for (var id = 0; id < names.Length; id++)
        {
            perShard[shardOf[id] = SearchTokenizer.ShardOf(names[id])]++;
        }

        var byShard = new TermOccurrences[SearchTokenizer.ShardCount][];
        var filled = new int[SearchTokenizer.ShardCount];
        foreach (var id in order)
        {
            var slice = new int[starts[id + 1] - starts[id]];
            System.Array.Copy(positions, starts[id], slice, 0, slice.Length);
            var shard = shardOf[id];
            (byShard[shard] ??= new TermOccurrences[perShard[shard]])[filled[shard]++] = new TermOccurrences(names[id], inTitle[id], new EquatableArray<int>(slice));
        }

        var shards = new ShardTerms[byShard.Length];
        for (var shard = 0; shard < shards.Length; shard++)
        {
            shards[shard] = new ShardTerms(relativePath, byShard[shard] is { } terms ? new EquatableArray<TermOccurrences>(terms) : EquatableArray<TermOccurrences>.Empty);
        }

        return new ArticleTerms(relativePath, titleLength, bodyLength, new EquatableArray<ShardTerms>(shards));
    }

    /// <summary>Adds the occurrences of <paramref name="text"/>'s terms, counted on from <paramref name="position"/>; returns the position after them.</summary>
    private static int Collect(string text, int position, Dictionary<string, int> ids, List<(int Term, int Position)> occurrences)
    {
        var at = 0;
        while (SearchTokenizer.Next(text, ref at, out _, out _) is { } term)
        {
            if (!ids.TryGetValue(term, out var id))
            {
                id = ids.Count;
                ids.Add(term, id);
            }

            occurrences.Add((id, position++));
        }

        return position;
    }
}

/// <summary>An article's terms that fall in one shard, each distinct term once, in ordinal order.</summary>
/// <param name="RelativePath">The file, to find its article after deduplication.</param>
internal sealed record ShardTerms(string RelativePath, EquatableArray<TermOccurrences> Terms);

/// <summary>An article's title and body lengths in terms.</summary>
internal sealed record DocumentLengths(string RelativePath, int TitleLength, int BodyLength);

/// <summary>Where a term occurs in an article: its positions in the title, then in the body, each ascending.</summary>
/// <param name="InTitle">How many of <paramref name="Positions"/> are in the title.</param>
internal sealed record TermOccurrences(string Term, int InTitle, EquatableArray<int> Positions)
{
    public int InBody => Positions.Count - InTitle;
}
