using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CorpusGen.Cli.Tests.Encodings;
using CorpusGen.Cli.Tests.Infrastructure;
using Xunit;
using static CorpusGen.Cli.Tests.Encodings.TestArticles;

namespace CorpusGen.Cli.Tests.Tool;

/// <summary>
/// <c>corpusgen convert --to utf-8</c> run as a user runs it, on articles written for these tests: what it rewrites,
/// what it leaves alone byte for byte (timestamps too), what it refuses, and its exit codes.
/// </summary>
[Collection(ToolCollection.Name)]
[Trait("Category", "Tool")]
public sealed class ConvertCommandTests
{
    // Files the tests must find untouched carry this time, so that any write would show.
    private static readonly DateTime s_old = new(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    private readonly ToolFixture _tool;

    public ConvertCommandTests(ToolFixture tool) => _tool = tool;

    [Fact]
    public void Windows_1252_and_UTF_16_files_become_the_UTF_8_of_their_text_and_UTF_8_files_are_not_touched()
    {
        var files = new Dictionary<string, byte[]>
        {
            ["corpus/cafe.txt"] = Windows1252.GetBytes(Cafe),
            ["corpus/news/ferry.txt"] = Windows1252.GetBytes(Ferry),
            ["corpus/ferry-utf16.txt"] = Utf16(Ferry, bigEndian: false, bom: true),
            ["corpus/plain.txt"] = Utf8(Plain),
            ["corpus/utf8.txt"] = Utf8(Cafe),
        };
        var folder = WriteFolder("convert", files);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(folder, "corpus/cafe.txt"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }

        var run = _tool.Run(folder, "convert", "--to", "utf-8", "corpus");

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Equal(
            "converted  corpus/cafe.txt  Windows-1252 -> UTF-8\n"
            + "converted  corpus/ferry-utf16.txt  UTF-16 LE with BOM -> UTF-8\n"
            + "converted  corpus/news/ferry.txt  Windows-1252 -> UTF-8\n"
            + "5 files: 3 converted, 0 not converted, 2 already UTF-8\n",
            run.StdOut);

        // Lossless: exactly the characters Windows-1252 decoding gives, CRLF, CR and LF where they were.
        Assert.Equal(Utf8(Windows1252.GetString(files["corpus/cafe.txt"])), Read(folder, "corpus/cafe.txt"));
        Assert.Equal(Utf8(Cafe), Read(folder, "corpus/cafe.txt"));
        Assert.Equal(Utf8(Ferry), Read(folder, "corpus/news/ferry.txt"));
        Assert.Equal(Utf8(Ferry), Read(folder, "corpus/ferry-utf16.txt"));
        AssertUntouched(folder, files, "corpus/plain.txt", "corpus/utf8.txt");

        // Written through a temporary file that is gone now, keeping the file's permissions.
        Assert.Equal(files.Keys.Order(StringComparer.Ordinal), Listing(folder));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(Path.Combine(folder, "corpus/cafe.txt")));
        }

