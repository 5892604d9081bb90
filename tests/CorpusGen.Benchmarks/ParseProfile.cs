using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using CorpusGen.Corpus;
using CorpusGen.Parsing;
using CorpusGen.Reading;

namespace CorpusGen.Benchmarks;

/// <summary>Time of each part of parsing, over every BBC file: a guide to what a full run pays for.</summary>
internal static class ParseProfile
{
    public static void Run(int repetitions)
    {
        var texts = BenchmarkCorpus.LoadBbc().Select(t => t.GetText()!.ToString()).ToList();
        var parts = new (string Name, Action<string> Work)[]
        {
            ("ToString of the text (baseline)", t => t.ToString()),
            ("binary / replacement scans", t => BinaryContentDetector.Scan(t, default)),
            ("line split", t => TextLines.Split(t, default)),
            ("paragraphs", t => Paragraphs(t)),
            ("paragraphs + repeats (normalise)", t => ArticleParser.RemoveRepeats(Paragraphs(t), out _, out _)),
            ("content id", t => ContentId.Compute("title", null, Paragraphs(t))),
            ("MinHash signature", t => MinHashSignature.Of(new[] { t })),
            ("whole ParseText", t => ArticleParser.ParseText(t, "f", "f", new List<Diagnostics.DiagnosticInfo>(), CancellationToken.None)),
        };
        foreach (var (name, work) in parts)
        {
            texts.ForEach(work);
            var watch = Stopwatch.StartNew();
            for (var r = 0; r < repetitions; r++)
            {
                texts.ForEach(work);
            }

            Console.WriteLine($"  {name,-36} {watch.Elapsed.TotalMilliseconds / repetitions,8:F1} ms per corpus");
        }
    }

    private static List<string> Paragraphs(string text)
    {
        var starts = new List<int>();
        var lines = TextLines.Split(text, default, starts);
        return ParagraphBuilder.Build(lines, starts, 0, lines.Count, CorpusGen.Reading.LayoutOverride.Auto, default).Paragraphs.ConvertAll(p => p.Text);
    }
}
