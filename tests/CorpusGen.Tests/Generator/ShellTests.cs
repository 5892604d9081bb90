using System;
using System.Collections.Generic;
using System.Linq;
using CorpusGen.Corpus;
using CorpusGen.Emitting;
using CorpusGen.Helpers;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// An article is a shell over its slot's literals (Article.__cg_Source): it reads its fields and paragraphs on first
/// use, from whichever thread asks first, through the slot type of whichever class it belongs to.
/// </summary>
public class ShellTests
{
    private const string LoneSurrogate = "Half a pair: \uD800 stays exact.";

    // In UTF-8 storage the index's u8 titles cannot hold it: its title is read from its slot's record.
    private const string LoneSurrogateTitle = "Half \uDC00 title";

    private static TestOptionsProvider Utf8(TestOptionsProvider options) => options.WithProperty("CorpusGenStringLimit", "10");

    // Many articles, so each one's first use is a race; every fourth shares a paragraph with the others.
    private static AdditionalText[] ManyArticles(int count) => Enumerable.Range(0, count)
        .Select(i => (AdditionalText)TestCorpus.File(
            "corpus/story" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + ".txt",
            "Story number " + i + "\nFirst paragraph of story " + i + ".\n"
            + (i % 4 == 0 ? "A paragraph every fourth story shares.\n" : "Second paragraph of story " + i + ".\n")
            + "Last paragraph of story " + i + ".\n\u00A9 2024 Test\nFollow us for story " + i + "\n"))
        .ToArray();

    private const string RaceProgram = @"
using System;
using System.Collections.Generic;
using System.Threading;
using Demo;

internal static class Program
{
    public static void Main()
    {
        const int Threads = 8;
        var all = Articles.All;
        var mismatches = 0;
        var wrong = 0;
        for (var a = 0; a < all.Count; a++)
        {
            var article = all[a];
            var titles = new string[Threads];
            var paragraphs = new IReadOnlyList<string>[Threads];
            var trailers = new IReadOnlyList<string>[Threads];
            var names = new string[Threads];
            var bodies = new string[Threads];
            var barrier = new Barrier(Threads);
            var workers = new Thread[Threads];
            for (var t = 0; t < Threads; t++)
            {
                var k = t;
                workers[t] = new Thread(() =>
                {
                    barrier.SignalAndWait();
                    if (k % 2 == 0)
                    {
                        titles[k] = article.Title;
                        paragraphs[k] = article.Paragraphs;
                    }
                    else
                    {
                        paragraphs[k] = article.Paragraphs;
                        titles[k] = article.Title;
                    }

                    trailers[k] = article.Trailer;
                    names[k] = article.Name;
                    bodies[k] = article.Body;
                });
                workers[t].Start();
            }

            foreach (var worker in workers)
            {
                worker.Join();
            }

            for (var t = 1; t < Threads; t++)
            {
                if (!ReferenceEquals(titles[0], titles[t]) || !ReferenceEquals(paragraphs[0], paragraphs[t])
                    || !ReferenceEquals(trailers[0], trailers[t]) || !ReferenceEquals(names[0], names[t])
                    || !ReferenceEquals(bodies[0], bodies[t]))
                {
                    mismatches++;
                }
            }

            if (titles[0] != ""Story number "" + a || paragraphs[0].Count != 3 || paragraphs[0][0] != ""First paragraph of story "" + a + "".""
                || !ReferenceEquals(paragraphs[0], article.Paragraphs) || !ReferenceEquals(titles[0], article.Title)
                || trailers[0].Count != 1 || !ReferenceEquals(article, all[a]))
            {
                wrong++;
            }
        }

        Console.Write(all.Count + "" articles, "" + mismatches + "" mismatches, "" + wrong + "" wrong"");
    }
}
";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Threads_reading_an_article_on_first_use_all_see_the_same_instances(bool utf8)
    {
        var run = TestCorpus.Run(ManyArticles(120), utf8 ? Utf8(TestCorpus.Options()) : TestCorpus.Options(), program: RaceProgram);

        run.AssertNoCompileDiagnostics();
        Assert.Equal(utf8, run.Sources.Any(s => s.Text.Contains("\"u8;", StringComparison.Ordinal)));
        Assert.Equal("120 articles, 0 mismatches, 0 wrong", run.CompileAndRun());
    }

