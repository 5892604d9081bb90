using System.Collections.Generic;
using System.Text;

namespace CorpusGen.Emitting;

/// <summary>
/// Writes lines of text as one C# literal, each line followed by a line break: a verbatim literal with real line
/// breaks when every character is plainly visible, so the generated source reads as the article does; otherwise an
/// escaped literal, so nothing invisible (controls, bidi overrides, odd spaces, lone surrogates) enters the source
/// as itself.
/// </summary>
internal static class TextLiteral
{
    /// <param name="utf8">Write a "..."u8 literal.</param>
    public static void Append(StringBuilder builder, IReadOnlyList<string> lines, bool utf8)
        => Append(builder, lines, utf8, IsPlain(lines));

    /// <summary>Whether every line is plainly visible, so the literal can be verbatim with real line breaks.</summary>
    public static bool IsPlain(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            if (!CSharpText.IsPlain(line))
            {
                return false;
            }
        }

        return true;
    }

    /// <param name="verbatim"><see cref="IsPlain"/> of <paramref name="lines"/>, when the caller already knows it.</param>
    public static void Append(StringBuilder builder, IReadOnlyList<string> lines, bool utf8, bool verbatim)
    {
        if (verbatim)
        {
            builder.Append("@\"");
            foreach (var line in lines)
            {
                builder.Append(line.Replace("\"", "\"\"")).Append('\n');
            }

            builder.Append('"');
        }
        else
        {
            var joined = new StringBuilder();
            foreach (var line in lines)
            {
                joined.Append(line).Append('\n');
            }

            CSharpText.AppendLiteral(builder, joined.ToString());
        }

        if (utf8)
        {
            builder.Append("u8");
        }
    }

    /// <summary>The length a line takes in the literal: UTF-16 units, or UTF-8 bytes.</summary>
    public static int LengthOf(string line, bool utf8) => utf8 ? Utf8Literal.ByteCount(line) : line.Length;
}
