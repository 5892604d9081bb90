using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>The generated code compiled together with a program, executed, and its output checked.</summary>
public class CompileAndRunTests
{
    // C# 7.3 syntax, so the same program runs against every language version.
    private const string Program = @"
using System;
using System.Linq;
using Demo;

internal static class Program
{
    public static void Main()
    {
        var ban = Articles.BanKiMoon;
        Console.WriteLine(""count="" + ban.Paragraphs.Count);
        Console.WriteLine(""name="" + ban.Name);
        Console.WriteLine(""title="" + ban.Title);
        Console.WriteLine(""headline="" + (ban.Headline ?? ""<null>""));
        Console.WriteLine(""dateline="" + ban.Dateline);
        Console.WriteLine(""year="" + ban.Year);
        Console.WriteLine(""copyright="" + ban.Copyright);
        Console.WriteLine(""trailer="" + string.Join(""|"", ban.Trailer));
        Console.WriteLine(""first="" + ban.Paragraphs[0]);
        Console.WriteLine(""body-parts="" + ban.Body.Split(new[] { ""\n\n"" }, StringSplitOptions.None).Length);
        Console.WriteLine(""body-has-trailer="" + ban.Body.Contains(""NDTV""));
        Console.WriteLine(""source="" + ban.SourcePath);
        Console.WriteLine(""same-instance="" + ReferenceEquals(ban, Articles.BanKiMoon));
        Console.WriteLine(""all="" + string.Join("","", Articles.All.Select(a => a.Name)));
        Console.WriteLine(""tryget="" + Articles.TryGet(""BanKiMoon"", out var found) + "":"" + ReferenceEquals(found, ban));
        Console.WriteLine(""tryget-missing="" + Articles.TryGet(""Nobody"", out var missing) + "":"" + (missing == null));
        Console.WriteLine(""tryget-case="" + Articles.TryGet(""bankimoon"", out var _));
        var ferry = Articles.HarbourFerryAddsLateSailings;
        Console.WriteLine(""duplicates="" + string.Join(""|"", ferry.DuplicateSources));
        Console.WriteLine(""ferry-caption="" + (ferry.Caption ?? ""<null>""));
        Console.WriteLine(""id-equal="" + (ban.Id == Articles.All[0].Id));
        Console.WriteLine(""read-only="" + (Articles.All is Article[]));
    }
}";

    private static GeneratorRun RunProgram(LanguageVersion version, NullableContextOptions nullable) =>
        TestCorpus.Run(
            new[]
            {
                TestCorpus.Seed(),
                TestCorpus.File("corpus/b/ferry.txt", TestCorpus.Texts.Ferry),
                TestCorpus.File("corpus/c/ferry-copy.txt", TestCorpus.Texts.Ferry.Replace("\n", "\r\n")),
            },
            program: Program,
            languageVersion: version,
            nullable: nullable);

