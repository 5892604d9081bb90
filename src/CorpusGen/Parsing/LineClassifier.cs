using System;

namespace CorpusGen.Parsing;

/// <summary>Recognises the special lines of a news article. Every method takes a trimmed, non-blank line.</summary>
internal static class LineClassifier
{
    private static readonly string[] s_captionPrefixes = { "File photo of", "File photo:", "Photo of" };

    // Real copyright notices are short; a long line that merely starts with the word is body text.
    private const int MaxCopyrightLength = 160;
    private const int MaxDatelineLength = 60;
    private const int MinYear = 1900;
    private const int MaxYear = 2099;

    /// <summary>The caption prefix a line starts with (any case), or null.</summary>
    public static string? CaptionPrefix(string line)
    {
        foreach (var prefix in s_captionPrefixes)
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (line.Length == prefix.Length || prefix[prefix.Length - 1] == ':' || char.IsWhiteSpace(line[prefix.Length])))
            {
                return line.Substring(0, prefix.Length);
            }
        }

        return null;
    }

    /// <summary>An upper-case place name ending in ':' alone on its line: "KUALA LUMPUR:", "NEW DELHI:".</summary>
    public static bool IsDateline(string line)
    {
        if (line.Length < 2 || line.Length > MaxDatelineLength || line[line.Length - 1] != ':')
        {
            return false;
        }

        var hasLetter = false;
        for (var i = 0; i < line.Length - 1; i++)
        {
            var c = line[i];
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                hasLetter = true;
            }
            else if (c != ' ' && c != '-' && c != '.' && c != '\'' && c != ',')
            {
                return false;
            }
        }

        return hasLetter;
    }

    /// <summary>
    /// A copyright notice: it starts with ©, (c) or "Copyright", and an owner's name follows its marks and years
    /// ("© Thomson Reuters 2015", "Copyright 2016 The Associated Press", "(c) Example Press"). A list item
    /// "(c) borrow from the reserve" or a sentence "Copyright holders welcomed the ruling." goes on in lower case,
    /// so it is body text. The parser also wants it near the end.
    /// </summary>
    public static bool IsCopyright(string line)
    {
        if (line.Length > MaxCopyrightLength
            || !(line.StartsWith("\u00A9", StringComparison.Ordinal)
                || line.StartsWith("(c)", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // Skip the marks, years and separators ("Copyright (c) 2015-2016, "); the first word is the owner's.
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == '\u00A9' || char.IsDigit(line[i]) || char.IsWhiteSpace(line[i]) || line[i] == ',' || line[i] == '-' || line[i] == '\u2013')
            {
                i++;
            }
            else if (string.Compare(line, i, "(c)", 0, 3, StringComparison.OrdinalIgnoreCase) == 0)
            {
                i += 3;
            }
            else if (string.Compare(line, i, "Copyright", 0, 9, StringComparison.OrdinalIgnoreCase) == 0 && (i + 9 == line.Length || !char.IsLetter(line[i + 9])))
            {
                i += 9;
            }
            else
            {
                break;
            }
        }

        return i < line.Length && char.IsUpper(line[i]);
    }

    /// <summary>
    /// The first stand-alone run of four ASCII digits that reads as a year of the press (1900-2099), as in
    /// "© Thomson Reuters 2015"; other numbers ("Copyright 1500 words") are not years.
    /// </summary>
    public static int? FindYear(string line)
    {
        for (var i = 0; i + 4 <= line.Length; i++)
        {
            if (IsDigitAt(line, i) && IsDigitAt(line, i + 1) && IsDigitAt(line, i + 2) && IsDigitAt(line, i + 3)
                && !IsDigitAt(line, i - 1) && !IsDigitAt(line, i + 4))
            {
                var year = ((line[i] - '0') * 1000) + ((line[i + 1] - '0') * 100) + ((line[i + 2] - '0') * 10) + (line[i + 3] - '0');
                if (year >= MinYear && year <= MaxYear)
                {
                    return year;
                }
            }
        }

        return null;
    }

    private static bool IsDigitAt(string line, int index)
        => index >= 0 && index < line.Length && line[index] >= '0' && line[index] <= '9';
}
