using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CorpusGen.Diagnostics;
using CorpusGen.Helpers;
using CorpusGen.Parsing;
using CorpusGen.Reading;

namespace CorpusGen.Corpus;

/// <summary>
/// Merges one shard's per-file terms into each class's postings for that shard. Each shard is its own pipeline step
/// over its own slice of every file's terms, so an edit re-merges only the shards whose terms it changed.
/// </summary>
internal static class SearchShardMerger
{
    /// <summary>Never throws (but for cancellation): a failure becomes CG0006 in the summary.</summary>
    public static SearchShardMerge Merge(int shard, ImmutableArray<ShardTerms?> files, SearchDocuments documents, GeneratorOptions options, CancellationToken cancellationToken)
    {
        if (documents.Classes.IsEmpty)
        {
            return SearchShardMerge.Empty;
        }

        try
        {
            var byPath = new Dictionary<string, ShardTerms>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (file is not null)
                {
                    byPath[file.RelativePath] = file;
                }
            }

            var specs = new SearchShardSpec[documents.Classes.Count];
            long heapUnits = 0;
            for (var c = 0; c < specs.Length; c++)
            {
                var paths = documents.Classes[c].Paths;
                var terms = new ShardTerms?[paths.Count];
                for (var position = 0; position < terms.Length; position++)
                {
                    // An article whose file yielded no statistics (a placeholder) is a document without terms.
                    terms[position] = byPath.TryGetValue(paths[position], out var found) ? found : null;
                }

                specs[c] = MergeClass(documents.Classes[c], shard, terms, cancellationToken);
                heapUnits += InHeap(SearchIndexBuilder.TermsLength(specs[c]), options) + InHeap(SearchIndexBuilder.PostingsLength(specs[c]), options);
            }

            return new SearchShardMerge(new EquatableArray<SearchShardSpec>(specs), new ShardSummary(heapUnits, null));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new SearchShardMerge(EquatableArray<SearchShardSpec>.Empty, new ShardSummary(0, DiagnosticInfo.InternalError(null, "the search index", exception)));
        }
    }

    internal static long InHeap(long length, GeneratorOptions options) => CorpusBuilder.InStringHeap(length, hasLoneSurrogate: false, options.DataSectionThreshold);

    /// <summary>One class's terms of <paramref name="shard"/> over its documents in the order of All, ordinal by term.</summary>
    internal static SearchShardSpec MergeClass(ClassDocuments target, int shard, IReadOnlyList<ShardTerms?> documents, CancellationToken cancellationToken)
    {
        // Two passes, so every term's postings are one exact array: first sizes, then contents (growing a list per
        // term cost more than the tokenising).
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var termIds = new int[documents.Count][];
        var titleSizes = new List<int>();
        var bodySizes = new List<int>();
        for (var position = 0; position < documents.Count; position++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (documents[position] is not { Terms.IsEmpty: false } terms)
            {
                continue;
            }

            termIds[position] = new int[terms.Terms.Count];
            for (var t = 0; t < terms.Terms.Count; t++)
            {
                var term = terms.Terms[t];
                if (!ids.TryGetValue(term.Term, out var id))
                {
                    id = ids.Count;
                    ids.Add(term.Term, id);
                    titleSizes.Add(0);
                    bodySizes.Add(0);
                }

                termIds[position][t] = id;
                titleSizes[id] += term.InTitle > 0 ? 2 + term.InTitle : 0;
                bodySizes[id] += term.InBody > 0 ? 2 + term.InBody : 0;
            }
        }

        var titles = titleSizes.Select(size => new int[size]).ToArray();
        var bodies = bodySizes.Select(size => new int[size]).ToArray();
        var titleAt = new int[ids.Count];
        var bodyAt = new int[ids.Count];
        for (var position = 0; position < documents.Count; position++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (documents[position] is not { Terms.IsEmpty: false } terms)
            {
                continue;
            }

            for (var t = 0; t < terms.Terms.Count; t++)
            {
                var term = terms.Terms[t];
                var id = termIds[position][t];
                Add(titles[id], ref titleAt[id], position, term.Positions, 0, term.InTitle);
                Add(bodies[id], ref bodyAt[id], position, term.Positions, term.InTitle, term.InBody);
            }
        }

        var names = new string[ids.Count];
        foreach (var entry in ids)
        {
            names[entry.Value] = entry.Key;
        }

        var order = Enumerable.Range(0, names.Length).ToArray();
        Array.Sort((string[])names.Clone(), order, StringComparer.Ordinal);
        var merged = order.Select(id => new SearchTerm(names[id], new EquatableArray<int>(titles[id]), new EquatableArray<int>(bodies[id]))).ToEquatableArray();
        return new SearchShardSpec(target.Target, shard, merged.IsEmpty ? string.Empty : target.ShardHintName(shard), merged);
    }

    private static void Add(int[] postings, ref int at, int document, EquatableArray<int> positions, int first, int count)
    {
        if (count > 0)
        {
            postings[at++] = document;
            postings[at++] = count;
            for (var i = first; i < first + count; i++)
            {
                postings[at++] = positions[i];
            }
        }
    }
}
