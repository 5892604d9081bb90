using System;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// An AdditionalFiles item for the generator driver, with the text decoded the way the compiler decodes a file on
/// disk so that encoding edge cases (BOMs, Latin-1 bytes) reach the generator as they would in a real build.
/// </summary>
public sealed class TestAdditionalText : AdditionalText
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly SourceText? _text;

    private TestAdditionalText(string path, SourceText? text)
    {
        Path = path;
        _text = text;
    }

    /// <summary>As the compiler passes it: the item's full path, '/' or '\' as given.</summary>
    public override string Path { get; }

    /// <summary>The Windows compiler's fallback for bytes that are not UTF-8 (its ANSI code page, usually 1252).</summary>
    public static Encoding Windows1252 { get; } = CreateWindows1252();

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;

    public static TestAdditionalText FromString(string path, string text) =>
        new(path, SourceText.From(text, Encoding.UTF8));

    /// <summary>
    /// Decodes like the compiler: a UTF-8, UTF-16LE or UTF-16BE byte order mark selects that encoding (and is not part
    /// of the text); otherwise strict UTF-8; bytes that are not valid UTF-8 are decoded with
    /// <paramref name="fallbackEncoding"/>, by default Windows-1252 as the compiler does on Windows.
    /// On Linux and macOS the compiler's fallback is Encoding.Default, which is UTF-8 on .NET, so a raw 0xA3 becomes
    /// U+FFFD there: pass <see cref="Encoding.UTF8"/> to reproduce a Linux build.
    /// </summary>
    public static TestAdditionalText FromBytes(string path, byte[] bytes, Encoding? fallbackEncoding = null) =>
        new(path, Decode(bytes, fallbackEncoding ?? Windows1252));

    /// <summary>Reads <paramref name="filePath"/> from disk; the generator sees <paramref name="displayPath"/> (default: the file path).</summary>
    public static TestAdditionalText FromFile(string filePath, string? displayPath = null, Encoding? fallbackEncoding = null) =>
        FromBytes(displayPath ?? filePath, File.ReadAllBytes(filePath), fallbackEncoding);

    /// <summary>A file whose text the compiler could not read (deleted, locked): GetText returns null.</summary>
    public static TestAdditionalText Unreadable(string path) => new(path, null);

    /// <summary>The same path with other content, for <see cref="GeneratorDriver.ReplaceAdditionalText"/>.</summary>
    public TestAdditionalText WithText(string text) => FromString(Path, text);

    public override string ToString() => Path;

    private static SourceText Decode(byte[] bytes, Encoding fallbackEncoding)
    {
        var (bomEncoding, bomLength) = DetectByteOrderMark(bytes);
        if (bomEncoding is not null)
        {
            return SourceText.From(bomEncoding.GetString(bytes, bomLength, bytes.Length - bomLength), bomEncoding);
        }

        try
        {
            return SourceText.From(s_strictUtf8.GetString(bytes), Encoding.UTF8);
        }
        catch (DecoderFallbackException)
        {
            return SourceText.From(fallbackEncoding.GetString(bytes), fallbackEncoding);
        }
    }

    // The compiler recognises exactly these three marks; a UTF-32LE mark therefore reads as UTF-16LE, as it does there.
    private static (Encoding? Encoding, int Length) DetectByteOrderMark(byte[] bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (null, 0),
    };

    private static Encoding CreateWindows1252()
    {
        // .NET ships code pages in the shared framework but only resolves them once the provider is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            return Encoding.GetEncoding(1252);
        }
        catch (NotSupportedException)
        {
            return Encoding.Latin1;
        }
    }
}
