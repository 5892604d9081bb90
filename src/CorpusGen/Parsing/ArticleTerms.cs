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
        // Each shard's terms laid out flat, in ordinal order, positions already in the index's septs: the shard's
        // merge reads one string and two arrays per file and copies the positions.
        var shards = new ShardTerms[SearchTokenizer.ShardCount];
        var shardNames = new System.Text.StringBuilder[shards.Length];
        var counts = new List<int>[shards.Length];
        var septs = new PackedSepts[shards.Length];
        foreach (var id in order)
        {
            var shard = SearchTokenizer.ShardOf(names[id]);
            var shardText = (shardNames[shard] ??= new System.Text.StringBuilder()).Append(names[id]);
            var nameEnd = shardText.Length;
            shardText.Append('\n');
            var shardSepts = septs[shard] ??= new PackedSepts();
            Gaps(shardSepts, positions, starts[id], starts[id] + inTitle[id]);
            var titleEnd = shardSepts.Length;
            Gaps(shardSepts, positions, starts[id] + inTitle[id], starts[id + 1]);
            var shardCounts = counts[shard] ??= new List<int>();
            shardCounts.Add((int)Fnv.HashMixed(names[id]));
            shardCounts.Add(nameEnd);
            shardCounts.Add(inTitle[id]);
            shardCounts.Add(starts[id + 1] - starts[id] - inTitle[id]);
            shardCounts.Add(titleEnd);
            shardCounts.Add(shardSepts.Length);
        }

        for (var shard = 0; shard < shards.Length; shard++)
        {
            shards[shard] = shardNames[shard] is { } terms
                ? new ShardTerms(relativePath, terms.ToString(), counts[shard].ToEquatableArray(), new EquatableArray<byte>(septs[shard].ToArray()))
                : new ShardTerms(relativePath, string.Empty, EquatableArray<int>.Empty, EquatableArray<byte>.Empty);
        }

        return new ArticleTerms(relativePath, titleLength, bodyLength, new EquatableArray<ShardTerms>(shards));
    }

    /// <summary>Positions <paramref name="from"/> to <paramref name="to"/> as gaps from the one before (the first from 0).</summary>
    private static void Gaps(PackedSepts septs, int[] positions, int from, int to)
    {
        var previous = 0;
        for (var i = from; i < to; i++)
        {
            septs.Varint(positions[i] - previous);
            previous = positions[i];
        }
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

/// <summary>
/// An article's terms that fall in one shard, each distinct term once, in ordinal order, laid out flat so that the
/// shard's merge, which re-runs over every file when one changes, reads a few objects per file, not a few per term.
/// </summary>
/// <param name="RelativePath">The file, to find its article after deduplication.</param>
/// <param name="Terms">Each term followed by a line break.</param>
/// <param name="Counts">
/// Per term <see cref="CountsPerTerm"/> numbers: a hash of it (for the merge's table, so it does not hash every
/// occurrence again), where it ends in <paramref name="Terms"/>, its occurrences in the title and in the body, and
/// where its title's and its body's positions end in <paramref name="Positions"/> (each term's start where the one
/// before ends).
/// </param>
/// <param name="Positions">
/// Per term its title positions, then its body positions, each as its gap from the one before (the first from 0), in
/// the index's septs (<see cref="Runtime.SearchIndexData.SeptVarint"/>), ready to be copied into the postings.
/// </param>
internal sealed record ShardTerms(string RelativePath, string Terms, EquatableArray<int> Counts, EquatableArray<byte> Positions)
{
    /// <summary>How many numbers <see cref="Counts"/> holds per term, and where each is.</summary>
    public const int CountsPerTerm = 6, HashAt = 0, NameEndAt = 1, InTitleAt = 2, InBodyAt = 3, TitleEndAt = 4, BodyEndAt = 5;

    public int TermCount => Counts.Count / CountsPerTerm;

    public int Hash(int term) => Counts[(term * CountsPerTerm) + HashAt];

    /// <summary>Where term <paramref name="term"/> starts in <see cref="Terms"/>.</summary>
    public int NameStart(int term) => term == 0 ? 0 : Counts[((term - 1) * CountsPerTerm) + NameEndAt] + 1;

    public int NameEnd(int term) => Counts[(term * CountsPerTerm) + NameEndAt];

    public int InTitle(int term) => Counts[(term * CountsPerTerm) + InTitleAt];

    public int InBody(int term) => Counts[(term * CountsPerTerm) + InBodyAt];

    /// <summary>Where term <paramref name="term"/>'s title positions start in <see cref="Positions"/>.</summary>
    public int TitleStart(int term) => term == 0 ? 0 : Counts[((term - 1) * CountsPerTerm) + BodyEndAt];

    /// <summary>Where its title positions end and its body positions start.</summary>
    public int TitleEnd(int term) => Counts[(term * CountsPerTerm) + TitleEndAt];

    public int BodyEnd(int term) => Counts[(term * CountsPerTerm) + BodyEndAt];
}

/// <summary>An article's title and body lengths in terms.</summary>
internal sealed record DocumentLengths(string RelativePath, int TitleLength, int BodyLength);
