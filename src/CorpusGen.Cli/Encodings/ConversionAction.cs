namespace CorpusGen.Cli.Encodings;

/// <summary>What <c>convert --to utf-8</c> does with one file.</summary>
internal enum ConversionAction
{
    /// <summary>Already UTF-8 (or ASCII): not written, so its bytes and timestamps stay as they are.</summary>
    Unchanged,

    /// <summary>Rewritten as <see cref="Utf8Conversion.Utf8Bytes"/>, which were checked to hold exactly its text.</summary>
    Convert,

    /// <summary>Not text, or not convertible without losing or guessing a character: never written.</summary>
    Refuse,
}