    // What the JIT compiles is what a first use costs (each method is compiled once, whatever tier): listing every
    // title must compile a fixed handful of methods, not one per slot, and reading an article of a slot not used yet
    // compiles that slot's type initialiser and its text method only.
    private const string CompiledMethodsProgram = @"
using System;
using System.Runtime;
using Demo;

internal static class Program
{
    public static void Main()
    {
        var before = JitInfo.GetCompiledMethodCount(currentThread: true);
        var titles = 0;
        foreach (var article in Articles.All)
        {
            titles += article.Title.Length;
        }

        var listing = JitInfo.GetCompiledMethodCount(currentThread: true) - before;
        var all = Articles.All;
        var first = all[1].Paragraphs.Count;
        var mostForAnotherArticle = 0L;
        for (var a = 2; a < all.Count; a++)
        {
            if (a % 4 != 0)
            {
                before = JitInfo.GetCompiledMethodCount(currentThread: true);
                first += all[a].Paragraphs.Count;
                mostForAnotherArticle = Math.Max(mostForAnotherArticle, JitInfo.GetCompiledMethodCount(currentThread: true) - before);
            }
        }

        Console.Write(listing + "" "" + mostForAnotherArticle + "" "" + titles + "" "" + first);
    }
}
";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Listing_titles_compiles_no_method_per_slot_and_an_article_compiles_only_its_slots_two(bool utf8)
    {
        var run = TestCorpus.Run(ManyArticles(120), utf8 ? Utf8(TestCorpus.Options()) : TestCorpus.Options(), program: CompiledMethodsProgram);
        run.AssertNoCompileDiagnostics();
        Assert.Equal(utf8, run.Sources.Any(s => s.Text.Contains("\"u8;", StringComparison.Ordinal)));
        var slotsInUse = run.Sources.Count(s => s.HintName.StartsWith("Articles.Data", StringComparison.Ordinal));
        Assert.True(slotsInUse >= 40, $"only {slotsInUse} slots in use: the test needs many");
        var expectedTitles = Enumerable.Range(0, 120).Sum(i => ("Story number " + i).Length);

        var output = run.CompileAndRun().Split(' ').Select(long.Parse).ToArray();

        Assert.True(output[0] <= 16, $"listing {slotsInUse} slots' titles compiled {output[0]} methods");
        Assert.True(output[1] <= (utf8 ? 3 : 2), $"reading an article of a slot not used yet compiled {output[1]} methods");
        Assert.Equal(expectedTitles, output[2]);
        Assert.Equal(3 * (1 + Enumerable.Range(2, 118).Count(a => a % 4 != 0)), output[3]);
    }

    // Two classes sharing the one article type, each with paragraphs shared by its own articles, a lone surrogate
    // (kept in string literals under UTF-8 storage) and articles named like the slot type's members.
    private static readonly AdditionalText[] s_twoClasses =
    {
        TestCorpus.File("corpus/news/ferry.txt", TestCorpus.Texts.Ferry),
        TestCorpus.File("corpus/news/wire.txt", "Port strike ends\nDockers voted to return to work.\nThe strike lasted nine days.\nShips queued outside the harbour.\n"),
        TestCorpus.File("corpus/news/local.txt", "Our port reopens\nCafes near the quay welcomed the news.\nDockers voted to return to work.\nThe strike lasted nine days.\n"),
        TestCorpus.File("corpus/news/lone.txt", "Lone surrogate\n" + LoneSurrogate + "\n"),
        TestCorpus.File("corpus/news/half.txt", LoneSurrogateTitle + "\nA title UTF-8 cannot hold.\n"),
        TestCorpus.File("corpus/sport/final.txt", "Cup final tonight\nThe two sides met twice this season.\nTickets sold out in an hour.\n"),
        TestCorpus.File("corpus/sport/report.txt", "Home side wins the cup\nThe two sides met twice this season.\nTickets sold out in an hour.\nThe winner came late.\n"),
        TestCorpus.File("corpus/sport/table.txt", "League table\nThe leaders are three points clear.\n"),
        TestCorpus.File("corpus/sport/meta.txt", "Meta story\nA story about stories.\n"),
        TestCorpus.File("corpus/sport/text.txt", "Text story\nWords about words.\n"),
        TestCorpus.File("corpus/sport/shared.txt", "Shared story\nShared by nobody.\n"),
        TestCorpus.File("corpus/sport/articles.txt", "Articles story\nAn article named Articles.\n"),
    };

