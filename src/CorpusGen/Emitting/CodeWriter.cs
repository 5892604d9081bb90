using System.Text;

namespace CorpusGen.Emitting;

/// <summary>
/// Builds generated source with four-space indentation and "\n" line endings on every OS, so output is
/// byte-identical everywhere.
/// </summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder;
    private int _indent;

    /// <param name="capacity">What the source is expected to take, so a file of large literals is not copied as it grows.</param>
    public CodeWriter(int capacity = 16) => _builder = new StringBuilder(capacity);

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4).Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Each line of <paramref name="text"/> (a template with "\n" line breaks), at the current indentation.</summary>
    public CodeWriter Lines(string text)
    {
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            Line(line);
        }

        return this;
    }

    /// <summary>Appends text to the source as it is, with no indentation or line break (for multi-line literals).</summary>
    public CodeWriter Raw(string text)
    {
        _builder.Append(text);
        return this;
    }

    /// <summary>The builder, for emitters that write long literals straight into it.</summary>
    public StringBuilder Builder => _builder;

    /// <summary>The current indentation, as spaces.</summary>
    public string Indentation => new(' ', _indent * 4);

    /// <summary>A line holding an exact C# literal of <paramref name="value"/> between a prefix and a suffix.</summary>
    public CodeWriter LiteralLine(string prefix, string? value, string suffix)
    {
        _builder.Append(' ', _indent * 4).Append(prefix);
        CSharpText.AppendLiteral(_builder, value).Append(suffix).Append('\n');
        return this;
    }

    /// <summary>A line holding a data literal of <paramref name="value"/> (<see cref="CSharpText.DataLiteral"/>) between a prefix and a suffix.</summary>
    public CodeWriter DataLine(string prefix, string value, string suffix)
    {
        _builder.Append(' ', _indent * 4).Append(prefix);
        CSharpText.AppendDataLiteral(_builder, value).Append(suffix).Append('\n');
        return this;
    }

    public CodeWriter Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    /// <summary>One level deeper, for the continuation lines of a long expression (undone by <see cref="Outdent"/>).</summary>
    public CodeWriter Indent()
    {
        _indent++;
        return this;
    }

    public CodeWriter Outdent()
    {
        _indent--;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public override string ToString() => _builder.ToString();
}
