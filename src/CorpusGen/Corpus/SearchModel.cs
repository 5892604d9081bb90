using CorpusGen.Helpers;

namespace CorpusGen.Corpus;

/// <summary>
/// Each class's search index (empty when CorpusGenSearch is off): per class one root (document lengths) and
/// <see cref="Runtime.SearchTokenizer.ShardCount"/> fixed term shards, in class order, so an edit re-emits the root
/// and the shards whose terms' postings changed, never a fixed number more.
/// </summary>
internal sealed record SearchModel(EquatableArray<SearchSpec> Roots, EquatableArray<SearchShardSpec> Shards, EquatableArray<Diagnostics.DiagnosticInfo> Diagnostics)
{
    public static SearchModel Empty { get; } = new(EquatableArray<SearchSpec>.Empty, EquatableArray<SearchShardSpec>.Empty, EquatableArray<Diagnostics.DiagnosticInfo>.Empty);
}

/// <summary>A class's documents, in the order of its All: each one's title and body length in terms.</summary>
internal sealed record SearchSpec(EmitTarget Target, string HintName, EquatableArray<int> TitleLengths, EquatableArray<int> BodyLengths);

/// <summary>One shard of a class's terms, in ordinal order, and its postings literal (empty shards emit nothing).</summary>
/// <param name="Terms">Its terms, each a line of its terms literal (<see cref="Runtime.SearchIndexData.Terms"/>).</param>
/// <param name="Postings">Its postings literal's content (<see cref="Runtime.SearchIndexData.Postings"/>).</param>
/// <param name="Utf8">
/// Its literals are "..."u8, decoded once when a query first needs the shard: the search index does not fit the
/// string heap beside the articles.
/// </param>
/// <param name="SpanDecoding">Encoding.GetString takes a ReadOnlySpan&lt;byte&gt; (no copy before decoding).</param>
internal sealed record SearchShardSpec(EmitTarget Target, int Shard, string HintName, EquatableArray<string> Terms, string Postings, bool Utf8 = false, bool SpanDecoding = false);

/// <summary>Each class's documents table (its search root), in class order; the failure when it could not be built.</summary>
internal sealed record SearchRoots(EquatableArray<SearchSpec> Specs, Diagnostics.DiagnosticInfo? Failure)
{
    public static SearchRoots Empty { get; } = new(EquatableArray<SearchSpec>.Empty, null);
}

/// <summary>One shard's terms merged across the corpus: per class its spec, in class order, and what storage needs.</summary>
internal sealed record SearchShardMerge(EquatableArray<SearchShardSpec> Specs, ShardSummary Summary)
{
    public static SearchShardMerge Empty { get; } = new(EquatableArray<SearchShardSpec>.Empty, new ShardSummary(0, null));
}

/// <summary>
/// What storage needs of a merged shard, small so that the decision over all shards compares cheaply.
/// </summary>
/// <param name="HeapUnits">Units its literals put into the #US heap if stored as strings (data-section literals count 0).</param>
/// <param name="Failure">CG0006 when the merge threw: the whole index is then dropped, so no shard is half there.</param>
internal sealed record ShardSummary(long HeapUnits, Diagnostics.DiagnosticInfo? Failure);