    private static TestOptionsProvider TwoClassOptions(bool utf8, bool isPublic)
    {
        var options = TestCorpus.Options();
        foreach (var file in s_twoClasses.Where(f => f.Path.Contains("/sport/", StringComparison.Ordinal)))
        {
            options = options.WithMetadata(file.Path, "CorpusGenClass", "Sports");
        }

        options = options
            .WithMetadata(TestCorpus.ProjectDir + "corpus/sport/table.txt", "CorpusGenName", "Table")
            .WithMetadata(TestCorpus.ProjectDir + "corpus/sport/meta.txt", "CorpusGenName", "Meta8")
            .WithMetadata(TestCorpus.ProjectDir + "corpus/sport/text.txt", "CorpusGenName", "Text")
            .WithMetadata(TestCorpus.ProjectDir + "corpus/sport/shared.txt", "CorpusGenName", "Shared")
            .WithMetadata(TestCorpus.ProjectDir + "corpus/sport/articles.txt", "CorpusGenName", "Articles")
            .WithMetadata(TestCorpus.ProjectDir + "corpus/news/lone.txt", "CorpusGenName", "Meta")
            .WithMetadata(TestCorpus.ProjectDir + "corpus/news/half.txt", "CorpusGenName", "HalfTitle");
        options = isPublic ? options.WithProperty("CorpusGenVisibility", "public") : options;
        return utf8 ? Utf8(options) : options;
    }

    private const string TwoClassProgram = @"
using System;
using System.Collections.Generic;
using System.Linq;
using Demo;

internal static class Program
{
    public static void Main()
    {
        Console.WriteLine(Describe(Articles.All, Articles.Names, Find(true)));
        Console.WriteLine(Describe(Sports.All, Sports.Names, Find(false)));
        Console.WriteLine(Articles.PortStrikeEnds.Paragraphs[0] == Articles.OurPortReopens.Paragraphs[1]);
        Console.WriteLine(ReferenceEquals(Sports.Table, Sports.All.Single(a => a.Name == ""Table"")) + "" "" + Sports.Meta8.Title + "" "" + Sports.Text.Title + "" "" + Sports.Shared.Title + "" "" + Sports.Articles.Title);
        Console.WriteLine(string.Join("","", Articles.Meta.Paragraphs[0].Select(c => ((int)c).ToString(""X4""))));
        Console.WriteLine(Sports.HomeSideWinsTheCup.Paragraphs[0] == Sports.CupFinalTonight.Paragraphs[0]);
    }

    private static Func<string, Article> Find(bool news)
    {
        return name =>
        {
            Article found;
            var ok = news ? Articles.TryGet(name, out found) : Sports.TryGet(name, out found);
            return ok ? found : null;
        };
    }

