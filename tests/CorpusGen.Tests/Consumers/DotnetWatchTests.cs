using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CorpusGen.Reading;
using Xunit;

namespace CorpusGen.Tests.Consumers;

/// <summary>
/// The developer loop: the package's build files add the article files to the files `dotnet watch` follows
/// (build/CorpusGen.targets), chosen by the generator's own rules. `dotnet watch --list` prints that list without
/// building or running anything.
/// </summary>
[Collection(ConsumerCollection.Name)]
[Trait("Category", "Consumer")]
public sealed class DotnetWatchTests
{
    private const string Article =
        "Harbour ferry back on time\n" +
        "\n" +
        "The harbour ferry ran on time all week, the operator said on Friday.\n";

    private const string NotAnArticle = "#nullable enable\n";

    /// <summary>
    /// Every rule of ArticleFileClassifier.Decide, as (project-relative path, CorpusGen metadata or null): other
    /// tools' inputs and their look-alikes, the metadata's MSBuild spellings (with spaces, as an attribute may hold
    /// them), a value that is not a boolean, the extension's case, and a name MSBuild must not choke on.
    /// </summary>
    private static readonly (string Path, string? CorpusGen)[] s_files =
    {
        ("corpus/ferry.txt", null),
        ("corpus/UPPER.TXT", null),
        ("corpus/o'brien.txt", null),
        ("corpus/notes.txt", "false"),
        ("corpus/draft.txt", " No "),
        ("corpus/undecided.txt", "maybe"),
        ("corpus/bulletin.md", "true"),
        ("corpus/sidebar.md", " !false "),
        ("corpus/readme.md", null),
        ("BannedSymbols.txt", null),
        ("BannedSymbols.Net.txt", null),
        ("PublicAPI.Shipped.txt", null),
        ("InternalAPI.Unshipped.txt", null),
        ("NativeMethods.txt", null),
        ("Kiosk.NativeMethods.txt", null),
        ("vs-threading.MainThreadAssertingMethods.txt", null),
        ("PublicAPI.txt", null),
        ("MyNativeMethods.txt", null),
    };

    private readonly ConsumerFixture _fixture;

    public DotnetWatchTests(ConsumerFixture fixture) => _fixture = fixture;

    [Fact]
    public void Dotnet_watch_lists_the_files_the_generator_reads_as_articles()
    {
        var app = NewApp("watch-list", string.Empty, "<AdditionalFiles Update=\"corpus/quiet.txt\" Watch=\"false\" />");
        app.Write("corpus/quiet.txt", Article);

        var listed = WatchList(app);

        // The generator's own decision, so the MSBuild copy of the rules cannot drift from it; plus Watch="false".
        var expected = s_files.Where(f => ArticleFileClassifier.Decide(f.Path, f.CorpusGen) == Inclusion.Article)
            .Select(f => f.Path)
            .ToList();
        Assert.Equal(
            new[] { "corpus/UPPER.TXT", "corpus/bulletin.md", "corpus/ferry.txt", "corpus/o'brien.txt", "corpus/sidebar.md", "MyNativeMethods.txt", "PublicAPI.txt" }.Order(StringComparer.Ordinal),
            expected.Order(StringComparer.Ordinal));
        Assert.Equal(
            expected.Append("Program.cs").Append(app.AssemblyName + ".csproj").Order(StringComparer.Ordinal),
            listed);
    }

    [Fact]
    public void With_CorpusGenRequireOptIn_dotnet_watch_lists_only_the_marked_files()
    {
        var app = NewApp("watch-opt-in", ProjectXml.Property("CorpusGenRequireOptIn", " Yes "), string.Empty);

        var listed = WatchList(app);

        Assert.Equal(
            s_files.Where(f => ArticleFileClassifier.Decide(f.Path, f.CorpusGen, requireOptIn: true) == Inclusion.Article)
                .Select(f => f.Path)
                .Append("Program.cs")
                .Append(app.AssemblyName + ".csproj")
                .Order(StringComparer.Ordinal),
            listed);
        Assert.Contains("corpus/bulletin.md", listed);
        Assert.DoesNotContain("corpus/ferry.txt", listed);
    }

