using System;
using System.Collections.Generic;

namespace CorpusGen.Parsing;

/// <summary>
/// Whether an article's first line is a headline or already the first paragraph (many scraped corpora keep the title
/// elsewhere). Headlines are short phrases: the BBC's 2,225 run from 9 to 52 characters (median 32), none holds two
/// sentences and one ends with a period. A paragraph is long, holds sentences, or opens with a wire dateline.
/// </summary>
internal static class HeadlineRule
{
    // Long-form headlines ("... – live updates", a question and its answer) stay under this.
    private const int MaxHeadlineLength = 140;

    // Two sentences this short ("Ban urges calm. Talks resume") still read as a headline.
    private const int MinTwoSentenceLength = 60;

    // A sentence of this many words ending in a full stop is prose; "Man bites dog." is not.
    private const int MinSentenceWords = 12;

    // Words before a full stop that do not end a sentence.
    private static readonly HashSet<string> s_abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gov", "Sen", "Rep", "Gen", "Lt", "Col", "Capt", "Sgt", "Prof",
        "Inc", "Corp", "Co", "Ltd", "vs", "No", "Mt", "Ft", "Rev", "Hon", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept",
        "Sep", "Oct", "Nov", "Dec",
    };

    public static bool ReadsAsParagraph(string line) => WhyParagraph(line) is not null;

    /// <summary>Why <paramref name="line"/> reads as a paragraph rather than a headline, or null when it is a headline.</summary>
    public static string? WhyParagraph(string line)
    {
        if (line.Length > MaxHeadlineLength)
        {
            return "it is longer than " + MaxHeadlineLength.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters";
        }

        if (InlineDateline.Find(line) is not null)
        {
            return "it starts with a dateline";
        }

        if (line.Length >= MinTwoSentenceLength && HasSentenceBreak(line))
        {
            return "it holds more than one sentence";
        }

        return line[line.Length - 1] == '.' && CountWords(line) >= MinSentenceWords
            ? "it is a sentence of " + MinSentenceWords.ToString(System.Globalization.CultureInfo.InvariantCulture) + " or more words ending in a full stop"
            : null;
    }

    public static bool HasSentenceBreak(string text) => FirstSentenceEnd(text) >= 0;

    /// <summary>
    /// Where the first sentence ends (after its '.', '!' or '?' and any closing quote) when another follows: a capital
    /// after a space, and a full stop after a word that is not an abbreviation. -1 when there is no such break.
    /// </summary>
    public static int FirstSentenceEnd(string text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] == ' ' && EndsSentenceAt(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a sentence ends just before the space at <paramref name="space"/> and another starts after it.</summary>
    public static bool EndsSentenceAt(string text, int space)
        => space + 1 < text.Length && StartsSentence(text[space + 1]) && EndsSentence(text, space);

    /// <summary>Whether <paramref name="line"/> ends a sentence and <paramref name="next"/>, the following line, starts one.</summary>
    public static bool EndsSentenceBefore(string line, string next)
        => line.Length > 0 && next.Length > 0 && StartsSentence(next[0]) && EndsSentence(line, line.Length);

    private static bool StartsSentence(char c) => char.IsUpper(c) || IsOpeningQuote(c);

    // Whether the text before `end` closes a sentence: '!', '?' or a full stop after a word (closing quotes allowed).
    private static bool EndsSentence(string text, int end)
    {
        var stop = end - 1;
        while (stop > 0 && IsClosingQuote(text[stop]))
        {
            stop--;
        }

        var c = text[stop];
        return stop > 0 && (c == '!' || c == '?' || (c == '.' && IsSentenceFinalWord(text, stop)));
    }

    // "Mr." and "U.S." do not end sentences: the word before the stop must be a word of two or more letters that is
    // not an abbreviation, and not a run of initials.
    private static bool IsSentenceFinalWord(string text, int stop)
    {
        var start = stop;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text.Substring(start, stop - start);
        var isInitial = start > 0 && text[start - 1] == '.';
        return word.Length >= 2 && !isInitial && !s_abbreviations.Contains(word) && !IsAllUpper(word);
    }

    private static bool IsAllUpper(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return word.Length <= 3;
    }

    private static bool IsClosingQuote(char c) => c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')';

    private static bool IsOpeningQuote(char c) => c == '"' || c == '\u201C' || c == '\u2018';

    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                words++;
            }

            inWord = !isSpace;
        }

        return words;
    }
}
