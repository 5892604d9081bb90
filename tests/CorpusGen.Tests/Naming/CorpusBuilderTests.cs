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
using Microsoft.CodeAnalysis;
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
        var info = Assert.Single(model.Diagnostics);
        Assert.Equal("CG0004", info.Id);
        Assert.Equal(DiagnosticSeverity.Info, info.ToDiagnostic().Severity);
        Assert.Equal("/p/b/story.txt", info.Location!.FilePath);
        Assert.Contains("b/story.txt", info.ToDiagnostic().GetMessage());
        Assert.Contains("a/story.txt", info.ToDiagnostic().GetMessage());
    }

    [Fact]
    public void A_CorpusGenName_wins_and_the_derived_name_that_equals_it_gets_its_file_suffix()
    {
        var model = Build(
            File("a.txt", "Ferry news\nFirst.\n"),
            File("b.txt", "Other headline\nSecond.\n", name: "FerryNews"));

        Assert.Equal(new[] { ("a.txt", "FerryNews_A"), ("b.txt", "FerryNews") }, model.Articles.Select(a => (a.SourcePath, a.Name)));
        var info = Assert.Single(model.Diagnostics);
        Assert.Equal("CG0003", info.Id);
        Assert.Equal("/p/a.txt", info.Location!.FilePath);
        Assert.Equal("'FerryNews' is the CorpusGenName of 'b.txt', so no other article is named 'FerryNews': 'a.txt' is 'FerryNews_A'", info.ToDiagnostic().GetMessage());
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
        var error = Assert.Single(model.Diagnostics, d => d.Id == "CG0005");
        Assert.Equal("/p/c.txt", error.Location!.FilePath);
        Assert.EndsWith("; the article is named 'Chosen' instead", error.ToDiagnostic().GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_derived_names_all_get_their_file_suffix_and_one_info_per_group()
    {
        var model = Build(
            File("c.txt", "Same headline\nThird.\n"),
            File("a.txt", "Same headline\nFirst.\n"),
            File("b.txt", "Same headline\nSecond.\n"),
            File("d.txt", "Other headline\nFourth.\n"));

        Assert.Equal(
            new[] { ("a.txt", "SameHeadline_A"), ("b.txt", "SameHeadline_B"), ("c.txt", "SameHeadline_C"), ("d.txt", "OtherHeadline") },
            model.Articles.Select(a => (a.SourcePath, a.Name)));
        var info = Assert.Single(model.Diagnostics);
        Assert.Equal("CG0003", info.Id);
        Assert.Equal(DiagnosticSeverity.Info, info.ToDiagnostic().Severity);
        Assert.Equal("/p/a.txt", info.Location!.FilePath);
        Assert.Equal(
            "'SameHeadline' is derived by 3 articles, so none is named 'SameHeadline': 'a.txt' is 'SameHeadline_A', 'b.txt' is 'SameHeadline_B', 'c.txt' is 'SameHeadline_C'",
            info.ToDiagnostic().GetMessage());
    }

    [Fact]
    public void Adding_a_file_that_sorts_first_makes_the_bare_name_ambiguous_instead_of_moving_it()
    {
        var before = Build(File("b.txt", "Ferry news\nOriginal.\n"));
        var after = Build(File("b.txt", "Ferry news\nOriginal.\n"), File("a.txt", "Ferry news\nNewcomer.\n"));

        Assert.Equal(("b.txt", "FerryNews"), (Assert.Single(before.Articles).SourcePath, before.Articles[0].Name));
        Assert.DoesNotContain(after.Articles, a => a.Name == "FerryNews");
        Assert.Equal(new[] { ("a.txt", "FerryNews_A"), ("b.txt", "FerryNews_B") }, after.Articles.Select(a => (a.SourcePath, a.Name)));
    }

    [Fact]
    public void A_copy_that_sorts_first_does_not_free_a_name_of_its_article_for_another()
    {
        // Found by NamingProperties: the copy becomes the kept file and asks for another name, yet the article
        // still claims what its other file asks for, so 'FerryNews_S' cannot pass to a/x/S.txt.
        var story = File("b/x/S.txt", "Ferry news\nOriginal.\n");
        var named = File("a/x/S.txt", "Lead\nOther.\n", name: "FerryNews");
        var before = Build(story, named);
        var after = Build(story, named, File("b/x/Lead.txt", "Ferry news\nOriginal.\n", name: "FerryNews"));

        Assert.Equal(new[] { ("a/x/S.txt", "FerryNews"), ("b/x/S.txt", "FerryNews_S") }, before.Articles.Select(a => (a.SourcePath, a.Name)));
        Assert.Equal(new[] { ("a/x/S.txt", "FerryNews_A_X_S"), ("b/x/Lead.txt", "FerryNews_Lead") }, after.Articles.Select(a => (a.SourcePath, a.Name)));
        Assert.Equal(new[] { "CG0004", "CG0005", "CG0005" }, after.Diagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void Equal_file_names_take_their_folders_and_equal_paths_a_hash()
    {
        var model = Build(
            File("news/ferry.txt", "Ferry news\nOne.\n"),
            File("mirror/ferry.txt", "Ferry news\nTwo.\n"),
            File("wire/2016/ferry-1.txt", "Ferry news\nThree.\n"),
            File("wire/2016/ferry_1.txt", "Ferry news\nFour.\n"));

        var names = model.Articles.ToDictionary(a => a.SourcePath, a => a.Name, StringComparer.Ordinal);
        Assert.Equal("FerryNews_News_Ferry", names["news/ferry.txt"]);
        Assert.Equal("FerryNews_Mirror_Ferry", names["mirror/ferry.txt"]);

        // Every part of these two paths reads the same as an identifier: a hash of the path tells them apart.
        Assert.Matches("^FerryNews_[0-9a-f]{8}$", names["wire/2016/ferry-1.txt"]);
        Assert.Matches("^FerryNews_[0-9a-f]{8}$", names["wire/2016/ferry_1.txt"]);
        Assert.NotEqual(names["wire/2016/ferry-1.txt"], names["wire/2016/ferry_1.txt"]);
        Assert.Equal("CG0003", Assert.Single(model.Diagnostics).Id);
    }

    [Fact]
    public void Suffixed_names_are_identifiers_of_at_most_64_characters()
    {
        var headline = "Extraordinarily long headline words make a remarkably lengthy derived identifier";
        var model = Build(
            File("2016-reports/section one/first report about it.txt", headline + "\nOne.\n"),
            File("2017-reports/section one/first report about it.txt", headline + "\nTwo.\n"),
            File("\u6771\u4EAC/\u65B0\u805E.txt", headline + "\nThree.\n"));

        Assert.Equal(3, model.Articles.Select(a => a.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(model.Articles, a =>
        {
            Assert.True(Identifier.IsValidArticleName(a.Name), a.Name);
            Assert.InRange(a.Name.Length, 1, 64);
            Assert.Contains("_", a.Name, StringComparison.Ordinal);
        });
        Assert.Contains(model.Articles, a => a.Name.EndsWith("_\u65B0\u805E", StringComparison.Ordinal));
    }

    [Fact]
    public void Equal_CorpusGenNames_are_errors_and_neither_file_gets_the_name()
    {
        var model = Build(
            File("a.txt", "First headline\nOne.\n", name: "Lead"),
            File("b.txt", "Second headline\nTwo.\n", name: "Lead"),
            File("c.txt", "Lead\nThree.\n"));

        Assert.Equal(new[] { ("a.txt", "Lead_A"), ("b.txt", "Lead_B"), ("c.txt", "Lead_C") }, model.Articles.Select(a => (a.SourcePath, a.Name)));
        var errors = model.Diagnostics.Where(d => d.Id == "CG0005").ToList();
        Assert.Equal(new[] { "/p/a.txt", "/p/b.txt" }, errors.Select(e => e.Location!.FilePath));
        Assert.All(errors, e => Assert.Equal(DiagnosticSeverity.Error, e.ToDiagnostic().Severity));
        Assert.Equal("CorpusGenName 'Lead' on 'a.txt' is also given to 'b.txt'; the article is named 'Lead_A' instead", errors[0].ToDiagnostic().GetMessage());
        Assert.Equal("CG0003", Assert.Single(model.Diagnostics, d => d.Id != "CG0005").Id);
    }

    [Theory]
    [InlineData("All", "All_A")]
    [InlineData("Try get", "TryGet_A")]
    [InlineData("Articles", "Articles_A")]
    [InlineData("To string", "ToString_A")]
    public void Names_of_index_members_get_the_file_suffix(string headline, string expected)
    {
        var model = Build(File("a.txt", headline + "\nBody.\n"));

        Assert.Equal(expected, Assert.Single(model.Articles).Name);
        var info = Assert.Single(model.Diagnostics);
        Assert.Equal("CG0003", info.Id);
        var wanted = expected.Split('_')[0];
        Assert.Matches("^'" + wanted + "' is (a member|the name) of the generated class 'Articles', so no article is named '" + wanted + "': 'a.txt' is '" + expected + "'$", info.ToDiagnostic().GetMessage());
    }

    [Fact]
    public void A_CorpusGenName_that_is_an_index_member_is_an_error_and_gets_the_file_suffix()
    {
        var model = Build(File("a.txt", "Headline\nBody.\n", name: "Count"));

        Assert.Equal("Count_A", Assert.Single(model.Articles).Name);
        var error = Assert.Single(model.Diagnostics);
        Assert.Equal("CG0005", error.Id);
        Assert.Equal("CorpusGenName 'Count' on 'a.txt' is a member of the generated class 'Articles'; the article is named 'Count_A' instead", error.ToDiagnostic().GetMessage());
    }

    [Fact]
    public void A_name_that_only_differs_in_case_is_not_a_collision()
    {
        var model = Build(File("a.txt", "Ferry news\nOne.\n"), File("b.txt", "FERRY NEWS\nTwo.\n"));

        Assert.Equal(new[] { "FerryNews", "FERRYNEWS" }, model.Articles.Select(a => a.Name));
        Assert.Empty(model.Diagnostics);
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
        Assert.Equal(DiagnosticSeverity.Error, error.ToDiagnostic().Severity);
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

        Assert.Equal(new[] { "Abc_B", "Abc_C", "Abc" }, model.Articles.Select(a => a.Name));
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