    [Fact]
    public void An_article_the_project_already_watches_is_not_added_again()
    {
        // The same file twice in AdditionalFiles and once in the project's own Watch items (relative, with metadata).
        var app = NewApp(
            "watch-declared",
            string.Empty,
            "<AdditionalFiles Include=\"corpus/ferry.txt\" />\n    <Watch Include=\"corpus/UPPER.TXT\" Desk=\"sports\" />");

        // dotnet watch removes repeated paths itself, so look at @(Watch) as CorpusGen's target leaves it.
        var result = _fixture.Dotnet(app.Directory, "msbuild", app.ProjectPath, "-restore", "-t:CorpusGenCollectWatchItems", "-getItem:Watch");
        var json = result.Output.Substring(result.Output.IndexOf('{', StringComparison.Ordinal));
        var items = JsonDocument.Parse(json).RootElement.GetProperty("Items").GetProperty("Watch").EnumerateArray()
            .Select(i => (Path: Relative(app, i.GetProperty("FullPath").GetString()!), Desk: i.TryGetProperty("Desk", out var desk) ? desk.GetString() : null))
            .ToList();

        Assert.Equal(
            new (string, string?)[]
            {
                ("MyNativeMethods.txt", null), ("PublicAPI.txt", null), ("corpus/UPPER.TXT", "sports"), ("corpus/bulletin.md", null),
                ("corpus/ferry.txt", null), ("corpus/o'brien.txt", null), ("corpus/sidebar.md", null),
            },
            items.OrderBy(i => i.Path, StringComparer.Ordinal));
    }

    /// <summary>A console app with every file of <see cref="s_files"/> as AdditionalFiles, restored by dotnet watch itself.</summary>
    private ConsumerProject NewApp(string folder, string properties, string items)
    {
        var app = new ConsumerProject(_fixture, _fixture.NewProjectFolder(folder), "Desk");
        var metadata = new StringBuilder();
        foreach (var (path, corpusGen) in s_files.Where(f => f.CorpusGen is not null))
        {
            metadata.Append(ProjectXml.Item($"<AdditionalFiles Update=\"{path}\" CorpusGen=\"{corpusGen}\" />"));
        }

        app.WriteProject(ProjectXml.Project(
            "net10.0",
            "Desk",
            properties,
            ProjectXml.CorpusGenReference(_fixture)
            + ProjectXml.Item("<AdditionalFiles Include=\"*.txt\" />")
            + ProjectXml.Item("<AdditionalFiles Include=\"corpus/**/*\" />")
            + metadata
            + (items.Length == 0 ? string.Empty : ProjectXml.Item(items))));
        foreach (var (path, _) in s_files)
        {
            app.Write(path, path.StartsWith("corpus/", StringComparison.Ordinal) ? Article : NotAnArticle);
        }

        app.Write("Program.cs", ConsumerPrograms.Program("Desk", "            Print(\"count\", Articles.Count);"));
        return app;
    }

    /// <summary>The files `dotnet watch --list` prints, project-relative with '/', ordinal order.</summary>
    private List<string> WatchList(ConsumerProject app)
    {
        var result = _fixture.Dotnet(app.Directory, "watch", "--list", "--project", app.ProjectPath);
        var files = result.Output.Split('\n')
            .Select(line => line.Trim())
            .Where(line => Path.IsPathRooted(line) && File.Exists(line))
            .Select(line => Relative(app, line))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count > 0, "dotnet watch --list printed no file.\n" + result.Describe());
        return files;
    }

    private static string Relative(ConsumerProject app, string fullPath) =>
        Path.GetRelativePath(app.Directory, fullPath).Replace(Path.DirectorySeparatorChar, '/');
}
