using System;
using System.IO;

namespace CorpusGen.Cli.Encodings;

/// <summary>
/// Replaces a file's content all at once: a reader (or a crash) sees the old file or the new one, never half of
/// each. The new content goes to a temporary file beside it, is read back and compared, then moved over the file.
/// </summary>
internal static class AtomicFile
{
    public static void Replace(string path, byte[] content)
    {
        var directory = Path.GetDirectoryName(path)!;
        var temporary = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N")[..8] + ".corpusgen-tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            if (!File.ReadAllBytes(temporary).AsSpan().SequenceEqual(content))
            {
                throw new IOException($"'{path}' was not converted: the temporary file did not read back as written");
            }

            if (!OperatingSystem.IsWindows())
            {
                // The file keeps who may read and run it; a new file would get the default mode instead.
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            }

            // rename(2) on Unix, MoveFileEx with replace on Windows: the old content is replaced in one step.
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
