using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CorpusGen.Helpers;
using CorpusGen.Parsing;
using CorpusGen.Runtime;

namespace CorpusGen.Corpus;

/// <summary>
/// Merges the per-file term statistics into each class's index: the articles as the corpus kept them (a merged copy
/// counts once, under the article), in the order of All, and their terms by shard.
/// </summary>
internal static class SearchIndexBuilder
{
    /// <summary>
    /// Never throws (but for cancellation): a failure becomes CG0006 and empty indexes, so code calling Search still
    /// compiles and finds nothing.
    /// </summary>
    public static SearchModel Build(ImmutableArray<ArticleTerms?> files, CorpusModel corpus, bool enabled, CancellationToken cancellationToken)
    {
        if (!enabled || corpus.Indexes.IsEmpty)
        {
            return SearchModel.Empty;
        }

        try
        {
            return BuildCore(files, corpus, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var roots = corpus.Indexes.Select(index => new SearchSpec(index.Target, RootHint(index), EquatableArray<int>.Empty, EquatableArray<int>.Empty));
            return new SearchModel(
                roots.ToEquatableArray(),
                EquatableArray<SearchShardSpec>.Empty,
                new[] { Diagnostics.DiagnosticInfo.InternalError(null, "the search index", exception) }.ToEquatableArray());
        }
    }

    private static string Stem(IndexSpec index) => index.HintName.Substring(0, index.HintName.Length - ".g.cs".Length);

    private static string RootHint(IndexSpec index) => Stem(index) + ".Search.g.cs";

    private static SearchModel BuildCore(ImmutableArray<ArticleTerms?> files, CorpusModel corpus, CancellationToken cancellationToken)
    {
        var byPath = new Dictionary<string, ArticleTerms>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file is not null)
            {
                byPath[file.RelativePath] = file;
            }
        }

        var roots = new List<SearchSpec>();
        var shards = new List<SearchShardSpec>();
        var articles = corpus.Articles;
        var first = 0;
        foreach (var index in corpus.Indexes)
        {
            var documents = new ArticleTerms?[index.Names.Count];
            for (var position = 0; position < documents.Length; position++)
            {
                // An article whose file yielded no statistics (a placeholder) is a document without terms.
                documents[position] = byPath.TryGetValue(articles[first + position].SourcePath, out var terms) ? terms : null;
            }

            first += documents.Length;
            var (root, classShards) = BuildClass(index.Target, Stem(index), documents, cancellationToken);
            roots.Add(root);
            shards.AddRange(classShards);
        }

        return new SearchModel(roots.ToEquatableArray(), shards.ToEquatableArray(), EquatableArray<Diagnostics.DiagnosticInfo>.Empty);
    }

    /// <summary>One class's index over its documents in the order of All; <paramref name="stem"/> names its files.</summary>
    internal static (SearchSpec Root, SearchShardSpec[] Shards) BuildClass(EmitTarget target, string stem, IReadOnlyList<ArticleTerms?> documents, CancellationToken cancellationToken)
    {
        var titleLengths = new int[documents.Count];
        var bodyLengths = new int[documents.Count];
        var postings = new SortedDictionary<string, (List<int> Title, List<int> Body)>(StringComparer.Ordinal);
        for (var position = 0; position < documents.Count; position++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (documents[position] is not { } terms)
            {
                continue;
            }

            titleLengths[position] = terms.TitleLength;
            bodyLengths[position] = terms.BodyLength;
            foreach (var term in terms.Terms)
            {
                if (!postings.TryGetValue(term.Term, out var lists))
                {
                    lists = (new List<int>(), new List<int>());
                    postings.Add(term.Term, lists);
                }

                Add(lists.Title, position, term.Positions, 0, term.InTitle);
                Add(lists.Body, position, term.Positions, term.InTitle, term.InBody);
            }
        }

        var root = new SearchSpec(target, stem + ".Search.g.cs", titleLengths.ToEquatableArray(), bodyLengths.ToEquatableArray());
        var byShard = new List<SearchTerm>[SearchTokenizer.ShardCount];
        for (var shard = 0; shard < byShard.Length; shard++)
        {
            byShard[shard] = new List<SearchTerm>();
        }

        foreach (var entry in postings)
        {
            byShard[SearchTokenizer.ShardOf(entry.Key)].Add(new SearchTerm(entry.Key, entry.Value.Title.ToEquatableArray(), entry.Value.Body.ToEquatableArray()));
        }

        var shards = new SearchShardSpec[byShard.Length];
        for (var shard = 0; shard < byShard.Length; shard++)
        {
            var hint = byShard[shard].Count == 0 ? string.Empty : stem + ".SearchTerms" + shard.ToString("X", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
            shards[shard] = new SearchShardSpec(target, shard, hint, byShard[shard].ToEquatableArray());
        }

        return (root, shards);
    }

    private static void Add(List<int> postings, int document, EquatableArray<int> positions, int first, int count)
    {
        if (count > 0)
        {
            postings.Add(document);
            postings.Add(count);
            for (var i = first; i < first + count; i++)
            {
                postings.Add(positions[i]);
            }
        }
    }
}
