namespace CorpusGen.Cli.Inspection;

/// <summary>
/// The seam for the "encoding" column of <c>inspect</c> (table and JSON): each file's real encoding as read from
/// its bytes (UTF-8, UTF-8 with BOM, UTF-16, Windows-1252, binary). Empty until the encoding detection under
/// Encodings/ plugs in here; <c>inspect</c> leaves the column out while every value is null.
/// </summary>
internal static class EncodingColumn
{
    /// <summary>The encoding's display name for the file at <paramref name="fullPath"/>, or null when unknown.</summary>
    public static string? Describe(string fullPath) => null;
}
