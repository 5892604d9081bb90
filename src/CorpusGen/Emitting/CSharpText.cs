using System.Globalization;
using System.Text;

namespace CorpusGen.Emitting;

/// <summary>
/// The only way article text enters generated code. Literals are exact (the compiled string equals the input,
/// lone surrogates included); doc-comment text is a readable, harmless preview. Nothing from a file can end a
/// literal, a comment or a line, or hide code behind invisible characters.
/// </summary>
internal static class CSharpText
{
    public static string Literal(string? value)
        => value is null ? "null" : AppendLiteral(new StringBuilder(value.Length + 2), value).ToString();

    /// <summary>Writes the literal straight into <paramref name="builder"/>: a full run writes the whole corpus this way.</summary>
    public static StringBuilder AppendLiteral(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            return builder.Append("null");
        }

        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            // Runs of printable ASCII other than the quote and backslash are copied in one go.
            var run = i;
            while (run < value.Length && value[run] >= ' ' && value[run] <= '~' && value[run] != '"' && value[run] != '\\')
            {
                run++;
            }

            if (run > i)
            {
                builder.Append(value, i, run - i);
                i = run - 1;
                continue;
            }

            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); continue;
                case '\\': builder.Append("\\\\"); continue;
                case '\0': builder.Append("\\0"); continue;
                case '\a': builder.Append("\\a"); continue;
                case '\b': builder.Append("\\b"); continue;
                case '\f': builder.Append("\\f"); continue;
                case '\n': builder.Append("\\n"); continue;
                case '\r': builder.Append("\\r"); continue;
                case '\t': builder.Append("\\t"); continue;
                case '\v': builder.Append("\\v"); continue;
            }

            if (c >= ' ' && c <= '~')
            {
                builder.Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                if (IsVisible(CharUnicodeInfo.GetUnicodeCategory(value, i)))
                {
                    builder.Append(c).Append(value[i + 1]);
                }
                else
                {
                    builder.Append("\\U").Append(char.ConvertToUtf32(c, value[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
                }

                i++;
            }
            else if (!char.IsSurrogate(c) && IsVisible(CharUnicodeInfo.GetUnicodeCategory(c)))
            {
                builder.Append(c);
            }
            else
            {
                // Controls, line and paragraph separators (which end a C# line), format characters (bidi overrides),
                // invisible spaces and lone surrogates are written as escapes.
                AppendUnicodeEscape(builder, c);
            }
        }

        return builder.Append('"');
    }

    /// <summary>
    /// A literal of data that is not text (an offset table): printable ASCII and the plain ideographs as themselves,
    /// every other unit escaped, so no line break, control, combining mark or letter of a right-to-left script turns
    /// up in the source.
    /// </summary>
    public static string DataLiteral(string value) => AppendDataLiteral(new StringBuilder(value.Length + 2), value).ToString();

    /// <inheritdoc cref="DataLiteral"/>
    public static StringBuilder AppendDataLiteral(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            if ((c >= ' ' && c <= '~' && c != '"' && c != '\\') || IsPlainIdeograph(c))
            {
                builder.Append(c);
            }
            else
            {
                AppendUnicodeEscape(builder, c);
            }
        }

        return builder.Append('"');
    }

    /// <summary>
    /// CJK Extension A, the Yijing hexagrams and the CJK Unified Ideographs: letters and symbols without case,
    /// decomposition, combining class or right-to-left direction, so written as themselves they read the same in any
    /// editor and survive normalisation (search literals keep every unit in this range).
    /// </summary>
    private static bool IsPlainIdeograph(char c) => c >= '\u3400' && c <= '\u9FFF';

    /// <summary>
    /// <c>\uXXXX</c>, written digit by digit: a search table holds a million units, and a string per unit cost more
    /// than the rest of writing it.
    /// </summary>
    private static void AppendUnicodeEscape(StringBuilder builder, char c)
        => builder.Append('\\').Append('u').Append(HexDigit(c >> 12)).Append(HexDigit((c >> 8) & 0xF)).Append(HexDigit((c >> 4) & 0xF)).Append(HexDigit(c & 0xF));

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'A' + value - 10);

    /// <summary>
    /// Text for one line of an XML doc comment: markup escaped, every line break and invisible character turned into
    /// a space, whitespace collapsed, cut to <paramref name="maxLength"/> characters with an ellipsis.
    /// </summary>
    public static string DocText(string value, int maxLength = int.MaxValue)
    {
        var plain = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length && plain.Length <= maxLength; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                if (IsVisible(CharUnicodeInfo.GetUnicodeCategory(value, i)))
                {
                    plain.Append(c).Append(value[i + 1]);
                }
                else
                {
                    AppendSpace(plain);
                }

                i++;
            }
            else if (c != ' ' && (char.IsSurrogate(c) || !IsVisible(CharUnicodeInfo.GetUnicodeCategory(c))))
            {
                AppendSpace(plain);
            }
            else if (c != ' ' || (plain.Length > 0 && plain[plain.Length - 1] != ' '))
            {
                plain.Append(c);
            }
        }

        var text = plain.ToString().Trim();
        if (text.Length > maxLength)
        {
            var cut = maxLength;
            if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
            {
                cut--;
            }

            text = text.Substring(0, cut).TrimEnd() + "\u2026";
        }

        return text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
    }

    /// <summary>
    /// Whether <paramref name="value"/> can stand in a verbatim literal as itself: printable ASCII and visible
    /// characters only (no controls, line breaks, format characters, odd spaces or lone surrogates).
    /// </summary>
    public static bool IsPlain(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= ' ' && c <= '~')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                if (!IsVisible(CharUnicodeInfo.GetUnicodeCategory(value, i)))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsSurrogate(c) || c < ' ' || !IsVisible(CharUnicodeInfo.GetUnicodeCategory(c)))
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendSpace(StringBuilder builder)
    {
        if (builder.Length > 0 && builder[builder.Length - 1] != ' ')
        {
            builder.Append(' ');
        }
    }

    /// <summary>Letters, marks, numbers, punctuation and symbols: what a reader sees and what cannot break code.</summary>
    private static bool IsVisible(UnicodeCategory category)
    {
        switch (category)
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
                return false;
            default:
                return true;
        }
    }
}
