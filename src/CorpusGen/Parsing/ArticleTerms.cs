using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CorpusGen.Helpers;
using CorpusGen.Runtime;

namespace CorpusGen.Parsing;

/// <summary>
/// One article's search statistics, made in the cached per-file step so the corpus-wide merge only adds them up:
/// its title and body lengths in terms and each term's count in both, tokenised by <see cref="SearchTokenizer"/>, the
/// code the generated search runs on queries.
/// </summary>
/// <param name="RelativePath">The file, to find its article after deduplication.</param>
/// <param name="Terms">Each distinct term once, in ordinal order.</param>
internal sealed record ArticleTerms(string RelativePath, int TitleLength, int BodyLength, EquatableArray<TermCount> Terms)
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

    /// <summary>The statistics of one article's title and body paragraphs.</summary>
    public static ArticleTerms From(string relativePath, string title, IReadOnlyList<string> paragraphs, CancellationToken cancellationToken = default)
    {
        var counts = new Dictionary<string, (int Title, int Body)>(System.StringComparer.Ordinal);
        var titleLength = Count(title, counts, inTitle: true);
        var bodyLength = 0;
        foreach (var paragraph in paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bodyLength += Count(paragraph, counts, inTitle: false);
        }

        var terms = counts
            .OrderBy(entry => entry.Key, System.StringComparer.Ordinal)
            .Select(entry => new TermCount(entry.Key, entry.Value.Title, entry.Value.Body))
            .ToEquatableArray();
        return new ArticleTerms(relativePath, titleLength, bodyLength, terms);
    }

    private static int Count(string text, Dictionary<string, (int Title, int Body)> counts, bool inTitle)
    {
        var position = 0;
        var length = 0;
        while (SearchTokenizer.Next(text, ref position, out _, out _) is { } term)
        {
            counts.TryGetValue(term, out var count);
            counts[term] = inTitle ? (count.Title + 1, count.Body) : (count.Title, count.Body + 1);
            length++;
        }

        return length;
    }
}

/// <summary>How often a term occurs in an article's title and body.</summary>
internal readonly record struct TermCount(string Term, int InTitle, int InBody);
