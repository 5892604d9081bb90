namespace CorpusGen.Cli.Encodings;

/// <summary>What a file's bytes are, as far as the bytes alone can tell.</summary>
internal enum TextEncodingKind
{
    /// <summary>Only bytes below 0x80: the same text in UTF-8, Windows-1252 and every code page a project would set.</summary>
    Ascii,

    /// <summary>Valid UTF-8 with at least one multi-byte character (or a BOM), or UTF-8 with a few bytes that are not.</summary>
    Utf8,

    Utf16LittleEndian,

    Utf16BigEndian,

    /// <summary>Only ever recognised by its BOM, which the compiler does not know: it reads the BOM as UTF-16.</summary>
    Utf32LittleEndian,

    Utf32BigEndian,

    /// <summary>Not valid UTF-8, and every byte is a character of Windows-1252.</summary>
    Windows1252,

    /// <summary>Not valid UTF-8 and not Windows-1252 (a byte Windows-1252 leaves undefined): some other code page.</summary>
    Unknown8Bit,

    /// <summary>Not text: NUL characters, or one visible character in ten a control character, as the generator judges.</summary>
    Binary,
}
