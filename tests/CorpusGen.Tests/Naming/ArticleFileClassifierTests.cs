using CorpusGen.Diagnostics;
using CorpusGen.Reading;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Naming;

public class ArticleFileClassifierTests
{
    [Theory]
    [InlineData("corpus/a.txt", null, true)]
    [InlineData("corpus/A.TXT", null, true)]
    [InlineData("notes.md", null, false)]
    [InlineData("notes.md", "true", true)]
    [InlineData("BannedSymbols.txt", "True", true)]
    [InlineData("NativeMethods.txt", "true", true)]
    [InlineData("corpus/a.txt", "false", false)]
    [InlineData("corpus/a.txt", "", true)]
    [InlineData("corpus/a.txt", "  ", true)]
    public void Txt_files_are_articles_unless_metadata_says_otherwise(string path, string? metadata, bool expected)
    {
        Assert.Equal(expected ? Inclusion.Article : Inclusion.NotArticle, ArticleFileClassifier.Decide(path, metadata));
    }

    // The file names other tools read from AdditionalFiles, as each tool matches them (checked in their sources and
    // docs): a project that uses one of them next to its corpus must not get its input as an article.
    [Theory]
    [InlineData("BannedSymbols.txt")] // Microsoft.CodeAnalysis.BannedApiAnalyzers
    [InlineData("BannedSymbols.Core.txt")]
    [InlineData("config/bannedsymbols.txt")]
    [InlineData("PublicAPI.Shipped.txt")] // Microsoft.CodeAnalysis.PublicApiAnalyzers
    [InlineData("PublicAPI.Unshipped.txt")]
    [InlineData("InternalAPI.Shipped.txt")]
    [InlineData("InternalAPI.Unshipped.txt")]
    [InlineData("api/PublicAPI.Shipped.Windows.txt")]
    [InlineData("NativeMethods.txt")] // Microsoft.Windows.CsWin32
    [InlineData("interop/nativemethods.TXT")]
    [InlineData("tool.NativeMethods.txt")]
    [InlineData("vs-threading.MainThreadAssertingMethods.txt")] // Microsoft.VisualStudio.Threading.Analyzers
    [InlineData("vs-threading.MembersRequiringMainThread.txt")]
    [InlineData("vs-threading.LegacyThreadSwitchingMembers.2.txt")]
    public void Inputs_of_other_tools_are_not_articles(string path)
    {
        Assert.Equal(Inclusion.NotArticle, ArticleFileClassifier.Decide(path, null));
    }

    // Only the names those tools read: a look-alike is an ordinary article file.
    [Theory]
    [InlineData("BannedSymbolsReport.txt")]
    [InlineData("PublicAPI.txt")]
    [InlineData("PublicAPIs of the city.txt")]
    [InlineData("MyNativeMethods.txt")]
    [InlineData("NativeMethods.txt.bak.txt")]
    [InlineData("vs-threading-notes.txt")]
    public void Names_that_only_resemble_other_tools_inputs_are_articles(string path)
    {
        Assert.Equal(Inclusion.Article, ArticleFileClassifier.Decide(path, null));
    }

    // MSBuild's own spellings of a boolean (ConversionUtilities.ConvertStringToBool), any case, trimmed.
    [Theory]
    [InlineData("notes.md", "yes", true)]
    [InlineData("notes.md", "On", true)]
    [InlineData("notes.md", " TRUE ", true)]
    [InlineData("notes.md", "!false", true)]
    [InlineData("notes.md", "!Off", true)]
    [InlineData("notes.md", "!no", true)]
    [InlineData("corpus/a.txt", "no", false)]
    [InlineData("corpus/a.txt", "OFF", false)]
    [InlineData("corpus/a.txt", " False ", false)]
    [InlineData("corpus/a.txt", "!true", false)]
    [InlineData("corpus/a.txt", "!ON", false)]
    [InlineData("corpus/a.txt", "!yes", false)]
    public void Msbuild_boolean_spellings_of_CorpusGen_metadata_are_understood(string path, string metadata, bool expected)
    {
        Assert.Equal(expected ? Inclusion.Article : Inclusion.NotArticle, ArticleFileClassifier.Decide(path, metadata));
    }

