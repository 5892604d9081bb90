using System;
using System.Collections.Generic;

namespace CorpusGen.Corpus;

/// <summary>
/// Hands out generated-file names. The driver compares hint names ignoring case (files on Windows and macOS do),
/// so "Ab" and "AB" need different files even though they are different C# names.
/// </summary>
internal sealed class HintNames
{
    private const string Extension = ".g.cs";
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The article type's file; reserved first, so no class's file can take it, even in another case.</summary>
    public static string ArticleType(string articleTypeName) => articleTypeName + Extension;

    public HintNames(string articleTypeName)
    {
        _taken.Add(ArticleType(articleTypeName));
    }

    public string Claim(string stem)
    {
        var candidate = stem + Extension;
        for (var n = 2; !_taken.Add(candidate); n++)
        {
            candidate = stem + "." + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + Extension;
        }

        return candidate;
    }
}
