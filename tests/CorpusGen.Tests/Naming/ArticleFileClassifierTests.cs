using CorpusGen.Reading;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Naming;

public class ArticleFileClassifierTests
{
    [Theory]
    [InlineData("corpus/a.txt", null, true)]
    [InlineData("corpus/A.TXT", null, true)]
    [InlineData("BannedSymbols.txt", null, false)]
    [InlineData("BannedSymbols.Core.txt", null, false)]
    [InlineData("PublicAPI.Shipped.txt", null, false)]
    [InlineData("PublicAPI.Unshipped.txt", null, false)]
    [InlineData("notes.md", null, false)]
    [InlineData("notes.md", "true", true)]
    [InlineData("BannedSymbols.txt", "True", true)]
    [InlineData("corpus/a.txt", "false", false)]
    [InlineData("corpus/a.txt", "", true)]
    public void Txt_files_are_articles_unless_metadata_or_well_known_names_say_otherwise(string path, string? metadata, bool expected)
    {
        Assert.Equal(expected, ArticleFileClassifier.IsArticle(path, metadata));
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
        Assert.Equal(expected, ArticleFileClassifier.IsArticle(path, metadata));
    }

    // Setting the metadata at all is a deliberate mark, so a value that is not a boolean is not ignored in favour
    // of the extension: the file becomes an article, where a wrong guess shows up (in Articles.All, CG0001/2/8).
    [Theory]
    [InlineData("notes.md", "article")]
    [InlineData("notes.md", "1")]
    [InlineData("BannedSymbols.txt", "include")]
    [InlineData("data.bin", "ture")]
    [InlineData("corpus/a.txt", "0")]
    public void An_unrecognised_CorpusGen_value_marks_the_file_as_an_article(string path, string metadata)
    {
        Assert.True(ArticleFileClassifier.IsArticle(path, metadata));
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

        var candidate = ArticleFileClassifier.Classify(file, options);

        Assert.NotNull(candidate);
        Assert.Equal("corpus/notes.md", candidate!.RelativePath);
        Assert.Null(ArticleFileClassifier.Classify(skipped, options));
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
