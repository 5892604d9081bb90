using System;
using System.Collections.Immutable;
using System.Linq;
using CorpusGen.Corpus;
using CorpusGen.Helpers;
using CorpusGen.Tests.Generator;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Scale;

/// <summary>
/// Under UTF-8 storage a paragraph that several articles share is stored once, in a shard chosen by a hash of its
/// text, and an edit that changes what is shared re-emits only the articles and the shard concerned.
/// </summary>
public class SharedParagraphTests
{
    private const string Wire = "Dockers voted to return to work after a \"long\" dispute — Zoë Ångström reports.";
    private const string Nine = "The strike lasted nine days.";

    // Prints every paragraph as hex UTF-16 code units, so the comparison is exact.
    private const string Program = @"
using System.Linq;
foreach (var a in Demo.Articles.All)
    System.Console.WriteLine(a.Name + "":"" + string.Join(""|"", a.Paragraphs.Select(p => string.Concat(p.Select(c => ((int)c).ToString(""x4""))))));
";

    // Blank lines between paragraphs: short lines in one block would read as hard-wrapped text.
    private static readonly TestAdditionalText s_strike = TestCorpus.File("corpus/strike.txt", "Port strike ends\n\n" + Wire + "\n\n" + Nine + "\n\nShips queued outside.\n");
    private static readonly TestAdditionalText s_local = TestCorpus.File("corpus/local.txt", "Our port reopens\n\nCafes welcomed the news.\n\n" + Nine + "\n\n" + Wire + "\n");
    private static readonly TestAdditionalText s_quay = TestCorpus.File("corpus/quay.txt", "Quay cafes busy\n\n" + Wire + "\n\nQueues formed early.\n");
    private static readonly TestAdditionalText s_ferry = TestCorpus.File("corpus/ferry.txt", TestCorpus.Texts.Ferry);

    // The lone surrogate keeps this article in string literals; it shares its copy of the wire paragraph with no one.
    private static readonly TestAdditionalText s_lone = TestCorpus.File("corpus/lone.txt", "Lone surrogate\n\n" + Wire + "\n\nHalf a pair: " + (char)0xD800 + ".\n");

    private static TestOptionsProvider Utf8() => TestCorpus.Options().WithProperty("CorpusGenStringLimit", "10");

    private static GeneratorRun FirstRun() => TestCorpus.Run(new AdditionalText[] { s_strike, s_local, s_quay, s_ferry }, Utf8());

    // In code only: doc comments preview each article's first paragraph.
    private static int Occurrences(GeneratorRun run, string text)
        => run.Sources
            .SelectMany(s => s.Text.Split('\n'))
            .Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Sum(line => (line.Length - line.Replace(text, string.Empty, StringComparison.Ordinal).Length) / text.Length);

    private static string Slot(TestAdditionalText file) => Generator.IncrementalTests.SlotSource(file.RelativePath());

    private static string Shard(string paragraph)
        => "Articles.Shared" + SharedParagraphPlanner.ShardOf(Fnv.HashMixed(paragraph)).ToString("X", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";

    [Fact]
    public void A_shared_paragraph_is_stored_once_and_every_article_reads_it_back_exactly()
    {
        var files = new AdditionalText[] { s_strike, s_local, s_quay, s_ferry, s_lone };
        var strings = TestCorpus.Run(files, program: Program);
        var utf8 = TestCorpus.Run(files, Utf8(), program: Program);
        utf8.AssertNoCompileDiagnostics();

        // Each slot is one literal, so the compiler no longer stores equal paragraphs once: CorpusGen does, in both storages.
        Assert.Equal(1, Occurrences(strings, "Dockers voted"));
        Assert.Equal(2, Occurrences(utf8, "Dockers voted")); // the shard, and the string-stored article
        Assert.Equal(1, Occurrences(strings, "nine days"));
        Assert.Equal(1, Occurrences(utf8, "nine days"));
        var shards = new[] { Shard(Wire), Shard(Nine) }.Distinct().OrderBy(h => h, StringComparer.Ordinal);
        Assert.Equal(shards, utf8.Sources.Select(s => s.HintName).Where(h => h.StartsWith("Articles.Shared", StringComparison.Ordinal)));
        Assert.Equal(shards, strings.Sources.Select(s => s.HintName).Where(h => h.StartsWith("Articles.Shared", StringComparison.Ordinal)));
        Assert.Equal(strings.CompileAndRun(), utf8.CompileAndRun());
    }

    [Fact]
    public void An_article_made_only_of_shared_paragraphs_compiles_without_warnings_and_reads_back()
    {
        var rewrite = TestCorpus.File("corpus/rewrite.txt", "Strike over, port reopens\n\n" + Nine + "\n\n" + Wire + "\n");
        var files = new AdditionalText[] { s_strike, s_local, rewrite };
        var utf8 = TestCorpus.Run(files, Utf8(), program: Program);

        utf8.AssertNoCompileDiagnostics();

        // It has no paragraph text of its own: both paragraphs are in shards, not in its slot's code.
        var code = utf8.ArticleSource("StrikeOverPortReopens").Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(code, l => l.Contains(Nine, StringComparison.Ordinal) || l.Contains("Dockers voted", StringComparison.Ordinal));
        Assert.Equal(TestCorpus.Run(files, program: Program).CompileAndRun(), utf8.CompileAndRun());
    }

    [Fact]
    public void Editing_an_article_without_changing_what_is_shared_regenerates_only_its_slot()
    {
        var edited = s_strike.WithText(s_strike.GetText()!.ToString().Replace("Ships queued", "Ships waited", StringComparison.Ordinal));
        var second = FirstRun().Rerun(driver => driver.ReplaceAdditionalText(s_strike, edited));

        Assert.Equal(new[] { Slot(s_strike) }, IncrementalAssert.ModifiedSourceHintNames(second));
    }

    [Fact]
    public void Sharing_a_paragraph_that_one_article_had_regenerates_the_two_slots_and_one_shard()
    {
        // "Queues formed early." was the quay article's own; the ferry article now has it too.
        var edited = s_ferry.WithText(TestCorpus.Texts.Ferry.Replace("sailings\n\n", "sailings\n\nQueues formed early.\n\n", StringComparison.Ordinal));
        var second = FirstRun().Rerun(driver => driver.ReplaceAdditionalText(s_ferry, edited));

        var expected = new[] { Slot(s_ferry), Slot(s_quay), Shard("Queues formed early.") }.Distinct().OrderBy(h => h, StringComparer.Ordinal);
        Assert.Equal(expected, IncrementalAssert.ModifiedSourceHintNames(second));
        second.AssertNoCompileDiagnostics();
    }

    [Fact]
    public void Adding_an_article_that_shares_nothing_regenerates_only_its_slot_and_the_index()
    {
        var added = TestCorpus.File("corpus/zz.txt", "A new story\nIt happened today.\n");
        var second = FirstRun().Rerun(driver => driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(added)));

        Assert.Equal(new[] { Slot(added), "Articles.g.cs" }.OrderBy(h => h, StringComparer.Ordinal), IncrementalAssert.ModifiedSourceHintNames(second));
    }
}
