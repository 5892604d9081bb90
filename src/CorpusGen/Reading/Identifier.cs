using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Reading;

/// <summary>C# identifiers: validation of user-given names, and PascalCase names made from text.</summary>
internal static class Identifier
{
    /// <summary>Generated private members start with this, so no article name may.</summary>
    public const string ReservedPrefix = "__";

    public static bool IsValid(string? name)
        => name is not null
        && SyntaxFacts.IsValidIdentifier(name)
        && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    /// <summary>
    /// Longest article name, in UTF-8 bytes. Metadata names are capped at 1,023 bytes and generated file names
    /// (hint names, written to disk with EmitCompilerGeneratedFiles) at 255 on most file systems.
    /// </summary>
    public const int MaxNameBytes = 120;

    /// <remarks>
    /// Formatting characters are refused: C# ignores them when comparing identifiers, so "A\u00ADB" would be the
    /// same name as "AB" while looking different to every check here.
    /// </remarks>
    public static bool IsValidArticleName(string? name)
        => IsValid(name)
        && !name!.StartsWith(ReservedPrefix, StringComparison.Ordinal)
        && Encoding.UTF8.GetByteCount(name) <= MaxNameBytes
        && !HasFormattingCharacter(name);

    private static bool HasFormattingCharacter(string name)
    {
        foreach (var c in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Cuts a name to <see cref="MaxNameBytes"/> without splitting a surrogate pair.</summary>
    public static string Truncate(string name)
    {
        var bytes = 0;
        for (var i = 0; i < name.Length; i++)
        {
            var pair = char.IsHighSurrogate(name[i]) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]);
            var size = pair ? 4 : name[i] < 0x80 ? 1 : name[i] < 0x800 ? 2 : 3;
            if (bytes + size > MaxNameBytes)
            {
                return name.Substring(0, i);
            }

            bytes += size;
            i += pair ? 1 : 0;
        }

        return name;
    }

    /// <summary>
    /// A class name must not clash with the generated article type <paramref name="articleTypeName"/>, even in case
    /// (hint names ignore case), and must be a valid type name (<see cref="IsValidTypeName"/>).
    /// </summary>
    public static bool IsValidClassName(string? name, string articleTypeName)
        => IsValidTypeName(name)
        && !string.Equals(name, articleTypeName, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The article type must be a valid type name (<see cref="IsValidTypeName"/>) other than one of its own members
    /// (<see cref="GeneratorOptions.ArticleTypeMembers"/>) or their accessors ("get_Title"): CS0542.
    /// </summary>
    public static bool IsValidArticleTypeName(string? name)
        => IsValidTypeName(name)
        && !IsArticleTypeMember(name!)
        && !(name!.StartsWith("get_", StringComparison.Ordinal) && IsArticleTypeMember(name.Substring(4)))
        && !(name.StartsWith("set_", StringComparison.Ordinal) && IsArticleTypeMember(name.Substring(4)));

    private static bool IsArticleTypeMember(string name) => Array.IndexOf(GeneratorOptions.ArticleTypeMembers, name) >= 0;

    /// <summary>
    /// The public types the search runtime writes into the namespace (Emitting/SearchRuntimeEmitter.cs): reserved
    /// whether search is on or not, so turning it on never breaks a project's names.
    /// </summary>
    public static readonly string[] SearchTypeNames = { "SearchHit", "SearchHighlight" };

    /// <summary>
    /// A generated type's name must be usable as an article name, must not be a contextual keyword ("var" would
    /// rebind every var in the namespace, "record" and "file" are errors), must not be all lower-case ASCII, which
    /// the compiler warns may become a keyword (CS8981), and must not be one of <see cref="SearchTypeNames"/>.
    /// </summary>
    public static bool IsValidTypeName(string? name)
        => IsValidArticleName(name)
        && SyntaxFacts.GetContextualKeywordKind(name!) == SyntaxKind.None
        && !IsLowerCaseAscii(name!)
        && Array.IndexOf(SearchTypeNames, name) < 0;

    private static bool IsLowerCaseAscii(string name)
    {
        foreach (var c in name)
        {
            if (c < 'a' || c > 'z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A namespace from a project's RootNamespace, made valid as the project templates do: every character that
    /// cannot be in an identifier becomes '_', a part that starts with a digit or is a keyword gets a '_' prefix.
    /// Null when nothing is left.
    /// </summary>
    public static string? ToNamespace(string? rootNamespace)
    {
        if (rootNamespace is null)
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var raw in rootNamespace.Split('.'))
        {
            var part = new StringBuilder(raw.Length + 1);
            foreach (var c in raw)
            {
                part.Append(SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
            }

            if (part.Length == 0)
            {
                continue;
            }

            if (!SyntaxFacts.IsIdentifierStartCharacter(part[0]) || !IsValid(part.ToString()))
            {
                part.Insert(0, '_');
            }

            parts.Add(part.ToString());
        }

        return parts.Count == 0 ? null : string.Join(".", parts);
    }

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

        return Truncate(builder.ToString());
    }
}