    private static string Describe(IReadOnlyList<Article> all, IReadOnlyList<string> names, Func<string, Article> find)
    {
        var parts = new List<string>();
        for (var i = 0; i < all.Count; i++)
        {
            var same = ReferenceEquals(find(names[i]), all[i]) && names[i] == all[i].Name;
            parts.Add(all[i].Name + ""="" + all[i].Title + ""/"" + all[i].Paragraphs.Count + ""/"" + all[i].SourcePath + (same ? """" : ""!""));
        }

        return string.Join("";"", parts) + "" missing="" + (find(""Nobody"") == null);
    }
}
";

    [Theory]
    [InlineData(false, false, LanguageVersion.Latest, NullableContextOptions.Enable)]
    [InlineData(true, false, LanguageVersion.Latest, NullableContextOptions.Enable)]
    [InlineData(true, true, LanguageVersion.Latest, NullableContextOptions.Disable)]
    [InlineData(false, true, LanguageVersion.CSharp7_3, NullableContextOptions.Disable)]
    public void Two_classes_share_the_article_type_and_read_their_own_slots(bool utf8, bool isPublic, LanguageVersion version, NullableContextOptions nullable)
    {
        var program = nullable == NullableContextOptions.Enable ? "#nullable disable\n" + TwoClassProgram : TwoClassProgram;
        var run = TestCorpus.Run(s_twoClasses, TwoClassOptions(utf8, isPublic), program: program, languageVersion: version, nullable: nullable);

        run.AssertNoCompileDiagnostics();
        Assert.Equal(utf8, run.Sources.Any(s => s.Text.Contains("\"u8;", StringComparison.Ordinal)));
        Assert.Contains(run.Sources, s => s.HintName.StartsWith("Sports.Shared", StringComparison.Ordinal));
        Assert.Contains(run.Sources, s => s.HintName.StartsWith("Articles.Shared", StringComparison.Ordinal));
        Assert.Contains((isPublic ? "public" : "internal") + " sealed class Article", run.Source("Article.g.cs"), StringComparison.Ordinal);
        var lines = run.CompileAndRun().Split('\n');
        Assert.Equal(
            "HarbourFerryAddsLateSailings=Harbour ferry adds late sailings/2/corpus/news/ferry.txt;HalfTitle=" + LoneSurrogateTitle + "/1/corpus/news/half.txt;OurPortReopens=Our port reopens/3/corpus/news/local.txt;"
            + "Meta=Lone surrogate/1/corpus/news/lone.txt;PortStrikeEnds=Port strike ends/3/corpus/news/wire.txt missing=True",
            lines[0]);
        Assert.Equal(
            "Articles=Articles story/1/corpus/sport/articles.txt;CupFinalTonight=Cup final tonight/2/corpus/sport/final.txt;"
            + "Meta8=Meta story/1/corpus/sport/meta.txt;HomeSideWinsTheCup=Home side wins the cup/3/corpus/sport/report.txt;"
            + "Shared=Shared story/1/corpus/sport/shared.txt;Table=League table/1/corpus/sport/table.txt;Text=Text story/1/corpus/sport/text.txt missing=True",
            lines[1]);
        Assert.Equal("True", lines[2]);
        Assert.Equal("True Meta story Text story Shared story Articles story", lines[3]);
        Assert.Equal(string.Join(",", LoneSurrogate.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture))), lines[4]);
        Assert.Equal("True", lines[5]);
    }

    [Theory]
    [InlineData("Table", false)]
    [InlineData("Table", true)]
    [InlineData("Meta", true)]
    [InlineData("Text", true)]
    [InlineData("Meta8", true)]
    [InlineData("Text8", true)]
    [InlineData("Shared", true)]
    [InlineData("Source", true)]
    [InlineData("Shells", true)]
    [InlineData("Slice", true)]
    [InlineData("Interlocked", true)]
    [InlineData("Articles", false)]
    [InlineData("Articles", true)]
    public void An_accepted_article_type_named_like_a_shell_member_compiles(string articleType, bool utf8)
    {
        // The class is Stories, so "Articles" is a valid type; an article is named like the type too.
        var options = TestCorpus.Options().WithProperty("CorpusGenArticleType", articleType).WithProperty("CorpusGenClassName", "Stories")
            .WithMetadata(TestCorpus.ProjectDir + "corpus/news/wire.txt", "CorpusGenName", articleType);
        var program = "Demo." + articleType + " wire = Demo.Stories." + articleType + "; System.Console.Write(wire.Title + \"|\" + wire.Paragraphs[2] + \"|\" + Demo.Stories.OurPortReopens.Paragraphs[2]);";
        var run = TestCorpus.Run(s_twoClasses.Take(3), utf8 ? Utf8(options) : options, program: program);

        run.AssertNoCompileDiagnostics();
        Assert.Equal("Port strike ends|Ships queued outside the harbour.|The strike lasted nine days.", run.CompileAndRun());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Placeholders_compile_and_read_under_utf8_storage(bool wholeSlot)
    {
        var run = TestCorpus.Run(
            new AdditionalText[] { TestCorpus.Seed(), TestCorpus.File("corpus/ferry.txt", TestCorpus.Texts.Ferry) },
            Utf8(TestCorpus.Options()),
            program: "System.Console.Write(Demo.Articles.All.Count + \" \" + Demo.Articles.BanKiMoon.Name + \" \" + Demo.Articles.BanKiMoon.SourcePath + \" \" + Demo.Articles.BanKiMoon.Paragraphs.Count + \" [\" + Demo.Articles.BanKiMoon.Title + \"] \" + Demo.Articles.HarbourFerryAddsLateSailings.Paragraphs.Count);");
        run.AssertNoCompileDiagnostics();
        var slot = SlotOfSeed();

        string source;
        if (wholeSlot)
        {
            source = SlotEmitter.EmitPlaceholders(slot);
        }
        else
        {
            var (emitted, errors) = SlotEmitter.Emit(slot);
            Assert.Equal("CG0006", Assert.Single(errors).Id);
            source = emitted;
        }

        Assert.Contains("\"u8;", source, StringComparison.Ordinal);
        // A placeholder has no text of its own; its title is the index's, which was written.
        Assert.Equal("2 BanKiMoon " + TestCorpus.SeedRelativePath + " 0 [File photo of United Nations Secretary-General Ban Ki-moon.] 2", run.RunWithSource(slot.HintName, source));
    }

    private static SlotSpec SlotOfSeed()
    {
        var hex = SlotPlan.Hex(SlotPlan.SlotOf(TestCorpus.SeedRelativePath));
        return new SlotSpec(
            new EmitTarget("Demo", "Articles", IsPublic: false, SupportsNullable: true, HasNotNullWhen: true, Utf8Text: true, SpanDecoding: true),
            SlotPlan.SlotOf(TestCorpus.SeedRelativePath),
            "Articles.Data" + hex + ".g.cs",
            new[] { new ArticleSpec("BanKiMoon", TestCorpus.SeedRelativePath, null!, EquatableArray<string>.Empty) }.ToEquatableArray());
    }
}
