using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CorpusGen.Cli.Reporting;
using CorpusGen.Cli.Running;

namespace CorpusGen.Cli.Emitting;

/// <summary>One generated source that differs from its snapshot, with the unified diff that shows how.</summary>
internal sealed record SourceDifference(string FileName, string Diff);

/// <summary>
/// Snapshots of the generated sources in the Verify convention: <c>Articles.g.cs</c> is kept as
/// <c>Articles.g.verified.cs</c>, UTF-8 without BOM, "\n" line endings; compared as text, so a checkout that turned
/// line endings into CRLF still matches.
/// </summary>
internal static class VerifiedSources
{
    private const string Suffix = ".verified.cs";

    public static string VerifiedName(string hintName)
        => (hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName.Substring(0, hintName.Length - 3) : hintName) + Suffix;

    public static IReadOnlyList<SourceDifference> Compare(IReadOnlyList<GeneratedFile> sources, string folder)
    {
        var differences = new List<SourceDifference>();
        var expected = VerifiedFiles(folder);
        foreach (var source in sources)
        {
            var name = VerifiedName(source.HintName);
            var actual = Normalize(source.Text.ToString());
            var verified = expected.Remove(name) ? Normalize(File.ReadAllText(Path.Combine(folder, name))) : string.Empty;
            var diff = UnifiedDiff.Create(File.Exists(Path.Combine(folder, name)) ? name : "/dev/null", verified, name, actual);
            if (diff.Length > 0)
            {
                differences.Add(new SourceDifference(name, diff));
            }
        }

        foreach (var stale in expected.OrderBy(n => n, StringComparer.Ordinal))
        {
            differences.Add(new SourceDifference(stale, UnifiedDiff.Create(stale, Normalize(File.ReadAllText(Path.Combine(folder, stale))), "/dev/null", string.Empty)));
        }

        return differences;
    }

    /// <summary>Writes every source that changed and removes snapshots no longer generated; returns how many files changed.</summary>
    public static int Accept(IReadOnlyList<GeneratedFile> sources, string folder)
    {
        Directory.CreateDirectory(folder);
        var stale = VerifiedFiles(folder);
        var changed = 0;
        foreach (var source in sources)
        {
            var name = VerifiedName(source.HintName);
            stale.Remove(name);
            var path = Path.Combine(folder, name);
            var text = Normalize(source.Text.ToString());
            if (!File.Exists(path) || Normalize(File.ReadAllText(path)) != text)
            {
                File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                changed++;
            }
        }

        foreach (var name in stale)
        {
            File.Delete(Path.Combine(folder, name));
            changed++;
        }

        return changed;
    }

    private static HashSet<string> VerifiedFiles(string folder)
        => Directory.Exists(folder)
            ? new HashSet<string>(Directory.EnumerateFiles(folder, "*" + Suffix).Select(p => Path.GetFileName(p)!), StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
