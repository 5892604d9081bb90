using System;

namespace CorpusGen.Parsing;

/// <summary>
/// Lines inside a body that are not the article's prose: photo captions and credits, and the debris a scraper
/// copies from the page around an article. Each method takes a trimmed, non-blank paragraph.
/// </summary>
internal static class BodyLineRules
{
    // Prefixes that open a caption or credit line, followed by a space or a colon (any case).
    private static readonly string[] s_creditPrefixes =
    {
        "Photo by", "Photos by", "Photo:", "Photos:", "Photo credit:", "Photograph:", "Photograph by", "Photographs by",
        "Picture:", "Pictures:", "Picture by", "Image:", "Image by", "Image copyright", "Image caption", "Image source",
        "Media caption", "Caption:", "Credit:", "Illustration:", "Illustration by", "Video by",
    };

    // Lines that are only page furniture, compared ignoring case and trailing ':', '.', '>', '»', '›' and '…'.
    private static readonly string[] s_boilerplateLines =
    {
        "Advertisement", "Advertising", "Sponsored", "Sponsored content", "Read more", "Read more here", "Read the full story",
        "Continue reading", "Continue reading the main story", "Story continues below", "Story continues below advertisement",
        "Skip advertisement", "Share this story", "Share this article", "Share this", "Share", "Related", "Related articles",
        "Related stories", "Related content", "Related coverage", "Recommended", "Most read", "Most popular", "Back to top",
        "Click here", "View comments", "Comments", "Follow us", "Loading", "Image", "Video", "Watch",
    };

    // Prefixes of page-furniture lines; only short lines count (a sentence may start "Sign up rates rose ...").
    private static readonly string[] s_boilerplatePrefixes =
    {
        "Read more:", "Read more at", "Read more about", "Related:", "See also:", "Also read:", "Read also:", "More:", "Recommended:",
        "Sign up", "Subscribe to", "Subscribe for", "Follow us on", "Follow us at", "Click here to", "Click here for", "Share on",
        "Share this story", "Share this article", "Download our app", "Get the app", "Don't miss:", "Watch:", "Listen:",
    };

    private const int MaxCreditLength = 300;
    private const int MaxBareCreditLength = 80;
    private const int MaxBoilerplateLength = 100;

    /// <summary>A photo caption or credit: "Photo by Joe Raedle/Getty Images", "(Scott Olson/Getty Images)", "Image copyright GETTY IMAGES".</summary>
    public static bool IsCredit(string line)
    {
        if (line.Length > MaxCreditLength)
        {
            return false;
        }

        if (StartsWithAny(line, s_creditPrefixes))
        {
            return true;
        }

        if (line.Length >= 3 && line[0] == '(' && line[line.Length - 1] == ')')
        {
            return IsSlashCredit(line.Substring(1, line.Length - 2));
        }

        return line.Length <= MaxBareCreditLength && IsSlashCredit(line);
    }

    /// <summary>Web-page debris alone on its line: "Read more", "Related: ...", "Share this story", "Sign up ...", "Advertisement".</summary>
    public static bool IsBoilerplate(string line)
    {
        if (line.Length > MaxBoilerplateLength)
        {
            return false;
        }

        var bare = line.TrimEnd(':', '.', '>', '\u00BB', '\u203A', '\u2026', ' ');
        foreach (var candidate in s_boilerplateLines)
        {
            if (string.Equals(bare, candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return StartsWithAny(line, s_boilerplatePrefixes);
    }

    /// <summary>"Name Name/Agency Name": one slash between runs of one to five capitalised words, as credits are written.</summary>
    private static bool IsSlashCredit(string text)
    {
        var slash = text.IndexOf('/');
        return slash > 0 && slash == text.LastIndexOf('/')
            && IsCapitalisedWords(text.Substring(0, slash)) && IsCapitalisedWords(text.Substring(slash + 1));
    }

    private static bool IsCapitalisedWords(string text)
    {
        var words = text.Split(' ');
        if (words.Length > 5)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                return false;
            }

            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c != '.' && c != '-' && c != '\'' && c != '\u2019' && c != '&')
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool StartsWithAny(string line, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (line.Length == prefix.Length || prefix[prefix.Length - 1] == ':' || line[prefix.Length] == ' ' || line[prefix.Length] == ':'))
            {
                return true;
            }
        }

        return false;
    }
}