    [Theory]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Enable)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Disable)]
    [InlineData(LanguageVersion.CSharp8, NullableContextOptions.Enable)]
    [InlineData(LanguageVersion.CSharp7_3, NullableContextOptions.Disable)]
    public void Generated_articles_compile_without_warnings_and_return_the_parsed_content(LanguageVersion version, NullableContextOptions nullable)
    {
        var run = RunProgram(version, nullable);
        run.AssertNoCompileDiagnostics();

        var output = run.CompileAndRun().Split('\n');

        Assert.Contains("count=17", output);
        Assert.Contains("name=BanKiMoon", output);
        Assert.Contains("title=File photo of United Nations Secretary-General Ban Ki-moon.", output);
        Assert.Contains("headline=<null>", output);
        Assert.Contains("dateline=KUALA LUMPUR", output);
        Assert.Contains("year=2015", output);
        Assert.Contains("copyright=\u00A9 Thomson Reuters 2015", output);
        Assert.Contains("trailer=Track Latest News Live on NDTV.com and get news updates from India and around the world", output);
        Assert.Contains(output, line => line.StartsWith("first=UN Secretary-General Ban Ki-moon urged Russia", System.StringComparison.Ordinal));
        Assert.Contains("body-parts=17", output);
        Assert.Contains("body-has-trailer=False", output);
        Assert.Contains("source=corpus/000_4b3ca78899aa5c2a.txt", output);
        Assert.Contains("same-instance=True", output);
        Assert.Contains("all=BanKiMoon,HarbourFerryAddsLateSailings", output);
        Assert.Contains("tryget=True:True", output);
        Assert.Contains("tryget-missing=False:True", output);
        Assert.Contains("tryget-case=False", output);
        Assert.Contains("duplicates=corpus/c/ferry-copy.txt", output);
        Assert.Contains("ferry-caption=<null>", output);
        Assert.Contains("id-equal=True", output);
        Assert.Contains("read-only=False", output);
    }

    [Fact]
    public void Paragraph_text_is_returned_exactly_as_written()
    {
        var tricky = "Quotes \" and \\ backslashes, */ </summary> #if DEBUG {0} $\"{x}\" \u2028 \u0085 \u202E tab\there \uD83D\uDCF0.";
        var run = TestCorpus.Run(
            new[] { TestCorpus.File("corpus/t.txt", "Tricky text\n" + tricky + "\n") },
            program: "System.Console.Write(Demo.Articles.TrickyText.Paragraphs[0] == " + CorpusGen.Emitting.CSharpText.Literal(tricky) + ");");
        run.AssertNoCompileDiagnostics();

        Assert.Equal("True", run.CompileAndRun());
    }

    [Fact]
    public void Hovering_an_article_shows_its_title_and_the_start_of_its_lead_paragraph()
    {
        var run = RunProgram(LanguageVersion.Latest, NullableContextOptions.Enable);

        var property = run.OutputCompilation.GetTypeByMetadataName("Demo.Articles")!.GetMembers("BanKiMoon").Single();
        var xml = property.GetDocumentationCommentXml();

        Assert.Contains("File photo of United Nations Secretary-General Ban Ki-moon.", xml);
        Assert.Contains("UN Secretary-General Ban Ki-moon urged Russia", xml);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Articles_and_their_paragraphs_are_built_on_first_access(bool utf8)
    {
        // The big article's paragraphs are 5,000 strings (about 250 KB): listing all articles must not build them,
        // reading them must, once; reading a small article must not build the big one.
        var big = "Big story\n" + string.Join("\n", Enumerable.Range(0, 5_000).Select(i => "Paragraph " + i + "."));
        var run = TestCorpus.Run(
            new[] { TestCorpus.File("corpus/a.txt", TestCorpus.Texts.Ferry), TestCorpus.File("corpus/b.txt", big) },
            utf8 ? TestCorpus.Options().WithProperty("CorpusGenStringLimit", "1") : null,
            program: @"
static long Allocated(System.Func<object> read) { var before = System.GC.GetAllocatedBytesForCurrentThread(); read(); return System.GC.GetAllocatedBytesForCurrentThread() - before; }
System.Console.Write(string.Join("" "",
    Allocated(() => Demo.Articles.HarbourFerryAddsLateSailings),
    Allocated(() => Demo.Articles.HarbourFerryAddsLateSailings),
    Allocated(() => Demo.Articles.All),
    Allocated(() => Demo.Articles.BigStory.Paragraphs),
    Allocated(() => Demo.Articles.BigStory.Paragraphs),
    object.ReferenceEquals(Demo.Articles.BigStory.Paragraphs, Demo.Articles.BigStory.Paragraphs) ? 1 : 0,
    Demo.Articles.BigStory.Paragraphs[4_999].Length));");
        run.AssertNoCompileDiagnostics();
        Assert.Equal(utf8, run.ArticleSource("BigStory").Contains("u8 +", System.StringComparison.Ordinal) || run.ArticleSource("BigStory").Contains("u8;", System.StringComparison.Ordinal));

        var bytes = run.CompileAndRun().Split(' ').Select(long.Parse).ToArray();

        Assert.True(bytes[0] < 20_000, $"the first access of a small article allocated {bytes[0]} bytes");
        Assert.True(bytes[1] < 100, $"a second access allocated {bytes[1]} bytes: the article is not cached");
        Assert.True(bytes[2] < 20_000, $"reading All allocated {bytes[2]} bytes: the big article's paragraphs were built");
        Assert.True(bytes[3] > 100_000, $"reading the big article's paragraphs allocated only {bytes[3]} bytes: they were built earlier");
        Assert.True(bytes[4] < 100, $"reading them again allocated {bytes[4]} bytes: they are not cached");
        Assert.Equal(1, bytes[5]);
        Assert.Equal("Paragraph 4999.".Length, bytes[6]);
    }

    private const string WireProgram = @"
using System;
using Demo;

internal static class Program
{
    public static void Main()
    {
        var wire = Articles.TheBridgeOpenedOnSundayAfterFourYears;
        Console.WriteLine(""title="" + wire.Title);
        Console.WriteLine(""derived="" + wire.TitleIsDerived + "":"" + (wire.Headline ?? ""<null>""));
        Console.WriteLine(""dateline="" + wire.Dateline + "":"" + wire.Agency);
        Console.WriteLine(""paragraphs="" + string.Join(""|"", wire.Paragraphs));
        Console.WriteLine(""credits="" + string.Join(""|"", wire.Credits));
        Console.WriteLine(""boilerplate="" + string.Join(""|"", wire.Boilerplate));
        Console.WriteLine(""seed="" + Articles.BanKiMoon.TitleIsDerived + "":"" + (Articles.BanKiMoon.Agency ?? ""<null>"") + "":"" + Articles.BanKiMoon.Credits.Count);
    }
}";

    [Theory]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.CSharp7_3)]
    public void Wire_story_fields_come_back_from_the_compiled_article(LanguageVersion version)
    {
        var run = TestCorpus.Run(
            new[]
            {
                TestCorpus.Seed(),
                TestCorpus.File(
                    "corpus/wire/bridge.txt",
                    "CARDIFF, Wales (Example Wire) - The bridge opened on Sunday after four years of work, and hundreds of people walked across it before noon.\n" +
                    "Photo by Jane Doe/Example Images\nAdvertisement\nTraffic will be allowed from Monday.\n"),
            },
            program: WireProgram,
            languageVersion: version,
            nullable: NullableContextOptions.Disable);
        run.AssertNoCompileDiagnostics();

        var output = run.CompileAndRun().Split('\n');

        Assert.Contains("title=The bridge opened on Sunday after four years of work, and hundreds of people\u2026", output);
        Assert.Contains("derived=True:<null>", output);
        Assert.Contains("dateline=CARDIFF, Wales:Example Wire", output);
        Assert.Contains("paragraphs=The bridge opened on Sunday after four years of work, and hundreds of people walked across it before noon.|Traffic will be allowed from Monday.", output);
        Assert.Contains("credits=Photo by Jane Doe/Example Images", output);
        Assert.Contains("boilerplate=Advertisement", output);
        Assert.Contains("seed=False:<null>:0", output);
    }
}
