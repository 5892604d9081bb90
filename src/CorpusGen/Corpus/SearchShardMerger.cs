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
                heapUnits += InHeap(SearchIndexBuilder.TermsLength(specs[c]), options) + InHeap(specs[c].Postings.Length, options);
            }

            return new SearchShardMerge(new EquatableArray<SearchShardSpec>(specs), new ShardSummary(heapUnits, null));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new SearchShardMerge(EquatableArray<SearchShardSpec>.Empty, new ShardSummary(0, DiagnosticInfo.InternalError(null, "the search index", exception)));
        }
    }

    internal static long InHeap(long length, GeneratorOptions options) => CorpusBuilder.InStringHeap(length, hasLoneSurrogate: false, options.DataSectionThreshold);

    /// <summary>
    /// One class's terms of <paramref name="shard"/> over its documents in the order of All, ordinal by term, written
    /// straight into the shard's postings literal (<see cref="Runtime.SearchIndexData.Postings"/>): no model per term,
    /// so the step that re-runs on every edit of the shard's terms does the encoding once and compares one string.
    /// </summary>
    internal static SearchShardSpec MergeClass(ClassDocuments target, int shard, IReadOnlyList<ShardTerms?> documents, CancellationToken cancellationToken)
    {
        var any = false;
        for (var position = 0; position < documents.Count && !any; position++)
        {
            any = documents[position] is { TermCount: > 0 };
        }

        if (!any)
        {
            return new SearchShardSpec(target.Target, shard, string.Empty, EquatableArray<string>.Empty, string.Empty);
        }

        var vocabulary = ShardVocabulary.For(shard);
        var ids = vocabulary.IdsOf(documents, out var names, cancellationToken);
        var documentCount = new int[names.Length];
        var present = 0;
        foreach (var fileIds in ids)
        {
            foreach (var id in fileIds ?? Array.Empty<int>())
            {
                present += documentCount[id]++ == 0 ? 1 : 0;
            }
        }

        var order = vocabulary.InOrdinalOrder(documentCount, present, names);

        // The postings are written in two passes over the documents in order, each reading a file's arrays once
        // (grouping the pairs by term first made every read a cache miss): the first sizes every term's parts, the
        // second writes each pair into its term's parts. A term's septs: the length of its documents part; its
        // documents per field (count, then per document the gap from the one before and the frequency); its title
        // positions, then its body positions.
        var terms = order.Length;
        var sizes = new FieldSizes[names.Length];
        for (var position = 0; position < documents.Count; position++)
        {
            if (ids[position] is not { } fileIds)
            {
                continue;
            }

            var file = documents[position]!;
            for (var term = 0; term < fileIds.Length; term++)
            {
                ref var size = ref sizes[fileIds[term]];
                size.Title.Add(position, file.InTitle(term), file.TitleEnd(term) - file.TitleStart(term));
                size.Body.Add(position, file.InBody(term), file.BodyEnd(term) - file.TitleEnd(term));
            }
        }

        var cursors = new FieldCursors[names.Length];
        var septStarts = new int[names.Length];
        var total = 0;
        foreach (var id in order)
        {
            ref var size = ref sizes[id];
            var documentSepts = SearchIndexData.SeptLength(size.Title.Count) + size.Title.EntrySepts + SearchIndexData.SeptLength(size.Body.Count) + size.Body.EntrySepts;
            septStarts[id] = total;
            var at = total + SearchIndexData.SeptLength(documentSepts);
            cursors[id].Head = total;
            cursors[id].DocumentSepts = documentSepts;
            cursors[id].Title = at + SearchIndexData.SeptLength(size.Title.Count);
            cursors[id].Body = cursors[id].Title + size.Title.EntrySepts + SearchIndexData.SeptLength(size.Body.Count);
            cursors[id].TitlePositions = at + documentSepts;
            cursors[id].BodyPositions = cursors[id].TitlePositions + size.Title.PositionSepts;
            total = cursors[id].BodyPositions + size.Body.PositionSepts;
        }

        var septs = new byte[total];
        foreach (var id in order)
        {
            ref var cursor = ref cursors[id];
            var head = cursor.Head;
            PackedSepts.Write(septs, ref head, cursor.DocumentSepts);
            PackedSepts.Write(septs, ref head, sizes[id].Title.Count);
            head = cursor.Title + sizes[id].Title.EntrySepts;
            PackedSepts.Write(septs, ref head, sizes[id].Body.Count);
        }

        var lastTitle = new int[names.Length];
        var lastBody = new int[names.Length];
        for (var position = 0; position < documents.Count; position++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ids[position] is not { } fileIds)
            {
                continue;
            }

            var file = documents[position]!;
            for (var term = 0; term < fileIds.Length; term++)
            {
                var id = fileIds[term];
                ref var cursor = ref cursors[id];
                var titleEnd = file.TitleEnd(term);
                WriteField(septs, ref cursor.Title, ref cursor.TitlePositions, ref lastTitle[id], position, file.InTitle(term), file.Positions, file.TitleStart(term), titleEnd);
                WriteField(septs, ref cursor.Body, ref cursor.BodyPositions, ref lastBody[id], position, file.InBody(term), file.Positions, titleEnd, file.BodyEnd(term));
            }
        }

        var data = new SearchDataWriter(2 + (4 * terms) + ((total + 1) / 2));
        data.Number(terms);
        var termStart = 0;
        var sorted = new string[terms];
        for (var r = 0; r < terms; r++)
        {
            sorted[r] = names[order[r]];
            data.Number(termStart);
            data.Number(septStarts[order[r]]);
            termStart += sorted[r].Length + 1;
        }

        data.Septs(septs);
        return new SearchShardSpec(target.Target, shard, target.ShardHintName(shard), new EquatableArray<string>(sorted), data.ToString());
    }

    /// <summary>One document's entry in a term's field (its gap from the last one, its frequency) and its positions there.</summary>
    private static void WriteField(byte[] septs, ref int entries, ref int positions, ref int last, int document, int frequency, EquatableArray<byte> encoded, int start, int end)
    {
        if (frequency == 0)
        {
            return;
        }

        PackedSepts.Write(septs, ref entries, document - last);
        PackedSepts.Write(septs, ref entries, frequency);
        last = document;
        encoded.CopyTo(start, septs, positions, end - start);
        positions += end - start;
    }

    /// <summary>What one term's postings need in one field, counted document by document.</summary>
    private struct FieldSize
    {
        public int Count;
        public int EntrySepts;
        public int PositionSepts;
        private int _last;

        public void Add(int document, int frequency, int positionSepts)
        {
            if (frequency == 0)
            {
                return;
            }

            Count++;
            EntrySepts += SearchIndexData.SeptLength(document - _last) + SearchIndexData.SeptLength(frequency);
            PositionSepts += positionSepts;
            _last = document;
        }
    }

    private struct FieldSizes
    {
        public FieldSize Title;
        public FieldSize Body;
    }

    /// <summary>Where a term's parts are written next, in septs.</summary>
    private struct FieldCursors
    {
        public int Head;
        public int DocumentSepts;
        public int Title;
        public int Body;
        public int TitlePositions;
        public int BodyPositions;
    }
}
