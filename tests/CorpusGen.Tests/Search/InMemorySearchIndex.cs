using System.Collections.Generic;
using System.Linq;
using CorpusGen.Corpus;
using CorpusGen.Emitting;
using CorpusGen.Parsing;
using CorpusGen.Runtime;

namespace CorpusGen.Tests.Search;

/// <summary>
/// The index the generator writes for some documents, built by the same builder and layout writers, and read by the
/// same engine, without compiling anything: for property tests over many small corpora.
/// </summary>
internal sealed class InMemorySearchIndex : SearchIndexData
{
    private readonly (string Title, string[] Paragraphs)[] _documents;
    private readonly string _documentsData;
    private readonly string[] _terms;
    private readonly string[] _postings;

    public InMemorySearchIndex(IReadOnlyList<(string Title, string[] Paragraphs)> documents)
    {
        _documents = documents.ToArray();
        var terms = _documents.Select((d, i) => (ArticleTerms?)ArticleTerms.From("doc" + i, d.Title, d.Paragraphs)).ToArray();
        var (root, shards) = SearchIndexBuilder.BuildClass(new EmitTarget("Demo", "Articles", false, true, true), "Articles", terms, default);
        _documentsData = SearchEmitter.Documents(root);
        _terms = shards.Select(s => string.Concat(s.Terms.Select(t => t + "\n"))).ToArray();
        _postings = shards.Select(s => s.Postings).ToArray();
    }

    public override string Documents() => _documentsData;

    public override string Terms(int shard) => _terms[shard];

    public override string Postings(int shard) => _postings[shard];

    public override string FieldText(int position, int field)
        => field == Title ? _documents[position].Title : string.Join("\n\n", _documents[position].Paragraphs);

    public int[] Find(string query, int top = 10) => SearchEngine.Find(this, SearchQuery.Parse(query), top, out _);

    public int Count(string query) => SearchEngine.Count(this, SearchQuery.Parse(query));
}
