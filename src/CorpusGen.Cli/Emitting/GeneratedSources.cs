using System.Collections.Generic;
using System.IO;
using CorpusGen.Cli.Running;

namespace CorpusGen.Cli.Emitting;

/// <summary>Writes generated sources as the compiler does with EmitCompilerGeneratedFiles: one file per hint name, in the source's own encoding.</summary>
internal static class GeneratedSources
{
    public static int Write(IReadOnlyList<GeneratedFile> sources, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var source in sources)
        {
            File.WriteAllBytes(Path.Combine(folder, source.HintName), Bytes(source));
        }

        return sources.Count;
    }

    /// <summary>The length of <see cref="Bytes"/>, without making them.</summary>
    public static long ByteCount(GeneratedFile source)
    {
        var encoding = source.Text.Encoding ?? new System.Text.UTF8Encoding(true);
        return encoding.GetPreamble().Length + encoding.GetByteCount(source.Text.ToString());
    }

    /// <summary>
    /// The bytes the compiler writes: the text in <c>SourceText.Encoding</c> with its preamble (the generator adds
    /// its sources as UTF-8, so they start with a byte order mark).
    /// </summary>
    public static byte[] Bytes(GeneratedFile source)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, source.Text.Encoding ?? new System.Text.UTF8Encoding(true)))
        {
            source.Text.Write(writer);
        }

        return stream.ToArray();
    }
}
