using System.Linq;
using CorpusGen.Diagnostics;
using CorpusGen.Helpers;
using CorpusGen.Reading;

namespace CorpusGen.Corpus;

/// <summary>
/// Where the search literals go, decided once for all classes and shards from their sizes: string literals when the
/// index fits the #US heap beside the articles' strings (a literal the compiler moves to its data section does not
/// count); u8 literals otherwise, from C# 11; below it, CG0021 and empty indexes. Articles already in u8 literals
/// filled the heap's budget, so their index goes to u8 too. A merge that failed (CG0006) drops the whole index.
/// </summary>
/// <param name="Utf8">The shards' literals are "..."u8.</param>
/// <param name="SpanDecoding">Encoding.GetString takes a ReadOnlySpan&lt;byte&gt; (no copy before decoding).</param>
/// <param name="Dropped">No shard is emitted and every root is empty, so code calling Search compiles and finds nothing.</param>
internal sealed record SearchStorage(bool Utf8, bool SpanDecoding, bool Dropped, EquatableArray<DiagnosticInfo> Diagnostics)
{
    private static readonly SearchStorage s_strings = new(false, false, false, EquatableArray<DiagnosticInfo>.Empty);

    /// <param name="articlesInStrings">The articles' text is in string literals (not u8).</param>
    /// <param name="stringHeapCharacters">What the articles' strings put into the #US heap.</param>
    public static SearchStorage Decide(SearchRoots roots, EquatableArray<ShardSummary> shards, bool articlesInStrings, long stringHeapCharacters, GeneratorOptions options)
    {
        var failures = shards.Select(shard => shard.Failure).Prepend(roots.Failure).OfType<DiagnosticInfo>().ToEquatableArray();
        if (!failures.IsEmpty)
        {
            return new SearchStorage(false, false, true, failures);
        }

        var documents = roots.Specs.Sum(root => SearchShardMerger.InHeap(SearchIndexBuilder.DocumentsLength(root), options));
        var terms = shards.Sum(shard => shard.HeapUnits);
        if (terms == 0 || (articlesInStrings && stringHeapCharacters + documents + terms <= options.StringLimit))
        {
            return s_strings;
        }

        if (options.SupportsUtf8)
        {
            return new SearchStorage(true, options.SpanDecoding, false, EquatableArray<DiagnosticInfo>.Empty);
        }

        var classes = string.Join(", ", roots.Specs.Select(root => root.Target.ClassName));
        var tooLarge = DiagnosticInfo.Create(DiagnosticDescriptors.SearchTooLargeForStrings, null, classes, documents + terms, stringHeapCharacters, options.StringLimit);
        return new SearchStorage(false, false, true, new[] { tooLarge }.ToEquatableArray());
    }

    /// <summary>The roots to emit: empty ones when the index is dropped.</summary>
    public EquatableArray<SearchSpec> Apply(SearchRoots roots)
        => Dropped ? roots.Specs.Select(root => root with { TitleLengths = EquatableArray<int>.Empty, BodyLengths = EquatableArray<int>.Empty }).ToEquatableArray() : roots.Specs;

    /// <summary>A shard's specs to emit, in this storage's literals: none when the index is dropped.</summary>
    public EquatableArray<SearchShardSpec> Apply(SearchShardMerge merge)
        => Dropped ? EquatableArray<SearchShardSpec>.Empty
            : Utf8 ? merge.Specs.Select(shard => shard with { Utf8 = true, SpanDecoding = SpanDecoding }).ToEquatableArray()
            : merge.Specs;
}
