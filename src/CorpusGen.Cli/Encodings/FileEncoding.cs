using System.Globalization;

namespace CorpusGen.Cli.Encodings;

/// <summary>
/// A file's real encoding, read from its bytes, and whether the compiler reads the text those bytes mean.
/// </summary>
/// <param name="Kind">What the bytes are.</param>
/// <param name="HasBom">Whether they start with the byte order mark of <paramref name="Kind"/>.</param>
/// <param name="InvalidBytes">Bytes that do not decode in <paramref name="Kind"/>: the compiler reads each as U+FFFD.</param>
/// <param name="Detail">
/// Why it is binary, which byte is not Windows-1252, or where the invalid bytes are; null when there is nothing to say.
/// </param>
internal sealed record FileEncoding(TextEncodingKind Kind, bool HasBom, int InvalidBytes, string? Detail)
{
    /// <summary>The code page of UTF-8: a project that sets it reads files without a BOM as it does by default.</summary>
    public const int Utf8CodePage = 65001;

    public const int Windows1252CodePage = 1252;

    private const string Convert = "corpusgen convert --to utf-8";

    private const string ConvertWithBom = "corpusgen convert --to utf-8 --bom";

    public bool IsDamaged => InvalidBytes > 0;

    /// <summary>"UTF-8", "UTF-8 with BOM", "UTF-16 LE without BOM", "Windows-1252", "binary", ...: for a table column.</summary>
    public string DisplayName => Kind switch
    {
        TextEncodingKind.Ascii => "ASCII",
        TextEncodingKind.Utf8 => "UTF-8" + (HasBom ? " with BOM" : string.Empty) + Damage,
        TextEncodingKind.Utf16LittleEndian => "UTF-16 LE" + Bom + Damage,
        TextEncodingKind.Utf16BigEndian => "UTF-16 BE" + Bom + Damage,
        TextEncodingKind.Utf32LittleEndian => "UTF-32 LE" + Bom,
        TextEncodingKind.Utf32BigEndian => "UTF-32 BE" + Bom,
        TextEncodingKind.Windows1252 => "Windows-1252",
        TextEncodingKind.Unknown8Bit => "8-bit, not UTF-8 or Windows-1252",
        _ => "binary",
    };

    /// <summary>Whether the file is UTF-8 as it should be: nothing for <c>convert</c> to do.</summary>
    public bool IsUtf8 => (Kind is TextEncodingKind.Ascii or TextEncodingKind.Utf8) && !IsDamaged;

    private string Bom => HasBom ? " with BOM" : " without BOM";

    private string Damage => IsDamaged ? string.Create(CultureInfo.InvariantCulture, $", {InvalidBytes} invalid byte{(InvalidBytes == 1 ? string.Empty : "s")}") : string.Empty;

    /// <summary>
    /// How the compiler misreads the file, or null when it reads the text the bytes mean. Without a BOM it reads a
    /// file as UTF-8, falling back (on Linux and macOS) to UTF-8 with U+FFFD for every invalid byte; with
    /// <c>&lt;CodePage&gt;</c> set it reads every file without a BOM in that code page instead. It knows the BOMs of
    /// UTF-8 and UTF-16 only.
    /// </summary>
    /// <param name="codePage">The project's <c>CodePage</c>, or null when it sets none.</param>
    public string? Misreading(int? codePage)
    {
        var readAsUtf8 = codePage is null or Utf8CodePage;
        return Kind switch
        {
            TextEncodingKind.Binary =>
                "not text (" + Detail + "): CorpusGen skips it (CG0002), and the compiler rejects it (CS2015) if it has two NULs in a row; exclude it with CorpusGen=\"false\"",
            _ when IsDamaged =>
                string.Create(CultureInfo.InvariantCulture, $"{InvalidBytes} byte(s) that are not {UnicodeName} ({Detail}) are read as U+FFFD (CG0011); fix them by hand"),
            TextEncodingKind.Ascii => null,
            TextEncodingKind.Utf8 when HasBom || readAsUtf8 => null,
            TextEncodingKind.Utf8 =>
                CodePageElement(codePage) + " makes the compiler read UTF-8 without a BOM in that code page ('\u00E9' becomes '\u00C3\u00A9'); add a BOM: " + ConvertWithBom,
            TextEncodingKind.Utf16LittleEndian or TextEncodingKind.Utf16BigEndian when HasBom => null,
            TextEncodingKind.Utf16LittleEndian or TextEncodingKind.Utf16BigEndian =>
                "UTF-16 without a BOM is read as " + (readAsUtf8 ? "UTF-8" : "code page " + CodePageNumber(codePage)) + ", with a NUL byte in most characters: CorpusGen skips it (CG0002); convert it: " + Convert,
            TextEncodingKind.Utf32LittleEndian or TextEncodingKind.Utf32BigEndian =>
                "the compiler does not know UTF-32 and reads its BOM as UTF-16's, with NUL characters: CorpusGen skips it (CG0002); convert it: " + Convert,
            TextEncodingKind.Windows1252 when codePage == Windows1252CodePage => null,
            TextEncodingKind.Windows1252 when readAsUtf8 =>
                "read as UTF-8: every non-ASCII character becomes U+FFFD (CG0011; on Windows the system's ANSI code page is used instead); convert it: " + Convert + ", or set <CodePage>1252</CodePage>",
            TextEncodingKind.Windows1252 =>
                CodePageElement(codePage) + " makes the compiler read it in that code page, not Windows-1252; convert it: " + Convert,
            TextEncodingKind.Unknown8Bit when readAsUtf8 =>
                "read as UTF-8: every non-ASCII character becomes U+FFFD (CG0011); it is not Windows-1252 either (" + Detail + "): re-save it as UTF-8 from its code page",
            TextEncodingKind.Unknown8Bit when codePage == Windows1252CodePage =>
                "<CodePage>1252</CodePage> reads it as Windows-1252, but " + Detail + " (it becomes a control character): re-save it as UTF-8 from its code page",

            // The project names the code page its files are in: the bytes cannot tell that it is wrong.
            _ => null,
        };
    }

    private string UnicodeName => Kind is TextEncodingKind.Utf16LittleEndian or TextEncodingKind.Utf16BigEndian ? "UTF-16" : "UTF-8";

    private static string CodePageNumber(int? codePage) => codePage?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string CodePageElement(int? codePage) => "<CodePage>" + CodePageNumber(codePage) + "</CodePage>";
}