    // Setting the metadata is a deliberate mark, so a value that is not a boolean is neither ignored in favour of the
    // extension nor taken to mean "include" ("0" meant include until it became an error): it is CG0009.
    [Theory]
    [InlineData("notes.md", "article")]
    [InlineData("notes.md", "1")]
    [InlineData("BannedSymbols.txt", "include")]
    [InlineData("data.bin", "ture")]
    [InlineData("corpus/a.txt", "0")]
    [InlineData("corpus/a.txt", "!")]
    [InlineData("corpus/a.txt", "!!true")]
    public void A_CorpusGen_value_that_is_not_a_boolean_is_invalid(string path, string metadata)
    {
        Assert.Equal(Inclusion.InvalidMetadata, ArticleFileClassifier.Decide(path, metadata));
        Assert.Equal(Inclusion.InvalidMetadata, ArticleFileClassifier.Decide(path, metadata, requireOptIn: true));
    }

    // CorpusGenRequireOptIn: only files marked CorpusGen="true" are articles, whatever their extension.
    [Theory]
    [InlineData("corpus/a.txt", null, false)]
    [InlineData("corpus/a.txt", "", false)]
    [InlineData("corpus/a.txt", "true", true)]
    [InlineData("corpus/a.txt", "yes", true)]
    [InlineData("corpus/a.txt", "false", false)]
    [InlineData("notes.md", "true", true)]
    [InlineData("NativeMethods.txt", null, false)]
    [InlineData("NativeMethods.txt", "true", true)]
    public void With_opt_in_required_only_files_marked_true_are_articles(string path, string? metadata, bool expected)
    {
        Assert.Equal(expected ? Inclusion.Article : Inclusion.NotArticle, ArticleFileClassifier.Decide(path, metadata, requireOptIn: true));
    }

    [Fact]
    public void Classify_reads_the_metadata_and_the_project_relative_path()
    {
        var file = TestAdditionalText.FromString("C:\\src\\app\\corpus\\notes.md", "Headline");
        var skipped = TestAdditionalText.FromString("C:\\src\\app\\corpus\\old.txt", "Headline");
        var options = TestOptionsProvider.Create()
            .WithProperty("ProjectDir", "c:\\src\\app\\")
            .WithMetadata(file.Path, "CorpusGen", " Yes ")
            .WithMetadata(skipped.Path, "CorpusGen", "off");

        var classified = ArticleFileClassifier.Classify(file, options);

        Assert.NotNull(classified.Article);
        Assert.Null(classified.Error);
        Assert.Equal("corpus/notes.md", classified.Article!.RelativePath);
        Assert.Equal(ClassifiedFile.NotArticle, ArticleFileClassifier.Classify(skipped, options));
    }

    [Fact]
    public void Classify_turns_a_CorpusGen_value_that_is_not_a_boolean_into_CG0009_at_the_file_and_no_article()
    {
        var file = TestAdditionalText.FromString("/src/app/corpus/a.txt", "Headline\nBody.\n");
        var options = TestOptionsProvider.Create()
            .WithProperty("ProjectDir", "/src/app/")
            .WithMetadata(file.Path, "CorpusGen", "0");

        var classified = ArticleFileClassifier.Classify(file, options);

        Assert.Null(classified.Article);
        var error = classified.Error!;
        Assert.Equal("CG0009", error.Id);
        Assert.Equal(new LocationInfo("/src/app/corpus/a.txt", 0), error.Location);
        var message = error.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("'corpus/a.txt'", message, System.StringComparison.Ordinal);
        Assert.Contains("'0'", message, System.StringComparison.Ordinal);
        Assert.Contains("CorpusGen", message, System.StringComparison.Ordinal);

        // A value, not a reference: the same decision on the next run compares equal, so the step stays cached.
        Assert.Equal(classified, ArticleFileClassifier.Classify(file, options));
    }

