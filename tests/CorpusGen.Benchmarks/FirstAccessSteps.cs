using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace CorpusGen.Benchmarks;

/// <summary>
/// <c>first-access</c>: where the first access of one article goes, and the first listing of <c>All</c> (a guide, not
/// a claim): in fresh copies of the <see cref="RuntimeBenchmarks"/> assembly, the index class's type initialiser
/// alone, then the article's title; in other fresh copies, listing every title. Each step also reports how many
/// methods the JIT compiled for it and the JIT's time, because a generated method costs its JIT at first use.
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
            var initialiser = new Step[rounds];
            var title = new Step[rounds];
            var paragraphs = new Step[rounds];
            var allTitles = new Step[rounds];
            var slots = new Step[rounds];
            var afterSlots = new Step[rounds];
            for (var round = -3; round < rounds; round++)
            {
                var assembly = Load(benchmarks);
                var articles = assembly.GetType("Bbc.Articles")!;
                var probe = Probe(assembly, "Title");
                var first = Step.Measure(() => RuntimeHelpers.RunClassConstructor(articles.TypeHandle));
                var second = Step.Measure(() => probe());
                var thenParagraphs = Probe(assembly, "Paragraphs");
                var paragraphsStep = Step.Measure(() => thenParagraphs());
                var listing = Probe(Load(benchmarks), "AllTitles");
                var third = Step.Measure(() => listing());
                var split = Load(benchmarks);
                var slotTypes = split.GetType("Bbc.Articles")!.GetNestedTypes(System.Reflection.BindingFlags.NonPublic).Where(t => t.Name.StartsWith("__cg_Slot", StringComparison.Ordinal)).ToArray();
                var fourth = Step.Measure(() => { foreach (var slot in slotTypes) RuntimeHelpers.RunClassConstructor(slot.TypeHandle); });
                var splitListing = Probe(split, "AllTitles");
                var fifth = Step.Measure(() => splitListing());
                if (round >= 0)
                {
                    slots[round] = fourth;
                    afterSlots[round] = fifth;
                    initialiser[round] = first;
                    title[round] = second;
                    paragraphs[round] = paragraphsStep;
                    allTitles[round] = third;
                }
            }

            Console.WriteLine($"{storage} (medians of {rounds}):");
            Console.WriteLine($"  type initialiser of the index class {Step.Median(initialiser)}");
            Console.WriteLine($"  then one article's title            {Step.Median(title)}");
            Console.WriteLine($"  then its paragraphs                 {Step.Median(paragraphs)}");
            Console.WriteLine($"  listing All, titles (fresh copy)    {Step.Median(allTitles)}");
            Console.WriteLine($"  every slot's type initialiser       {Step.Median(slots)}");
            Console.WriteLine($"  then listing All, titles            {Step.Median(afterSlots)}");
        }
    }

    private static System.Reflection.Assembly Load(RuntimeBenchmarks benchmarks) =>
        new AssemblyLoadContext("FirstAccess").LoadFromStream(new MemoryStream(benchmarks.CompiledAssembly));

    private static Func<int> Probe(System.Reflection.Assembly assembly, string method) =>
        assembly.GetType("Probe")!.GetMethod(method)!.CreateDelegate<Func<int>>();

    private readonly record struct Step(double Milliseconds, long MethodsJitted, double JitMilliseconds)
    {
        public static Step Measure(Action action)
        {
            var methods = JitInfo.GetCompiledMethodCount(currentThread: true);
            var jit = JitInfo.GetCompilationTime(currentThread: true);
            var clock = Stopwatch.StartNew();
            action();
            var elapsed = clock.Elapsed;
            return new Step(
                elapsed.TotalMilliseconds,
                JitInfo.GetCompiledMethodCount(currentThread: true) - methods,
                (JitInfo.GetCompilationTime(currentThread: true) - jit).TotalMilliseconds);
        }

        public static string Median(Step[] steps)
        {
            static double Of(double[] values) => values.OrderBy(v => v).ElementAt(values.Length / 2);
            return $"{Of(steps.Select(s => s.Milliseconds).ToArray()),7:F2} ms; JIT {Of(steps.Select(s => (double)s.MethodsJitted).ToArray()),5:F0} methods, " +
                $"{Of(steps.Select(s => s.JitMilliseconds).ToArray()),6:F2} ms";
        }
    }
}
