using System.Text;

namespace CorpusGen.Emitting;

/// <summary>
/// Builds generated source with four-space indentation and "\n" line endings on every OS, so output is
/// byte-identical everywhere.
/// </summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4).Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>A line holding an exact C# literal of <paramref name="value"/> between a prefix and a suffix.</summary>
    public CodeWriter LiteralLine(string prefix, string? value, string suffix)
    {
        _builder.Append(' ', _indent * 4).Append(prefix);
        CSharpText.AppendLiteral(_builder, value).Append(suffix).Append('\n');
        return this;
    }

    public CodeWriter Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public override string ToString() => _builder.ToString();
}
