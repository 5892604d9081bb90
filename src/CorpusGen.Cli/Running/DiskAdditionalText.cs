using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Cli.Running;

/// <summary>
/// An AdditionalFiles item read from disk and decoded as the compiler decodes it: a UTF-8, UTF-16LE or UTF-16BE byte
/// order mark selects that encoding; else strict UTF-8; else the project's CodePage, or the compiler's fallback
/// (Windows-1252 on Windows, UTF-8 with U+FFFD for each bad byte elsewhere). Text with two NULs in a row is binary
/// to the compiler (CS2015): it hands the generator nothing, and neither do we. 
/// </summary>
internal sealed class DiskAdditionalText : AdditionalText
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Encoding _fallback;
    private readonly System.Action? _onRead;

    /// <param name="onRead">Called after each read: the parse step reads each file once, so this counts progress.</param>
    public DiskAdditionalText(string path, Encoding fallback, System.Action? onRead = null)
    {
        Path = path;
        _fallback = fallback;
        _onRead = onRead;
    }

    public override string Path { get; }

    /// <summary>Whether the compiler would reject the file as binary (CS2015); known once the text was asked for.</summary>
    public bool IsBinary { get; private set; }

    /// <summary>
    /// Reads the file anew on each call, keeping nothing: the generator reads each file once and keeps only what it
    /// parsed, so a 50 MB corpus is not held twice in memory.
    /// </summary>
    public override SourceText? GetText(CancellationToken cancellationToken = default)
    {
        var text = Read();
        _onRead?.Invoke();
        return text;
    }

    private SourceText? Read()
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(Path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (System.UnauthorizedAccessException)
        {
            return null;
        }

        var text = Decode(bytes, _fallback, out var encoding);
        if (text.Contains("\0\0", System.StringComparison.Ordinal))
        {
            IsBinary = true;
            return null;
        }

        return SourceText.From(text, encoding);
    }

    public static string Decode(byte[] bytes, Encoding fallback, out Encoding encoding)
    {
        var (bom, bomLength) = ByteOrderMark(bytes);
        if (bom is not null)
        {
            encoding = bom;
            return bom.GetString(bytes, bomLength, bytes.Length - bomLength);
        }

        try
        {
            encoding = Encoding.UTF8;
            return s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            encoding = fallback;
            return fallback.GetString(bytes);
        }
    }

    // The compiler recognises exactly these three marks.
    private static (Encoding? Encoding, int Length) ByteOrderMark(byte[] bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (null, 0),
    };
}
