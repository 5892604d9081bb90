using System;
using System.Collections.Generic;
using System.Linq;
using CorpusGen.Runtime;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CorpusGen.Tests.RealData;

/// <summary>An article as the search indexes it: its name (for answers), title and body.</summary>
internal sealed record SearchDocument(string Name, string Title, string Body);

/// <summary>
/// A query as a list of clauses, each required: one term, or several in a row (a phrase). Kept apart from its text so
/// the Lucene query is built from what was meant, not from CorpusGen's own parse of <see cref="Text"/>.
/// </summary>
internal sealed record SearchReferenceQuery(string Text, IReadOnlyList<string[]> Clauses);

/// <summary>
/// Lucene.Net over the same documents, as close to CorpusGen's ranking as Lucene allows: fields title and body
/// pre-tokenised with <see cref="SearchTokenizer"/> (so both see the same terms) and split on whitespace, BM25 with
/// CorpusGen's k1 and b, the title boosted twice. Lucene stores field lengths lossily (one byte per norm), so its
/// scores are close to, not equal to, CorpusGen's.
/// </summary>
internal sealed class SearchReference : IDisposable
{
    public const float K1 = 1.2f;
    public const float B = 0.75f;
    public const float TitleBoost = 2f;

    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    /// <summary>Indexes <paramref name="documents"/> in order, so Lucene's doc ids are their positions.</summary>
    public SearchReference(IReadOnlyList<SearchDocument> documents)
    {
        _directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        {
            Similarity = new BM25Similarity(K1, B),
            OpenMode = OpenMode.CREATE,
        };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var document in documents)
            {
                writer.AddDocument(new Document
                {
                    new TextField("title", Tokenised(document.Title), Field.Store.NO),
                    new TextField("body", Tokenised(document.Body), Field.Store.NO),
                });
            }

            // One segment: doc ids then stay the documents' positions whatever the merge policy did.
            writer.ForceMerge(1);
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity(K1, B) };
    }

    public static string Tokenised(string text) => string.Join(" ", SearchTokenizer.Terms(text));

    /// <summary>Every clause MUST match, in the title (boosted) or the body.</summary>
    public static Query ToLucene(SearchReferenceQuery query)
    {
        var all = new BooleanQuery();
        foreach (var clause in query.Clauses)
        {
            var either = new BooleanQuery
            {
                { FieldQuery("title", clause, TitleBoost), Occur.SHOULD },
                { FieldQuery("body", clause, 1f), Occur.SHOULD },
            };
            all.Add(either, Occur.MUST);
        }

        return all;
    }

    /// <summary>The positions of the best <paramref name="top"/> documents, best first (ties by position, as CorpusGen).</summary>
    public int[] Top(SearchReferenceQuery query, int top) => Search(ToLucene(query), top).ScoreDocs.Select(d => d.Doc).ToArray();

    public TopDocs Search(Query query, int top) => _searcher.Search(query, top);

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static Query FieldQuery(string field, string[] terms, float boost)
    {
        if (terms.Length == 1)
        {
            return new TermQuery(new Term(field, terms[0])) { Boost = boost };
        }

        var phrase = new PhraseQuery { Boost = boost };
        foreach (var term in terms)
        {
            phrase.Add(new Term(field, term));
        }

        return phrase;
    }
}
