using System;
using System.IO;
using CorpusGen.Cli.Encodings;

namespace CorpusGen.Cli.Inspection;

/// <summary>
/// The "encoding" column of <c>inspect</c> (table and JSON): each file's real encoding as read from its bytes
/// (UTF-8, UTF-8 with BOM, UTF-16, Windows-1252, binary), and the warning for a file the compiler will misread.
/// </summary>
internal static class EncodingColumn
{
    /// <summary>The encoding's display name for the file at <paramref name="fullPath"/>, or null when it cannot be read.</summary>
    public static string? Describe(string fullPath) => Detect(fullPath)?.DisplayName;

    /// <summary>
    /// How the compiler misreads the file under the project's <paramref name="codePage"/> (null: none set), or null
    /// when it reads the text its bytes mean (or the file cannot be read).
    /// </summary>
    public static string? Warning(string fullPath, int? codePage) => Detect(fullPath)?.Misreading(codePage);

    /// <summary>The file's encoding, or null when it cannot be read: the generator run reports that file itself.</summary>
    public static FileEncoding? Detect(string fullPath)
    {
        try
        {
            return EncodingDetector.Detect(File.ReadAllBytes(fullPath));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