        var again = _tool.Run(folder, "convert", "--to", "utf-8", "corpus");
        Assert.True(again.ExitCode == 0, again.Describe());
        Assert.Equal("5 files: 0 converted, 0 not converted, 5 already UTF-8\n", again.StdOut);
    }

    [Fact]
    public void Binary_and_undecidable_files_are_refused_left_as_they_were_and_make_the_exit_code_1()
    {
        var files = new Dictionary<string, byte[]>
        {
            ["cafe.txt"] = Windows1252.GetBytes(Cafe),
            ["photo.txt"] = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0 },
            ["other-code-page.txt"] = Concat(Windows1252.GetBytes(Ferry), new byte[] { 0x8D }, Utf8("\n")),
            ["damaged.txt"] = Concat(Utf8(Cafe), new byte[] { 0xE2, 0x82 }),
        };
        var folder = WriteFolder("convert-refused", files);

        var run = _tool.Run(folder, "convert", "--to", "utf-8");

        Assert.True(run.ExitCode == 1, run.Describe());
        var lines = run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("converted  cafe.txt  Windows-1252 -> UTF-8", lines[0]);
        Assert.StartsWith("not converted  damaged.txt  UTF-8, 2 invalid bytes (it ends in the middle of a character)", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("not converted  other-code-page.txt  not UTF-8 and not Windows-1252 (byte 0x8D at offset ", lines[2], StringComparison.Ordinal);
        Assert.Equal("not converted  photo.txt  not text: it contains NUL characters, so it looks binary", lines[3]);
        Assert.Equal("4 files: 1 converted, 3 not converted, 0 already UTF-8", lines[4]);
        Assert.Equal(Utf8(Cafe), Read(folder, "cafe.txt"));
        AssertUntouched(folder, files, "photo.txt", "other-code-page.txt", "damaged.txt");
        Assert.Equal(files.Keys.Order(StringComparer.Ordinal), Listing(folder));
    }

    [Fact]
    public void Dry_run_lists_what_would_change_and_writes_nothing()
    {
        var files = new Dictionary<string, byte[]>
        {
            ["corpus/cafe.txt"] = Windows1252.GetBytes(Cafe),
            ["corpus/utf8.txt"] = Utf8(Ferry),
            ["corpus/photo.txt"] = Concat(Utf8(Plain), new byte[] { 0, 0, 0, 0 }),
        };
        var folder = WriteFolder("convert-dry-run", files);

        var run = _tool.Run(folder, "convert", "--to", "UTF-8", "--dry-run", "corpus/*.txt");

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Equal(
            "would convert  corpus/cafe.txt  Windows-1252 -> UTF-8\n"
            + "not converted  corpus/photo.txt  not text: it contains NUL characters, so it looks binary\n"
            + "3 files: 1 would be converted, 1 not converted, 1 already UTF-8 (dry run: nothing was written)\n",
            run.StdOut);
        AssertUntouched(folder, files, files.Keys.ToArray());
        Assert.Equal(files.Keys.Order(StringComparer.Ordinal), Listing(folder));
    }

    [Fact]
    public void Bom_writes_UTF_8_with_a_BOM_and_gives_one_to_UTF_8_without_it_but_not_to_ASCII()
    {
        var files = new Dictionary<string, byte[]>
        {
            ["cafe.txt"] = Windows1252.GetBytes(Cafe),
            ["ferry.txt"] = Utf8(Ferry),
            ["plain.txt"] = Utf8(Plain),
            ["already.txt"] = WithUtf8Bom(Cafe),
        };
        var folder = WriteFolder("convert-bom", files);

        var run = _tool.Run(folder, "convert", "--to", "utf-8", "--bom", ".");

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Equal(
            "converted  cafe.txt  Windows-1252 -> UTF-8 with BOM\n"
            + "converted  ferry.txt  UTF-8 -> UTF-8 with BOM\n"
            + "4 files: 2 converted, 0 not converted, 2 already UTF-8\n",
            run.StdOut);
        Assert.Equal(WithUtf8Bom(Cafe), Read(folder, "cafe.txt"));
        Assert.Equal(WithUtf8Bom(Ferry), Read(folder, "ferry.txt"));
        AssertUntouched(folder, files, "plain.txt", "already.txt");
    }

    [Theory]
    [InlineData("--to latin1 .", "corpusgen: error: --to 'latin1' is not supported: the only target is utf-8")]
    [InlineData("--to utf-8 missing.txt", "corpusgen: error: no such file or folder: 'missing.txt'")]
    [InlineData(".", "corpusgen: error: Option '--to' is required.")]
    public void A_bad_target_a_missing_path_or_no_target_is_one_line_exit_code_2_and_nothing_written(string arguments, string error)
    {
        var files = new Dictionary<string, byte[]> { ["cafe.txt"] = Windows1252.GetBytes(Cafe) };
        var folder = WriteFolder("convert-error", files);

        var run = _tool.Run(folder, new[] { "convert" }.Concat(arguments.Split(' ')).ToArray());

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Equal(error + "\n", run.StdErr);
        Assert.Equal(string.Empty, run.StdOut);
        AssertUntouched(folder, files, "cafe.txt");
    }

    /// <summary>A fresh folder holding <paramref name="files"/>, each dated <see cref="s_old"/>.</summary>
    private string WriteFolder(string name, IReadOnlyDictionary<string, byte[]> files)
    {
        var folder = _tool.NewFolder(name);
        foreach (var (relative, bytes) in files)
        {
            var path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            File.SetLastWriteTimeUtc(path, s_old);
        }

        return folder;
    }

    private static byte[] Read(string folder, string relative) => File.ReadAllBytes(Path.Combine(folder, relative));

    private static void AssertUntouched(string folder, IReadOnlyDictionary<string, byte[]> files, params string[] relatives)
    {
        foreach (var relative in relatives)
        {
            Assert.True(files[relative].AsSpan().SequenceEqual(Read(folder, relative)), relative + " changed");
            Assert.Equal(s_old, File.GetLastWriteTimeUtc(Path.Combine(folder, relative)));
        }
    }

    private static IEnumerable<string> Listing(string folder) => Directory
        .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
        .Order(StringComparer.Ordinal);
}
