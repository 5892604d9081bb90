namespace CorpusGen.Parsing;

/// <summary>
/// A dateline that opens a wire story's first paragraph, as agencies and papers write it:
/// <c>WASHINGTON (Reuters) - </c>, <c>LONDON, March 3 (Reuters) - </c>, <c>NEW YORK (AP) — </c>,
/// <c>ALBANY, N.Y. - </c>, <c>PALM BEACH, Fla. -- </c>, <c>WASHINGTON, D.C. – </c>, <c>BEIRUT, Lebanon — </c>,
/// <c>Washington (CNN) — </c> and the tight <c>WASHINGTON—Quickly</c>.
/// </summary>
/// <param name="Place">The place and its qualifiers as written ("LONDON, March 3"): what goes to <c>Dateline</c>.</param>
/// <param name="Agency">The agency in parentheses ("Reuters"), if any.</param>
/// <param name="Length">How many characters of the paragraph the dateline and its dash take; the rest is the paragraph.</param>
internal sealed record InlineDateline(string Place, string? Agency, int Length)
{
    // A dateline is a few words; anything longer is a sentence that happens to start in capitals.
    private const int MaxPlaceWords = 5;
    private const int MaxQualifiers = 2;
    private const int MaxQualifierWords = 4;
    private const int MaxAgencyLength = 40;
    private const int MaxLength = 80;

    /// <summary>The dateline <paramref name="paragraph"/> starts with, or null.</summary>
    public static InlineDateline? Find(string paragraph)
    {
        var placeEnd = ReadPlace(paragraph, out var allCaps);
        if (placeEnd < 0)
        {
            return null;
        }

        var at = placeEnd;
        var qualifiers = 0;
        while (qualifiers < MaxQualifiers && at + 1 < paragraph.Length && paragraph[at] == ',' && paragraph[at + 1] == ' ')
        {
            var start = at + 2;
            var end = ReadQualifier(paragraph, start);
            if (end < 0)
            {
                break;
            }

            placeEnd = end;
            at = end;
            qualifiers++;
        }

        string? agency = null;
        if (at + 1 < paragraph.Length && paragraph[at] == ' ' && paragraph[at + 1] == '(')
        {
            var close = paragraph.IndexOf(')', at + 2);
            if (close > at + 2 && close - (at + 2) <= MaxAgencyLength && IsAgency(paragraph, at + 2, close))
            {
                agency = paragraph.Substring(at + 2, close - at - 2);
                at = close + 1;
            }
        }

        // A capitalised place ("Washington (CNN) —") is only a dateline with its agency beside it; alone, it is
        // the first words of a sentence.
        if (!allCaps && agency is null)
        {
            return null;
        }

        var restStart = ReadDash(paragraph, at);
        if (restStart < 0 || restStart > MaxLength || restStart >= paragraph.Length)
        {
            return null;
        }

        return new InlineDateline(paragraph.Substring(0, placeEnd), agency, restStart);
    }

    /// <summary>Capitalised words ("NEW YORK", "ST. LOUIS", "Washington"); the end of the place, or -1.</summary>
    private static int ReadPlace(string text, out bool allCaps)
    {
        allCaps = true;
        var upperLetters = 0;
        var end = -1;
        var i = 0;
        for (var words = 0; words < MaxPlaceWords && i < text.Length && char.IsUpper(text[i]); words++)
        {
            var wordUpper = 0;
            var wordHasLower = false;
            while (i < text.Length && IsPlaceCharacter(text[i]))
            {
                wordHasLower |= char.IsLower(text[i]);
                wordUpper += char.IsUpper(text[i]) ? 1 : 0;
                i++;
            }

            // After an all-caps word, a capitalised one starts the text: "WASHINGTON Quickly" has no dateline.
            if (words > 0 && allCaps && wordHasLower)
            {
                break;
            }

            allCaps &= !wordHasLower;
            upperLetters += wordUpper;
            end = i;
            if (i + 1 < text.Length && text[i] == ' ' && char.IsUpper(text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        // One capital letter ("I - for one - ...") is not a place; a capitalised place needs its agency (checked later).
        return end > 0 && (upperLetters >= 2 || !allCaps) ? end : -1;
    }

    private static bool IsPlaceCharacter(char c) => char.IsLetter(c) || c == '.' || c == '\'' || c == '\u2019' || c == '-';

    /// <summary>A short qualifier after a comma ("N.Y.", "Fla.", "D.C.", "Lebanon", "March 3"); its end, or -1.</summary>
    private static int ReadQualifier(string text, int start)
    {
        var i = start;
        var words = 0;
        var end = -1;
        while (words < MaxQualifierWords && i < text.Length && (char.IsUpper(text[i]) || char.IsDigit(text[i])))
        {
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '.' || text[i] == '\''))
            {
                i++;
            }

            words++;
            end = i;
            if (i + 1 < text.Length && text[i] == ' ' && (char.IsUpper(text[i + 1]) || char.IsDigit(text[i + 1])))
            {
                i++;
                continue;
            }

            break;
        }

        // The qualifier must be followed by what ends a dateline: an agency, a dash or another qualifier.
        return end > 0 && (ReadDash(text, end) >= 0 || (end + 1 < text.Length && ((text[end] == ' ' && text[end + 1] == '(') || (text[end] == ',' && text[end + 1] == ' ')))) ? end : -1;
    }

    private static bool IsAgency(string text, int start, int end)
    {
        if (!char.IsUpper(text[start]))
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c) && c != ' ' && c != '.' && c != '-' && c != '&' && c != '/' && c != '\'')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A dash that ends a dateline: " - ", " -- ", " – ", " — " (spaces around it), or a tight "—", "–", "--"
    /// between the dateline and a letter. Returns where the text after it starts, or -1.
    /// </summary>
    private static int ReadDash(string text, int at)
    {
        if (at >= text.Length)
        {
            return -1;
        }

        if (text[at] == ' ')
        {
            var dashEnd = DashEnd(text, at + 1);
            if (dashEnd < 0 || dashEnd >= text.Length || !char.IsWhiteSpace(text[dashEnd]))
            {
                return -1;
            }

            // The paragraph keeps the rest trimmed, as every paragraph is.
            var rest = dashEnd;
            while (rest < text.Length && char.IsWhiteSpace(text[rest]))
            {
                rest++;
            }

            return rest;
        }

        // Tight: a single hyphen is a compound word ("ANTI-WAR"), so only a long dash or a double hyphen counts.
        var tightEnd = DashEnd(text, at);
        if (tightEnd < 0 || (tightEnd == at + 1 && text[at] == '-'))
        {
            return -1;
        }

        return tightEnd < text.Length && char.IsLetterOrDigit(text[tightEnd]) ? tightEnd : -1;
    }

    private static int DashEnd(string text, int at)
    {
        if (at >= text.Length)
        {
            return -1;
        }

        if (text[at] == '\u2014' || text[at] == '\u2013')
        {
            return at + 1;
        }

        if (text[at] == '-')
        {
            return at + 1 < text.Length && text[at + 1] == '-' ? at + 2 : at + 1;
        }

        return -1;
    }
}
