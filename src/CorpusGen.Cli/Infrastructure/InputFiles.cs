using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.FileSystemGlobbing;

namespace CorpusGen.Cli.Infrastructure;

/// <summary>
/// Turns the PATH arguments (files, folders, globs such as <c>corpus/**/*.txt</c>) into the files a build would get
/// as AdditionalFiles: full paths, each once, in ordinal order. A folder means every <c>*.txt</c> below it, like
/// the usual <c>&lt;AdditionalFiles Include="corpus/**/*.txt" /&gt;</c>, skipping bin/ and obj/.
/// </summary>
internal static class InputFiles
{
    private static readonly string[] s_skippedFolders = { "bin", "obj", ".git", ".vs" };

    public static IReadOnlyList<string> Expand(IReadOnlyList<string> paths, string workingDirectory)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths.Count == 0 ? new[] { "." } : paths)
        {
            var full = Path.GetFullPath(path, workingDirectory);
            if (File.Exists(full))
            {
                files.Add(full);
            }
            else if (Directory.Exists(full))
            {
                files.UnionWith(Glob(full, "**/*.txt"));
            }
            else if (IsGlob(path))
            {
                var (root, pattern) = SplitGlob(path, workingDirectory);
                var matches = Directory.Exists(root) ? Glob(root, pattern).ToList() : new List<string>();
                if (matches.Count == 0)
                {
                    throw new UserErrorException($"no file matches '{path}'");
                }

                files.UnionWith(matches);
            }
            else
            {
                throw new UserErrorException($"no such file or folder: '{path}'");
            }
        }

        return files.ToList();
    }

    private static bool IsGlob(string path) => path.Contains('*', StringComparison.Ordinal) || path.Contains('?', StringComparison.Ordinal);

    /// <summary>The folder part before the first wildcard, and the pattern below it.</summary>
    private static (string Root, string Pattern) SplitGlob(string path, string workingDirectory)
    {
        var segments = path.Replace('\\', '/').Split('/');
        var fixedCount = 0;
        while (fixedCount < segments.Length - 1 && !IsGlob(segments[fixedCount]))
        {
            fixedCount++;
        }

        var root = fixedCount == 0 ? workingDirectory : Path.GetFullPath(string.Join("/", segments.Take(fixedCount)) + "/", workingDirectory);
        if (fixedCount == 1 && segments[0].Length == 0)
        {
            root = "/";
        }

        return (root, string.Join("/", segments.Skip(fixedCount)));
    }

    private static IEnumerable<string> Glob(string root, string pattern)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(pattern);
        foreach (var skipped in s_skippedFolders)
        {
            matcher.AddExclude("**/" + skipped + "/**");
        }

        return matcher.GetResultsInFullPath(root).Select(Path.GetFullPath);
    }
}
