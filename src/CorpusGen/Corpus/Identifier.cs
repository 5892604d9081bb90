using System;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Corpus;

/// <summary>C# identifiers: validation of user-given names, and PascalCase names made from text.</summary>
internal static class Identifier
{
    /// <summary>Generated private members start with this, so no article name may.</summary>
    public const string ReservedPrefix = "__";

    public static bool IsValid(string? name)
        => name is not null
        && SyntaxFacts.IsValidIdentifier(name)
        && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    public static bool IsValidArticleName(string? name)
        => IsValid(name) && !name!.StartsWith(ReservedPrefix, StringComparison.Ordinal);

    /// <summary>A class name must not clash with the generated Article type, even in case (hint names ignore case).</summary>
    public static bool IsValidClassName(string? name)
        => IsValidArticleName(name) && !string.Equals(name, Reading.GeneratorOptions.ArticleTypeName, StringComparison.OrdinalIgnoreCase);

    public static bool IsValidNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (!IsValid(part))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// PascalCase of the first <paramref name="maxWords"/> whitespace-separated words: split on every character that
    /// is not a letter or digit, upper-case the first letter of each part (invariantly: "i" is never "İ"), keep the
    /// rest. A leading digit gets a '_' prefix. Returns "" when nothing usable remains.
    /// </summary>
    public static string PascalCase(string text, int maxWords)
    {
        var builder = new StringBuilder();
        var words = 0;
        var inPart = false;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inPart = false;
                if (inWord)
                {
                    inWord = false;
                    if (++words == maxWords)
                    {
                        break;
                    }
                }

                continue;
            }

            inWord = true;
            if (!char.IsLetterOrDigit(c))
            {
                inPart = false;
                continue;
            }

            builder.Append(inPart ? c : char.ToUpperInvariant(c));
            inPart = true;
        }

        if (builder.Length > 0 && char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }
}
