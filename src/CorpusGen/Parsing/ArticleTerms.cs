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
/// <param name="Terms">Each distinct term once, in ordinal order.</param>
internal sealed record ArticleTerms(string RelativePath, int TitleLength, int BodyLength, EquatableArray<TermOccurrences> Terms)
{
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
        var terms = new TermOccurrences[names.Length];
        for (var i = 0; i < order.Length; i++)
        {
            var id = order[i];
            var slice = new int[starts[id + 1] - starts[id]];
            System.Array.Copy(positions, starts[id], slice, 0, slice.Length);
            terms[i] = new TermOccurrences(names[id], inTitle[id], new EquatableArray<int>(slice));
        }

        return new ArticleTerms(relativePath, titleLength, bodyLength, new EquatableArray<TermOccurrences>(terms));
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

/// <summary>Where a term occurs in an article: its positions in the title, then in the body, each ascending.</summary>
/// <param name="InTitle">How many of <paramref name="Positions"/> are in the title.</param>
internal sealed record TermOccurrences(string Term, int InTitle, EquatableArray<int> Positions)
{
    public int InBody => Positions.Count - InTitle;
}
