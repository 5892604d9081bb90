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
        var occurrences = new Dictionary<string, (List<int> Title, List<int> Body)>(System.StringComparer.Ordinal);
        var titleLength = Collect(title, 0, occurrences, inTitle: true);
        var bodyLength = 0;
        foreach (var paragraph in paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bodyLength = Collect(paragraph, bodyLength, occurrences, inTitle: false);
        }

        var terms = occurrences
            .OrderBy(entry => entry.Key, System.StringComparer.Ordinal)
            .Select(entry => new TermOccurrences(entry.Key, entry.Value.Title.Count, entry.Value.Title.Concat(entry.Value.Body).ToEquatableArray()))
            .ToEquatableArray();
        return new ArticleTerms(relativePath, titleLength, bodyLength, terms);
    }

    /// <summary>Adds the positions of <paramref name="text"/>'s terms, counted on from <paramref name="position"/>; returns the position after them.</summary>
    private static int Collect(string text, int position, Dictionary<string, (List<int> Title, List<int> Body)> occurrences, bool inTitle)
    {
        var at = 0;
        while (SearchTokenizer.Next(text, ref at, out _, out _) is { } term)
        {
            if (!occurrences.TryGetValue(term, out var lists))
            {
                lists = (new List<int>(), new List<int>());
                occurrences.Add(term, lists);
            }

            (inTitle ? lists.Title : lists.Body).Add(position++);
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
