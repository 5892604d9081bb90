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
using CorpusGen.Tests.Naming;
using CsCheck;
using Xunit;

namespace CorpusGen.Tests.Properties;

/// <summary>
/// A name never moves to another file because of other files: adding a file may make a name ambiguous (it
/// disappears, so code using it stops compiling), but never makes it point at a different article.
/// </summary>
public class NamingProperties
{
    private static readonly GeneratorOptions s_options = new("Demo", "Articles", false, true, true, EquatableArray<DiagnosticInfo>.Empty);

    private sealed record Spec(string Path, string Headline, int Body, string? Name);

    // Small alphabets, so that headlines, file names and folders collide often; equal headline and body is a
    // duplicate (merged, not a collision).
    private static readonly Gen<Spec> s_file = Gen.Select(
        Gen.OneOfConst("", "a/", "b/", "A/", "a/x/", "b/x/"),
        Gen.OneOfConst("s", "S", "s-1", "s_1", "t", "all", "Lead"),
        Gen.OneOfConst("Ferry news", "Ferry News", "FERRY NEWS", "All", "Lead", "Council vote", "Lead s", "Ferry news s", "!!! ???"),
        Gen.Int[0, 2],
        Gen.Frequency((12, Gen.Const((string?)null)), (1, Gen.OneOfConst<string?>("Lead", "FerryNews", "Count", "Lead_S"))),
        (folder, stem, headline, body, name) => new Spec(folder + stem + ".txt", headline, body, name));

    private static readonly Gen<(Spec[] Corpus, Spec Added)> s_case =
        Gen.Select(s_file.Array[0, 10], s_file, (files, added) =>
            (Corpus: files.GroupBy(f => f.Path, StringComparer.Ordinal).Select(g => g.First()).ToArray(), Added: added))
        .Where(c => c.Corpus.All(f => f.Path != c.Added.Path));

    private static readonly string[] s_bodies = { "The first body.", "A second body.", "Third body text." };

    [Fact]
    public void Adding_a_file_never_moves_a_name_to_another_article()
    {
        s_case.Sample(
            c =>
            {
                var before = Build(c.Corpus);
                var after = Build(c.Corpus.Append(c.Added));
                AssertNamesAreUniqueIdentifiers(before);
                AssertNamesAreUniqueIdentifiers(after);

                var afterByName = after.Articles.ToDictionary(a => a.Name, FilesOf, StringComparer.Ordinal);
                foreach (var article in before.Articles)
                {
                    // A CorpusGenName always wins, so the added file may take exactly the name it asks for.
                    if (article.Name == c.Added.Name || !afterByName.TryGetValue(article.Name, out var files))
                    {
                        continue;
                    }

                    Assert.True(
                        files.IsSupersetOf(FilesOf(article)),
                        $"'{article.Name}' was {string.Join("+", FilesOf(article))} and is now {string.Join("+", files)} after adding {c.Added}");
                }
            },
            iter: 3_000);
    }

    private static HashSet<string> FilesOf(ArticleSpec article)
        => new(article.DuplicateSources.Prepend(article.SourcePath), StringComparer.Ordinal);

    private static void AssertNamesAreUniqueIdentifiers(CorpusModel model)
    {
        var names = model.Articles.Select(a => a.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.True(Identifier.IsValidArticleName(n), n));
    }

    private static CorpusModel Build(IEnumerable<Spec> specs)
        => CorpusBuilder.Build(
            specs.Select(s => CorpusBuilderTests.File(s.Path, s.Headline + "\n" + s_bodies[s.Body] + "\n", s.Name)).ToImmutableArray(),
            s_options,
            CancellationToken.None);
}
