using System.Collections.Generic;
using CorpusGen.Corpus;
using CorpusGen.Emitting;
using CorpusGen.Helpers;
using CorpusGen.Parsing;
using CorpusGen.Reading;
using CorpusGen.Runtime;
using Microsoft.CodeAnalysis;

namespace CorpusGen;

public sealed partial class CorpusGenerator
{
    /// <summary>
    /// CorpusGenSearch: per file its term statistics (cached with the parse), then per class a documents table and
    /// <see cref="SearchTokenizer.ShardCount"/> term shards, each merged in its own step over its own slice of every
    /// file's terms (one edit re-merges the shards it touched, not the corpus), one storage decision over their
    /// sizes, and the search runtime beside the article type.
    /// </summary>
    private static void WireSearch(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<ParsedArticle> parsed,
        IncrementalValueProvider<GeneratorOptions> options,
        IncrementalValueProvider<CorpusModel> corpus,
        IncrementalValueProvider<EmitTarget?> articleType)
    {
        var searchOn = options.Select(static (o, _) => o.Search);
        var terms = parsed
            .Combine(searchOn)
            .Select(static (input, cancellationToken) => input.Right ? ArticleTerms.Of(input.Left, cancellationToken) : null)
            .WithTrackingName(TrackingNames.ArticleTerms);
        var documents = corpus
            .Combine(options)
            .Select(static (input, _) => SearchDocuments.Of(input.Left, input.Right))
            .WithTrackingName(TrackingNames.SearchDocuments);

        var roots = terms
            .Select(static (file, _) => file?.Lengths)
            .Collect()
            .Combine(documents)
            .Select(static (input, cancellationToken) => SearchIndexBuilder.Roots(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.SearchLengths);

        var merges = new List<IncrementalValueProvider<SearchShardMerge>>(SearchTokenizer.ShardCount);
        for (var shard = 0; shard < SearchTokenizer.ShardCount; shard++)
        {
            var own = shard;
            merges.Add(terms
                .Select((file, _) => file?.Shards[own])
                .Collect()
                .Combine(documents)
                .Combine(options)
                .Select((input, cancellationToken) => SearchShardMerger.Merge(own, input.Left.Left, input.Left.Right, input.Right, cancellationToken))
                .WithTrackingName(TrackingNames.SearchShardMerges));
        }

        var summaries = merges[0].Select(static (merge, _) => new[] { merge.Summary }.ToEquatableArray());
        for (var shard = 1; shard < merges.Count; shard++)
        {
            summaries = summaries
                .Combine(merges[shard].Select(static (merge, _) => merge.Summary))
                .Select(static (input, _) => Append(input.Left, input.Right));
        }

        var heap = corpus.Select(static (model, _) => (InStrings: model.ArticleType is not { Utf8Text: true }, model.StringHeapCharacters));
        var storage = roots
            .Combine(summaries)
            .Combine(heap)
            .Combine(options)
            .Select(static (input, _) => SearchStorage.Decide(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right.InStrings, input.Left.Right.StringHeapCharacters, input.Right))
            .WithTrackingName(TrackingNames.SearchStorage);
        context.RegisterSourceOutput(storage.Select(static (s, _) => s.Diagnostics), static (spc, diagnostics) => Report(spc, diagnostics));

        context.RegisterSourceOutput(articleType.Combine(searchOn), static (spc, input) =>
        {
            if (input.Left is { } target && input.Right)
            {
                AddSource(spc, SearchRuntimeEmitter.HintName(target.ArticleTypeName), "the search runtime", () => SearchRuntimeEmitter.Emit(target));
            }
        });

        var rootSpecs = roots.Combine(storage).SelectMany(static (input, _) => input.Right.Apply(input.Left)).WithTrackingName(TrackingNames.SearchRoots);
        context.RegisterSourceOutput(rootSpecs, static (spc, root) =>
            AddSource(spc, root.HintName, "the search index of " + root.Target.ClassName, () => SearchEmitter.EmitRoot(root)));

        foreach (var merge in merges)
        {
            var shards = merge.Combine(storage).SelectMany(static (input, _) => input.Right.Apply(input.Left)).WithTrackingName(TrackingNames.SearchShards);
            context.RegisterSourceOutput(shards, static (spc, shard) =>
            {
                if (!shard.Terms.IsEmpty)
                {
                    AddSource(spc, shard.HintName, "the search terms of " + shard.Target.ClassName, () => SearchEmitter.EmitShard(shard));
                }
            });
        }
    }

    private static EquatableArray<T> Append<T>(EquatableArray<T> items, T item)
        where T : System.IEquatable<T>
    {
        var all = new T[items.Count + 1];
        for (var i = 0; i < items.Count; i++)
        {
            all[i] = items[i];
        }

        all[items.Count] = item;
        return new EquatableArray<T>(all);
    }
}