    [Theory]
    [InlineData("true", null, false)]
    [InlineData("true", "true", true)]
    [InlineData("false", null, true)]
    [InlineData("On", null, false)]
    [InlineData("maybe", null, true)] // invalid: the default (CG0009 comes from GeneratorOptionsReader, once)
    [InlineData("", null, true)]
    public void Classify_reads_CorpusGenRequireOptIn(string property, string? metadata, bool isArticle)
    {
        var file = TestAdditionalText.FromString("/src/app/corpus/a.txt", "Headline\nBody.\n");
        var options = TestOptionsProvider.Create().WithProperty("ProjectDir", "/src/app/").WithProperty("CorpusGenRequireOptIn", property);
        if (metadata is not null)
        {
            options = options.WithMetadata(file.Path, "CorpusGen", metadata);
        }

        Assert.Equal(isArticle, ArticleFileClassifier.Classify(file, options).Article is not null);
    }

    [Theory]
    [InlineData("/repo/app/", "/repo/app/corpus/a.txt", "corpus/a.txt")]
    [InlineData("/repo/app", "/repo/app/corpus/a.txt", "corpus/a.txt")]
    [InlineData("/repo/app/", "/repo/corpus/a.txt", "../corpus/a.txt")]
    [InlineData("C:\\repo\\app\\", "C:\\repo\\app\\corpus\\a.txt", "corpus/a.txt")]
    [InlineData("C:\\repo\\app\\", "D:\\corpus\\a.txt", "D:/corpus/a.txt")]
    [InlineData(null, "/repo/app/a.txt", "/repo/app/a.txt")]
    public void Source_paths_are_project_relative_with_forward_slashes(string? projectDir, string path, string expected)
    {
        Assert.Equal(expected, ProjectPaths.MakeRelative(projectDir, path));
    }

    // A drive letter or a UNC server and share can only be Windows syntax, where they never depend on case, so
    // they compare ignoring case on every OS; the rest stays ordinal (Linux paths are case-sensitive, and a
    // relative path through a differently cased folder is still correct on Windows).
    [Theory]
    [InlineData("c:\\src\\app\\", "C:\\src\\app\\corpus\\a.txt", "corpus/a.txt")]
    [InlineData("C:\\src\\app\\", "c:\\src\\corpus\\a.txt", "../corpus/a.txt")]
    [InlineData("c:/src/app", "C:\\src\\app/corpus\\a.txt", "corpus/a.txt")]
    [InlineData("C:\\src\\App\\", "C:\\src\\app\\a.txt", "../app/a.txt")]
    [InlineData("/src/App/", "/src/app/a.txt", "../app/a.txt")]
    [InlineData("c:\\src\\app\\", "D:\\src\\app\\a.txt", "D:/src/app/a.txt")]
    public void Drive_letters_compare_ignoring_case_and_folders_ordinally(string projectDir, string path, string expected)
    {
        Assert.Equal(expected, ProjectPaths.MakeRelative(projectDir, path));
    }

    // \\server\share is one root: no relative path leaves it, so another server or share keeps the absolute path.
    [Theory]
    [InlineData("\\\\srv\\share\\app\\", "\\\\srv\\share\\app\\corpus\\a.txt", "corpus/a.txt")]
    [InlineData("\\\\SRV\\Share\\app\\", "\\\\srv\\share\\app\\corpus\\a.txt", "corpus/a.txt")]
    [InlineData("//srv/share/app/", "\\\\srv\\share\\corpus/a.txt", "../corpus/a.txt")]
    [InlineData("\\\\srv\\share\\app\\", "\\\\srv\\other\\a.txt", "//srv/other/a.txt")]
    [InlineData("\\\\srv\\share\\app\\", "\\\\other\\share\\a.txt", "//other/share/a.txt")]
    [InlineData("/repo/app/", "\\\\srv\\share\\a.txt", "//srv/share/a.txt")]
    [InlineData("\\\\srv\\share\\app\\", "/srv/share/app/a.txt", "/srv/share/app/a.txt")]
    [InlineData("C:\\repo\\app\\", "\\\\?\\c:\\repo\\a.txt", "//?/c:/repo/a.txt")]
    [InlineData("\\\\?\\C:\\repo\\app\\", "\\\\?\\c:\\repo\\a.txt", "../a.txt")]
    public void A_unc_server_and_share_is_one_root(string projectDir, string path, string expected)
    {
        Assert.Equal(expected, ProjectPaths.MakeRelative(projectDir, path));
    }
}
