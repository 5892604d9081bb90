using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CorpusGen.Corpus;
using CorpusGen.Diagnostics;
using CorpusGen.Helpers;
using CorpusGen.Parsing;
using CorpusGen.Reading;
using Xunit;

namespace CorpusGen.Tests.Naming;

public class CorpusBuilderTests
{
    private static readonly GeneratorOptions s_options = new("Demo", "Articles", false, true, true, EquatableArray<DiagnosticInfo>.Empty);

    /// <summary>A parsed file as the per-file step makes it, for corpus-step tests.</summary>
    internal static ParsedArticle File(string path, string text, string? name = null, string? className = null)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var content = ArticleParser.ParseText(text, "/p/" + path, path, diagnostics, CancellationToken.None);
        return new ParsedArticle("/p/" + path, path, name, className, content, diagnostics.ToEquatableArray());
    }

    private static CorpusModel Build(params ParsedArticle[] files)
        => CorpusBuilder.Build(files.ToImmutableArray(), s_options, CancellationToken.None);

    [Fact]
    public void Identical_content_is_one_article_kept_by_the_first_path_and_reported_at_the_later_file()
    {
        var model = Build(
            File("b/story.txt", "\uFEFFHeadline\r\n\r\nSame  body.\r\n"),
            File("a/story.txt", "Headline\n\nSame body.\n"));

        var article = Assert.Single(model.Articles);
        Assert.Equal("a/story.txt", article.SourcePath);
        Assert.Equal(new[] { "b/story.txt" }, article.DuplicateSources);
        var warning = Assert.Single(model.Diagnostics);
        Assert.Equal("CG0004", warning.Id);
        Assert.Equal("/p/b/story.txt", warning.Location!.FilePath);
        Assert.Contains("b/story.txt", warning.ToDiagnostic().GetMessage());
        Assert.Contains("a/story.txt", warning.ToDiagnostic().GetMessage());
    }

    [Fact]
    public void A_CorpusGenName_wins_over_an_earlier_files_derived_name()
    {
        var model = Build(
            File("a.txt", "Ferry news\nFirst.\n"),
            File("b.txt", "Other headline\nSecond.\n", name: "FerryNews"));

        Assert.Equal(new[] { ("a.txt", "FerryNews2"), ("b.txt", "FerryNews") }, model.Articles.Select(a => (a.SourcePath, a.Name)));
        var warning = Assert.Single(model.Diagnostics);
        Assert.Equal("CG0003", warning.Id);
        Assert.Equal("/p/a.txt", warning.Location!.FilePath);
    }

    [Fact]
    public void A_CorpusGenName_on_a_merged_copy_names_the_article()
    {
        var model = Build(
            File("a.txt", "Headline\nSame body.\n"),
            File("b.txt", "Headline\nSame body.\n", name: "Chosen"),
            File("c.txt", "Headline\nSame body.\n", name: "not valid!"));

        var article = Assert.Single(model.Articles);
        Assert.Equal(("a.txt", "Chosen"), (article.SourcePath, article.Name));
        Assert.Equal(new[] { "CG0004", "CG0004", "CG0005" }, model.Diagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal("/p/c.txt", Assert.Single(model.Diagnostics, d => d.Id == "CG0005").Location!.FilePath);
    }

    [Fact]
    public void Equal_names_get_numbered_suffixes_in_path_order_with_a_warning()
    {
        var model = Build(
            File("c.txt", "Same headline\nThird.\n"),
            File("a.txt", "Same headline\nFirst.\n"),
            File("b.txt", "Same headline\nSecond.\n"));

        Assert.Equal(new[] { "SameHeadline", "SameHeadline2", "SameHeadline3" }, model.Articles.Select(a => a.Name));
        Assert.Equal(new[] { "a.txt", "b.txt", "c.txt" }, model.Articles.Select(a => a.SourcePath));
        Assert.Equal(new[] { "CG0003", "CG0003" }, model.Diagnostics.Select(d => d.Id));
        Assert.Contains("a.txt", model.Diagnostics[0].ToDiagnostic().GetMessage());
    }

    [Theory]
    [InlineData("All", "AllArticle")]
    [InlineData("Try get", "TryGetArticle")]
    [InlineData("Articles", "ArticlesArticle")]
    [InlineData("To string", "ToStringArticle")]
    public void Names_of_index_members_get_a_suffix(string headline, string expected)
    {
        var model = Build(File("a.txt", headline + "\nBody.\n"));

        Assert.Equal(expected, Assert.Single(model.Articles).Name);
        Assert.Equal("CG0003", Assert.Single(model.Diagnostics).Id);
    }

    [Fact]
    public void CorpusGenName_overrides_the_derived_name()
    {
        var model = Build(File("a.txt", "Headline\nBody.\n", name: "Lead"));

        Assert.Equal("Lead", Assert.Single(model.Articles).Name);
        Assert.Empty(model.Diagnostics);
    }

    [Theory]
    [InlineData("class")]
    [InlineData("9lives")]
    [InlineData("__cg_x")]
    [InlineData("a-b")]
    public void Invalid_CorpusGenName_is_an_error_and_the_derived_name_is_used(string name)
    {
        var model = Build(File("a.txt", "Headline\nBody.\n", name: name));

        Assert.Equal("Headline", Assert.Single(model.Articles).Name);
        var error = Assert.Single(model.Diagnostics);
        Assert.Equal("CG0005", error.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, error.ToDiagnostic().Severity);
        Assert.Contains(name, error.ToDiagnostic().GetMessage());
    }

    [Fact]
    public void Files_without_content_are_skipped_and_the_index_still_exists()
    {
        var model = Build(File("empty.txt", "  \n"));

        Assert.Empty(model.Articles);
        Assert.Empty(Assert.Single(model.Indexes).Names);
    }

    [Fact]
    public void Classes_differing_only_in_case_get_distinct_hint_names()
    {
        var model = Build(
            File("a.txt", "Abc\nOne.\nShared paragraph.\n", className: "News"),
            File("b.txt", "Abc\nTwo.\nShared paragraph.\n", className: "NEWS"),
            File("c.txt", "Abc\nThree.\nShared paragraph.\n", className: "NEWS"));

        Assert.Equal(new[] { "Abc", "Abc2", "Abc" }, model.Articles.Select(a => a.Name));
        var hints = model.Indexes.Select(i => i.HintName)
            .Concat(model.Slots.Where(s => !s.Articles.IsEmpty).Select(s => s.HintName))
            .Concat(model.SharedTexts.Where(s => !s.Paragraphs.IsEmpty).Select(s => s.HintName))
            .ToArray();
        Assert.Contains(model.SharedTexts, s => !s.Paragraphs.IsEmpty);
        Assert.Equal(hints.Length, hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void CorpusGenClass_puts_articles_in_their_own_class_with_its_own_names()
    {
        var model = Build(
            File("news.txt", "Final score\nNews.\n"),
            File("sport.txt", "Final score\nSport.\n", className: "Sports"));

        Assert.Equal(new[] { "Articles", "Sports" }, model.Indexes.Select(i => i.Target.ClassName));
        Assert.All(model.Articles, a => Assert.Equal("FinalScore", a.Name));
        Assert.Empty(model.Diagnostics);
    }

    private const string Story =
        "The harbour ferry will run two extra evening sailings from December, the operator said on Monday, " +
        "after commuters complained that the last boat left before most offices closed for the day.";

    [Fact]
    public void Near_duplicates_list_each_other_and_are_reported_once_at_the_later_file()
    {
        var model = Build(
            File("a.txt", "Ferry adds sailings\n" + Story + "\n"),
            File("b.txt", "Ferry adds late sailings\n" + Story.Replace("two extra", "two more") + "\n"),
            File("c.txt", "Council budget\nThe council approved the library budget after midnight.\n"));

        Assert.Equal(new[] { "FerryAddsLateSailings" }, model.Articles[0].NearDuplicates);
        Assert.Equal(new[] { "FerryAddsSailings" }, model.Articles[1].NearDuplicates);
        Assert.Empty(model.Articles[2].NearDuplicates);
        var info = Assert.Single(model.Diagnostics);
        Assert.Equal("CG0013", info.Id);
        Assert.Equal("/p/b.txt", info.Location!.FilePath);
        Assert.Matches(@"'b\.txt' is a near-duplicate of 'a\.txt' \(similarity 0\.[0-9]{2}\)", info.ToDiagnostic().GetMessage());
    }

    [Fact]
    public void Near_duplicate_detection_can_be_turned_off()
    {
        var files = new[] { File("a.txt", "Ferry adds sailings\n" + Story + "\n"), File("b.txt", "Ferry adds late sailings\n" + Story + "\n") };

        var model = CorpusBuilder.Build(files.ToImmutableArray(), s_options with { NearDuplicateThreshold = 0 }, CancellationToken.None);

        Assert.All(model.Articles, a => Assert.Empty(a.NearDuplicates));
        Assert.Empty(model.Diagnostics);
    }

    [Fact]
    public void Result_does_not_depend_on_input_order()
    {
        var files = new[]
        {
            File("z.txt", "Alpha\nOne.\n"), File("a.txt", "Alpha\nTwo.\n"), File("m.txt", "Alpha\nOne.\n"),
            File("b/x.txt", "Beta\nThree.\n"), File("B/x.txt", "Beta\nFour.\n"),
        };

        var expected = Build(files);
        var random = new Random(1234);
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(expected, Build(files.OrderBy(_ => random.Next()).ToArray()));
        }
    }
}
