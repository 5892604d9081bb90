using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using CorpusGen.Corpus;
using CorpusGen.Parsing;
using CorpusGen.Reading;

namespace CorpusGen.Benchmarks;

/// <summary>
/// The corpus step alone on the parsed BBC articles, as on an edit (the same parsed contents as last time), with
/// and without near-duplicate detection: what every keystroke pays for the whole-corpus decisions.
/// </summary>
internal static class CorpusStepProfile
{
    public static void Run(int repetitions)
    {
        var root = BenchmarkCorpus.BbcRoot();
        var files = BenchmarkCorpus.LoadBbc().Select(t =>
        {
            var relative = t.Path.Substring(root.Length).Replace('\\', '/');
            var content = ArticleParser.ParseText(t.GetText()!.ToString(), t.Path, relative, new List<Diagnostics.DiagnosticInfo>(), CancellationToken.None);
            return new ParsedArticle(t.Path, relative, null, null, content, Helpers.EquatableArray<Diagnostics.DiagnosticInfo>.Empty);
        }).ToImmutableArray();

        foreach (var threshold in new[] { GeneratorOptions.DefaultNearDuplicateThreshold, 0 })
        {
            var options = new GeneratorOptions("Bbc", GeneratorOptions.DefaultClassName, false, true, true, Helpers.EquatableArray<Diagnostics.DiagnosticInfo>.Empty, NearDuplicateThreshold: threshold);
            CorpusBuilder.Build(files, options, CancellationToken.None);
            var watch = Stopwatch.StartNew();
            for (var r = 0; r < repetitions; r++)
            {
                CorpusBuilder.Build(files, options, CancellationToken.None);
            }

            Console.WriteLine($"  corpus step, near-duplicate threshold {threshold}: {watch.Elapsed.TotalMilliseconds / repetitions,8:F2} ms");
        }
    }
}
