using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace CorpusGen.Benchmarks;

/// <summary>
/// <c>first-access</c>: where the first access of one article goes (a guide, not a claim): in fresh copies of the
/// <see cref="RuntimeBenchmarks"/> assembly, the index class's type initialiser alone, then the article's title.
/// </summary>
internal static class FirstAccessSteps
{
    public const string Mode = "first-access";

    public static void Run(int rounds)
    {
        foreach (var storage in new[] { "strings", "utf8" })
        {
            var benchmarks = new RuntimeBenchmarks { Storage = storage };
            benchmarks.Setup();
            var initialiser = new double[rounds];
            var title = new double[rounds];
            for (var round = -3; round < rounds; round++)
            {
                var assembly = new AssemblyLoadContext("FirstAccess").LoadFromStream(new MemoryStream(benchmarks.CompiledAssembly));
                var articles = assembly.GetType("Bbc.Articles")!;
                var probe = assembly.GetType("Probe")!.GetMethod("Title")!.CreateDelegate<Func<int>>();
                var clock = Stopwatch.StartNew();
                RuntimeHelpers.RunClassConstructor(articles.TypeHandle);
                var afterInitialiser = clock.Elapsed;
                probe();
                var afterTitle = clock.Elapsed;
                if (round >= 0)
                {
                    initialiser[round] = afterInitialiser.TotalMilliseconds;
                    title[round] = (afterTitle - afterInitialiser).TotalMilliseconds;
                }
            }

            Console.WriteLine($"{storage}: type initialiser of the index class {Median(initialiser):F2} ms, then the title {Median(title):F2} ms (medians of {rounds})");
        }
    }

    private static double Median(double[] values) => values.OrderBy(v => v).ElementAt(values.Length / 2);
}
