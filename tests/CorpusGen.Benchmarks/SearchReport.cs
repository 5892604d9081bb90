using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using CorpusGen.Tests.RealData;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CorpusGen.Benchmarks;

/// <summary>
/// <c>search [runs]</c>: CorpusGen's compiled search against Lucene.Net on BBC, as one markdown table: warm query
/// latency (a Stopwatch guide beside <see cref="SearchBenchmarks"/>), start-up to the first answer in fresh child
/// processes (CorpusGen: loading the compiled assembly and answering; Lucene: indexing the texts, already in memory,
/// and answering), what the first CorpusGen query allocates, and the size of the generated search literals.
/// </summary>
internal static class SearchReport
{
    public const string Mode = "search";

    private const string ChildMode = "search-child";

    /// <summary><c>search-scale</c>: the same queries' latency on BBC and on the 50 MB synthetic corpus (goal: under 10x).</summary>
    private const string ScaleMode = "search-scale";

    public static int Run(string[] args)
    {
        if (args[0] == ChildMode)
        {
            return Child(args);
        }

        if (args[0] == ScaleMode)
        {
            return Scale();
        }

        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
        var build = SearchBuild.Create();
        var folder = Directory.CreateTempSubdirectory("corpusgen-search-");
        try
        {
            var assembly = Path.Combine(folder.FullName, "SearchBench.dll");
            File.WriteAllBytes(assembly, build.Assembly);
            var documents = Path.Combine(folder.FullName, "documents.bin");
            WriteDocuments(documents, build.Documents);
            var first = build.Queries[0].Text;

            var (ourQueries, luceneQueries) = WarmLatency(build);
            var (ourQuery, luceneQuery) = (Median(ourQueries), Median(luceneQueries));
            var ours = Children(runs, "corpusgen", assembly, first);
            var lucene = Children(runs, "lucene", documents, first);
            var (literals, text) = Sizes(build);

            var ourStart = Median(ours.Select(r => r.Milliseconds));
            var luceneStart = Median(lucene.Select(r => r.Milliseconds));
            Console.WriteLine($"BBC: {build.Documents.Count} articles; {build.Queries.Count} queries (first: {first}); start-up medians of {runs} fresh processes each.");
            Console.WriteLine();
            Console.WriteLine("| measure | CorpusGen | Lucene.Net | CorpusGen / Lucene |");
            Console.WriteLine("| --- | ---: | ---: | ---: |");
            Console.WriteLine($"| warm query, median over the queries of each one's median | {ourQuery:F1} µs | {luceneQuery:F1} µs | {ourQuery / luceneQuery:F2} |");
            Console.WriteLine($"| start-up to the first answer, fresh process | {ourStart:F1} ms | {luceneStart:F1} ms | 1/{luceneStart / ourStart:F0} |");
            Console.WriteLine($"| allocated by the first query (GC.GetAllocatedBytesForCurrentThread) | {Median(ours.Select(r => (double)r.Allocated)):N0} B | {Median(lucene.Select(r => (double)r.Allocated)):N0} B (indexing included) | |");
            Console.WriteLine($"| search data literals, UTF-16 units, vs article text ({text:N0} chars) | {literals.Total:N0} ({100.0 * literals.Total / text:F1}%) | | |");
            Console.WriteLine();
            Console.WriteLine($"Literals: documents {literals.Documents:N0}, terms {literals.Terms:N0}, postings {literals.Postings:N0} (units).");
            Console.WriteLine();
            Console.WriteLine("| query | CorpusGen µs | Lucene.Net µs | matches |");
            Console.WriteLine("| --- | ---: | ---: | ---: |");
            var count = SearchBuild.CountOf(SearchBuild.Load(build.Assembly));
            for (var i = 0; i < build.Queries.Count; i++)
            {
                Console.WriteLine($"| `{build.Queries[i].Text}` | {ourQueries[i]:F1} | {luceneQueries[i]:F1} | {count(build.Queries[i].Text)} |");
            }
            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Warm CorpusGen latency over 20 queries drawn alike from each corpus (<see cref="SearchQueries.Draw"/>), BBC and
    /// the 50 MB synthetic corpus built in process one after the other; also the synthetic build's generator and emit time.
    /// </summary>
    private static int Scale()
    {
        var (bbcTimes, bbcCount) = BbcLatency();
        GC.Collect();

        var clock = Stopwatch.StartNew();
        var synthetic = SearchBuild.CreateSynthetic();
        var built = clock.Elapsed;
        var syntheticTimes = CorpusGenLatency(synthetic);
        var (bbcMedian, syntheticMedian) = (Median(bbcTimes), Median(syntheticTimes));
        Console.WriteLine($"BBC: {bbcCount:N0} articles; synthetic: {synthetic.Documents.Count:N0} articles, generated and compiled in process in {built.TotalSeconds:F1} s.");
        Console.WriteLine();
        Console.WriteLine("| measure | BBC | 50 MB synthetic | synthetic / BBC |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        Console.WriteLine($"| warm query, median over 20 drawn queries of each one's median | {bbcMedian:F1} µs | {syntheticMedian:F1} µs | {syntheticMedian / bbcMedian:F2} (goal < 10) |");
        Console.WriteLine($"| slowest query's median | {bbcTimes.Max():F1} µs | {syntheticTimes.Max():F1} µs | |");
        Console.WriteLine();
        Console.WriteLine("| synthetic query | µs | matches |");
        Console.WriteLine("| --- | ---: | ---: |");
        var count = SearchBuild.CountOf(SearchBuild.Load(synthetic.Assembly));
        for (var i = 0; i < synthetic.Queries.Count; i++)
        {
            Console.WriteLine($"| `{synthetic.Queries[i].Text}` | {syntheticTimes[i]:F1} | {count(synthetic.Queries[i].Text)} |");
        }

        return 0;
    }

    /// <summary>BBC's latencies, its build dropped before the synthetic corpus is built.</summary>
    private static (List<double> Times, int Articles) BbcLatency()
    {
        var bbc = SearchBuild.Create();
        return (CorpusGenLatency(bbc), bbc.Documents.Count);
    }

    private static List<double> CorpusGenLatency(SearchBuild build)
    {
        var search = SearchBuild.SearchOf(SearchBuild.Load(build.Assembly));
        return build.Queries.Select(query => MedianMicroseconds(() => search(query.Text), 200)).ToList();
    }

    /// <summary>Per query the median of many warm runs, in microseconds.</summary>
    private static (List<double> CorpusGen, List<double> Lucene) WarmLatency(SearchBuild build)
    {
        const int Repetitions = 200;
        var search = SearchBuild.SearchOf(SearchBuild.Load(build.Assembly));
        using var reference = new SearchReference(build.Documents);
        var ours = new List<double>();
        var theirs = new List<double>();
        foreach (var query in build.Queries)
        {
            var lucene = SearchReference.ToLucene(query);
            ours.Add(MedianMicroseconds(() => search(query.Text), Repetitions));
            theirs.Add(MedianMicroseconds(() => reference.Search(lucene, 10).ScoreDocs.Length, Repetitions));
        }

        return (ours, theirs);
    }

    private static double MedianMicroseconds(Func<int> action, int repetitions)
    {
        for (var i = 0; i < 20; i++)
        {
            action();
        }

        var times = new double[repetitions];
        for (var i = 0; i < repetitions; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        return Median(times);
    }

    private readonly record struct ChildResult(double Milliseconds, long Allocated, int Hits);

    private static List<ChildResult> Children(int runs, string engine, string input, string query)
    {
        var results = new List<ChildResult>();
        for (var run = 0; run < runs; run++)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            {
                start.ArgumentList.Add(typeof(SearchReport).Assembly.Location);
            }

            foreach (var argument in new[] { ChildMode, engine, input, query })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd().Trim().Split(' ');
            process.WaitForExit();
            if (process.ExitCode != 0 || output.Length != 3)
            {
                throw new InvalidOperationException($"the {engine} child failed ({process.ExitCode}): {string.Join(' ', output)}");
            }

            results.Add(new(double.Parse(output[0], CultureInfo.InvariantCulture), long.Parse(output[1], CultureInfo.InvariantCulture), int.Parse(output[2], CultureInfo.InvariantCulture)));
        }

        if (results.Select(r => r.Hits).Distinct().Count() != 1 || results[0].Hits == 0)
        {
            throw new InvalidOperationException($"the {engine} children found {string.Join(",", results.Select(r => r.Hits))} hits");
        }

        return results;
    }

    /// <summary>One measurement in this fresh process: "milliseconds allocated-bytes hits".</summary>
    private static int Child(string[] args)
    {
        var (engine, input, text) = (args[1], args[2], args[3]);
        long allocated;
        int hits;
        long start;
        if (engine == "corpusgen")
        {
            start = Stopwatch.GetTimestamp();
            var search = SearchBuild.SearchOf(SearchBuild.LoadFrom(input));
            var before = GC.GetAllocatedBytesForCurrentThread();
            hits = search(text);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        else
        {
            // Read before the clock: CorpusGen's texts are in its assembly, Lucene's must come from somewhere.
            var documents = ReadDocuments(input);
            var query = Parse(text);
            start = Stopwatch.GetTimestamp();
            var before = GC.GetAllocatedBytesForCurrentThread();
            using var reference = new SearchReference(documents);
            hits = reference.Top(query, 10).Length;
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{elapsed:F3} {allocated} {hits}"));
        return 0;
    }

    /// <summary>The clauses of a drawn query's text (<see cref="SearchQueries"/>: folded words, or one quoted phrase).</summary>
    private static SearchReferenceQuery Parse(string text) =>
        text.StartsWith('"')
            ? new(text, new[] { text.Trim('"').Split(' ') })
            : new(text, text.Split(' ').Select(word => new[] { word }).ToArray());

    private static void WriteDocuments(string path, List<SearchDocument> documents)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(documents.Count);
        foreach (var document in documents)
        {
            writer.Write(document.Name);
            writer.Write(document.Title);
            writer.Write(document.Body);
        }
    }

    private static List<SearchDocument> ReadDocuments(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        var documents = new List<SearchDocument>();
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            documents.Add(new(reader.ReadString(), reader.ReadString(), reader.ReadString()));
        }

        return documents;
    }

    private readonly record struct Literals(long Documents, long Terms, long Postings)
    {
        public long Total => Documents + Terms + Postings;
    }

    /// <summary>
    /// The generated search data, in UTF-16 units of the literals' values (as the compiler folds them): the root's
    /// Documents() literal and each shard's terms and postings; against the articles' titles and bodies.
    /// </summary>
    private static (Literals Literals, long Text) Sizes(SearchBuild build)
    {
        long documents = 0, terms = 0, postings = 0;
        foreach (var tree in build.Compilation.SyntaxTrees)
        {
            var name = Path.GetFileName(tree.FilePath);
            if (name != "Articles.Search.g.cs" && !name.StartsWith("Articles.SearchTerms", StringComparison.Ordinal))
            {
                continue;
            }

            var model = build.Compilation.GetSemanticModel(tree);
            var root = tree.GetRoot();
            foreach (var method in root.DescendantNodes().OfType<MethodDeclarationSyntax>().Where(m => m.Identifier.Text == "Documents"))
            {
                documents += Length(model, method.ExpressionBody!.Expression);
            }

            foreach (var assignment in root.DescendantNodes().OfType<AssignmentExpressionSyntax>())
            {
                switch ((assignment.Left as IdentifierNameSyntax)?.Identifier.Text)
                {
                    case "terms": terms += Length(model, assignment.Right); break;
                    case "postings": postings += Length(model, assignment.Right); break;
                }
            }
        }

        if (documents == 0 || terms == 0 || postings == 0)
        {
            throw new InvalidOperationException("no search literals found: has the generated shape changed?");
        }

        return (new(documents, terms, postings), build.Documents.Sum(d => (long)d.Title.Length + d.Body.Length));
    }

    private static int Length(SemanticModel model, SyntaxNode expression) =>
        model.GetConstantValue(expression) is { HasValue: true, Value: string value }
            ? value.Length
            : throw new InvalidOperationException("not a constant string: " + expression.ToString()[..Math.Min(80, expression.ToString().Length)]);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
