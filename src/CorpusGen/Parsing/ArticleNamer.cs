using System;
using System.Collections.Generic;
using System.IO;
using CorpusGen.Reading;

namespace CorpusGen.Parsing;

/// <summary>
/// Derives an article's C# name from its content, so users never have to name files: the person in a photo
/// caption, else the headline (or the title derived from the text when there is none), else the file name.
/// </summary>
internal static class ArticleNamer
{
    private const int MaxWords = 8;

    // Titles that precede a person's name in captions. The name is what follows the last one.
    private static readonly HashSet<string> s_roleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Minister", "Secretary-General", "Secretary", "Chancellor", "King", "Queen", "Prince",
        "Princess", "Pope", "Governor", "Mayor", "Senator", "Chief", "Chairman", "Chairwoman", "Chairperson",
        "CEO", "Leader", "Premier", "Speaker", "Ambassador", "Commissioner", "Director", "Emperor", "Empress",
        "Sheikh", "Spokesman", "Spokeswoman", "Spokesperson", "Envoy", "Commander", "Judge", "Justice",
    };

    /// <summary>Longest derived name, in characters: a name is something to type, not the headline itself.</summary>
    public const int MaxLength = 64;

    public static string Derive(ArticleContent content, string relativePath) => Readable(DeriveFull(content, relativePath).Name);

    /// <summary>The derived name and where it came from ("the caption", "the headline", ...), for <c>corpusgen explain</c>.</summary>
    public static (string Name, string From) Explain(ArticleContent content, string relativePath)
    {
        var (name, from) = DeriveFull(content, relativePath);
        var readable = Readable(name);
        return (readable, readable.Length < name.Length ? from + ", cut to " + MaxLength + " characters where a word starts" : from);
    }

    /// <summary>
    /// Cuts a name to <see cref="MaxLength"/> characters where a word starts ("...AboutThe|Stadium" keeps whole words)
    /// when that keeps at least half of it, else inside a word, never inside a surrogate pair.
    /// </summary>
    public static string Readable(string name)
    {
        if (name.Length <= MaxLength)
        {
            return name;
        }

        for (var cut = MaxLength; cut > MaxLength / 2; cut--)
        {
            if (char.IsUpper(name[cut]) && !char.IsUpper(name[cut - 1]))
            {
                return name.Substring(0, cut);
            }
        }

        return name.Substring(0, char.IsHighSurrogate(name[MaxLength - 1]) ? MaxLength - 1 : MaxLength);
    }

    private static (string Name, string From) DeriveFull(ArticleContent content, string relativePath)
    {
        if (content.Caption is not null)
        {
            var fromCaption = FromCaption(content.Caption);
            if (Identifier.IsValidArticleName(fromCaption))
            {
                return (fromCaption, "the photo caption: the words after its last role word (President, Secretary-General, ...), else all of it");
            }
        }

        // A derived title starts after any dateline, so a name never spells the place ("WASHINGTONReutersThe...").
        if ((content.Headline ?? content.DerivedTitle) is { } title)
        {
            var fromHeadline = Identifier.PascalCase(title, MaxWords);
            if (Identifier.IsValidArticleName(fromHeadline))
            {
                return (fromHeadline, (content.Headline is null ? "the derived title" : "the headline") + ": its first " + MaxWords + " words in PascalCase");
            }
        }

        var fromFile = Identifier.PascalCase(Path.GetFileNameWithoutExtension(relativePath), MaxWords);
        return Identifier.IsValidArticleName(fromFile)
            ? (fromFile, "the file name: neither caption nor title makes a valid name")
            : ("Article" + content.Id.Substring(0, 8), "the content id: no caption, title or file name makes a valid name");
    }

    /// <summary>
    /// "File photo of United Nations Secretary-General Ban Ki-moon." -> "BanKiMoon";
    /// without a role word the whole caption: "Photo of Indian Army soldiers" -> "IndianArmySoldiers".
    /// </summary>
    public static string FromCaption(string caption)
    {
        var prefix = LineClassifier.CaptionPrefix(caption);
        var rest = (prefix is null ? caption : caption.Substring(prefix.Length)).Trim().TrimEnd('.').Trim();
        var words = rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

        var lastRole = -1;
        for (var i = 0; i < words.Length; i++)
        {
            if (IsRoleWord(words[i]))
            {
                lastRole = i;
            }
        }

        if (lastRole >= 0 && lastRole < words.Length - 1)
        {
            var name = Identifier.PascalCase(string.Join(" ", words, lastRole + 1, words.Length - lastRole - 1), MaxWords);
            if (name.Length > 0)
            {
                return name;
            }
        }

        return Identifier.PascalCase(rest, MaxWords);
    }

    private static bool IsRoleWord(string word)
    {
        var bare = word.TrimEnd(',', ';', ':');
        if (s_roleWords.Contains(bare))
        {
            return true;
        }

        // "Vice-President", "Deputy-Chief": the role is the last hyphenated part.
        var hyphen = bare.LastIndexOf('-');
        return hyphen >= 0 && s_roleWords.Contains(bare.Substring(hyphen + 1));
    }
}
