using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CorpusGen.Tests.RealData;
using Lucene.Net.Search;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Query latency once both engines are warm: CorpusGen's compiled <c>Search(query, 10)</c> (parsing the query text
/// included) against Lucene.Net's <c>IndexSearcher.Search(query, 10)</c> on an already-open RAMDirectory index (the
/// Query objects built beforehand), over the same <see cref="SearchBuild.QueryCount"/> drawn queries. Reported per
/// query. Start-up and size are <see cref="SearchReport"/>'s (the <c>search</c> mode).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 20)]
[MemoryDiagnoser]
public class SearchBenchmarks : IDisposable
{
    private Func<string, int> _search = null!;
    private string[] _texts = null!;
    private SearchReference _lucene = null!;
    private Query[] _queries = null!;

    [GlobalSetup]
    public void Setup()
    {
        var build = SearchBuild.Create();
        _search = SearchBuild.SearchOf(SearchBuild.Load(build.Assembly));
        _texts = build.Queries.Select(q => q.Text).ToArray();
        _lucene = new SearchReference(build.Documents);
        _queries = build.Queries.Select(SearchReference.ToLucene).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = SearchBuild.QueryCount, Description = "Lucene.Net IndexSearcher.Search(query, 10)")]
    public int Lucene()
    {
        var found = 0;
        foreach (var query in _queries)
        {
            found += _lucene.Search(query, 10).ScoreDocs.Length;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = SearchBuild.QueryCount, Description = "CorpusGen Articles.Search(text, 10)")]
    public int CorpusGen()
    {
        var found = 0;
        foreach (var text in _texts)
        {
            found += _search(text);
        }

        return found;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _lucene?.Dispose();
        GC.SuppressFinalize(this);
    }
}
