using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CorpusGen.Helpers;
using CorpusGen.Parsing;
using CorpusGen.Reading;
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
    public static SearchModel Build(ImmutableArray<ArticleTerms?> files, CorpusModel corpus, GeneratorOptions options, CancellationToken cancellationToken)
    {
        if (!options.Search || corpus.Indexes.IsEmpty)
        {
            return SearchModel.Empty;
        }

        try
        {
            return Store(BuildCore(files, corpus, cancellationToken), corpus, options);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Nothing(corpus, Diagnostics.DiagnosticInfo.InternalError(null, "the search index", exception));
        }
    }

    /// <summary>Empty indexes, so code calling Search still compiles and finds nothing, and why.</summary>
    private static SearchModel Nothing(CorpusModel corpus, Diagnostics.DiagnosticInfo reason)
    {
        var roots = corpus.Indexes.Select(index => new SearchSpec(index.Target, RootHint(index), EquatableArray<int>.Empty, EquatableArray<int>.Empty));
        return new SearchModel(roots.ToEquatableArray(), EquatableArray<SearchShardSpec>.Empty, new[] { reason }.ToEquatableArray());
    }

    /// <summary>
    /// String literals when the index fits the #US heap beside the articles' strings (a literal the compiler moves to
    /// its data section does not count); u8 literals otherwise, from C# 11; below it, CG0021 and empty indexes.
    /// Articles already in u8 literals filled the heap's budget, so their index goes to u8 too.
    /// </summary>
    private static SearchModel Store(SearchModel model, CorpusModel corpus, GeneratorOptions options)
    {
        long InHeap(long length) => CorpusBuilder.InStringHeap(length, hasLoneSurrogate: false, options.DataSectionThreshold);

        var documents = model.Roots.Sum(root => InHeap(DocumentsLength(root)));
        var shards = model.Shards.Sum(shard => InHeap(TermsLength(shard)) + InHeap(PostingsLength(shard)));
        var articlesInStrings = corpus.ArticleType is not { Utf8Text: true };
        if (shards == 0 || (articlesInStrings && corpus.StringHeapCharacters + documents + shards <= options.StringLimit))
        {
            return model;
        }

        if (options.SupportsUtf8)
        {
            return model with { Shards = model.Shards.Select(shard => shard with { Utf8 = true, SpanDecoding = options.SpanDecoding }).ToEquatableArray() };
        }

        var classes = string.Join(", ", model.Roots.Select(root => root.Target.ClassName));
        return Nothing(corpus, Diagnostics.DiagnosticInfo.Create(Diagnostics.DiagnosticDescriptors.SearchTooLargeForStrings, null, classes, documents + shards, corpus.StringHeapCharacters, options.StringLimit));
    }

    /// <summary>The documents literal's length in units (<see cref="SearchIndexData.Documents"/>).</summary>
    internal static long DocumentsLength(SearchSpec root) => 6 + (4L * root.TitleLengths.Count);

    /// <summary>A shard's terms literal's length in units.</summary>
    internal static long TermsLength(SearchShardSpec shard) => shard.Terms.Sum(term => (long)term.Term.Length + 1);

    /// <summary>A shard's postings literal's length in units: its directory, then its septs two to a unit.</summary>
    internal static long PostingsLength(SearchShardSpec shard)
    {
        if (shard.Terms.IsEmpty)
        {
            return 0;
        }

        long septs = 0;
        foreach (var term in shard.Terms)
        {
            var documents = FieldSepts(term.Title, out var titlePositions) + FieldSepts(term.Body, out var bodyPositions);
            septs += SearchIndexData.SeptLength(documents) + documents + titlePositions + bodyPositions;
        }

        return 2 + (4L * shard.Terms.Count) + ((septs + 1) / 2);
    }

    private static int FieldSepts(EquatableArray<int> postings, out int positionSepts)
    {
        var count = 0;
        var septs = 0;
        positionSepts = 0;
        var previousDocument = 0;
        for (var i = 0; i < postings.Count; i += 2 + postings[i + 1])
        {
            count++;
            septs += SearchIndexData.SeptLength(postings[i] - previousDocument) + SearchIndexData.SeptLength(postings[i + 1]);
            previousDocument = postings[i];
            var previousPosition = 0;
            for (var j = i + 2; j < i + 2 + postings[i + 1]; j++)
            {
                positionSepts += SearchIndexData.SeptLength(postings[j] - previousPosition);
                previousPosition = postings[j];
            }
        }

        return SearchIndexData.SeptLength(count) + septs;
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

        // Two passes, so every term's postings are one exact array: first sizes, then contents (growing a list per
        // term cost more than the tokenising).
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var termIds = new int[documents.Count][];
        var titleSizes = new List<int>();
        var bodySizes = new List<int>();
        for (var position = 0; position < documents.Count; position++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (documents[position] is not { } terms)
            {
                continue;
            }

            titleLengths[position] = terms.TitleLength;
            bodyLengths[position] = terms.BodyLength;
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
            if (documents[position] is not { } terms)
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
        var root = new SearchSpec(target, stem + ".Search.g.cs", titleLengths.ToEquatableArray(), bodyLengths.ToEquatableArray());
        var byShard = new List<SearchTerm>[SearchTokenizer.ShardCount];
        for (var shard = 0; shard < byShard.Length; shard++)
        {
            byShard[shard] = new List<SearchTerm>();
        }

        foreach (var id in order)
        {
            byShard[SearchTokenizer.ShardOf(names[id])].Add(new SearchTerm(names[id], new EquatableArray<int>(titles[id]), new EquatableArray<int>(bodies[id])));
        }

        var shards = new SearchShardSpec[byShard.Length];
        for (var shard = 0; shard < byShard.Length; shard++)
        {
            var hint = byShard[shard].Count == 0 ? string.Empty : stem + ".SearchTerms" + shard.ToString("X", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
            shards[shard] = new SearchShardSpec(target, shard, hint, byShard[shard].ToEquatableArray());
        }

        return (root, shards);
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
