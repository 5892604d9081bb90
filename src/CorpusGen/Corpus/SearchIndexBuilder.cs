using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CorpusGen.Diagnostics;
using CorpusGen.Helpers;
using CorpusGen.Parsing;
using CorpusGen.Reading;
using CorpusGen.Runtime;

namespace CorpusGen.Corpus;

/// <summary>
/// Each class's search index from the per-file term statistics: the documents table (the roots) here, each term
/// shard in <see cref="SearchShardMerger"/>, where the literals go in <see cref="SearchStorage"/>. The generator runs
/// these as separate steps; <see cref="Build"/> composes them the same way for tests and tools.
/// </summary>
internal static class SearchIndexBuilder
{
    /// <summary>The whole index at once, as the generator's steps make it.</summary>
    public static SearchModel Build(ImmutableArray<ArticleTerms?> files, CorpusModel corpus, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var documents = SearchDocuments.Of(corpus, options);
        if (documents.Classes.IsEmpty)
        {
            return SearchModel.Empty;
        }

        var roots = Roots(files.Select(file => file?.Lengths).ToImmutableArray(), documents, cancellationToken);
        var merges = new SearchShardMerge[SearchTokenizer.ShardCount];
        for (var shard = 0; shard < merges.Length; shard++)
        {
            merges[shard] = SearchShardMerger.Merge(shard, files.Select(file => file?.Shards[shard]).ToImmutableArray(), documents, options, cancellationToken);
        }

        var storage = SearchStorage.Decide(roots, merges.Select(merge => merge.Summary).ToEquatableArray(), corpus.ArticleType is not { Utf8Text: true }, corpus.StringHeapCharacters, options);
        return new SearchModel(storage.Apply(roots), merges.SelectMany(merge => storage.Apply(merge)).ToEquatableArray(), storage.Diagnostics);
    }

    /// <summary>
    /// Each class's documents table: every document's title and body length in terms. Never throws (but for
    /// cancellation): a failure becomes CG0006 and empty roots.
    /// </summary>
    public static SearchRoots Roots(ImmutableArray<DocumentLengths?> files, SearchDocuments documents, CancellationToken cancellationToken)
    {
        try
        {
            var byPath = new Dictionary<string, DocumentLengths>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (file is not null)
                {
                    byPath[file.RelativePath] = file;
                }
            }

            var specs = new List<SearchSpec>(documents.Classes.Count);
            foreach (var target in documents.Classes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var titles = new int[target.Paths.Count];
                var bodies = new int[target.Paths.Count];
                for (var position = 0; position < titles.Length; position++)
                {
                    // An article whose file yielded no statistics (a placeholder) is a document without terms.
                    if (byPath.TryGetValue(target.Paths[position], out var lengths))
                    {
                        titles[position] = lengths.TitleLength;
                        bodies[position] = lengths.BodyLength;
                    }
                }

                specs.Add(new SearchSpec(target.Target, target.RootHintName, new EquatableArray<int>(titles), new EquatableArray<int>(bodies)));
            }

            return new SearchRoots(specs.ToEquatableArray(), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var empty = documents.Classes.Select(target => new SearchSpec(target.Target, target.RootHintName, EquatableArray<int>.Empty, EquatableArray<int>.Empty));
            return new SearchRoots(empty.ToEquatableArray(), DiagnosticInfo.InternalError(null, "the search index", exception));
        }
    }

    /// <summary>One class's index over its documents in the order of All; <paramref name="stem"/> names its files.</summary>
    internal static (SearchSpec Root, SearchShardSpec[] Shards) BuildClass(EmitTarget target, string stem, IReadOnlyList<ArticleTerms?> documents, CancellationToken cancellationToken)
    {
        var classDocuments = new ClassDocuments(target, stem, documents.Select(d => d?.RelativePath ?? string.Empty).ToEquatableArray());
        var root = new SearchSpec(
            target,
            classDocuments.RootHintName,
            documents.Select(d => d?.TitleLength ?? 0).ToEquatableArray(),
            documents.Select(d => d?.BodyLength ?? 0).ToEquatableArray());
        var shards = new SearchShardSpec[SearchTokenizer.ShardCount];
        for (var shard = 0; shard < shards.Length; shard++)
        {
            shards[shard] = SearchShardMerger.MergeClass(classDocuments, shard, documents.Select(d => d?.Shards[shard]).ToArray(), cancellationToken);
        }

        return (root, shards);
    }

    /// <summary>The documents literal's length in units (<see cref="SearchIndexData.Documents"/>).</summary>
    internal static long DocumentsLength(SearchSpec root) => 6 + (4L * root.TitleLengths.Count);

    /// <summary>A shard's terms literal's length in units.</summary>
    internal static long TermsLength(SearchShardSpec shard) => shard.Terms.Sum(term => (long)term.Length + 1);
}
