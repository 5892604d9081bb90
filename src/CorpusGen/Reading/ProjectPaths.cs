using System;
using System.Collections.Generic;

namespace CorpusGen.Reading;

/// <summary>
/// Paths as users see them: relative to the project, with '/' on every OS, so that generated code and messages
/// are the same on every machine.
/// </summary>
internal static class ProjectPaths
{
    public static string Normalize(string path) => path.Replace('\\', '/');

    public static string MakeRelative(string? projectDir, string path)
    {
        var target = Normalize(path);
        if (string.IsNullOrEmpty(projectDir))
        {
            return target;
        }

        var baseSegments = Split(Normalize(projectDir!));
        var targetSegments = Split(target);
        var common = 0;
        while (common < baseSegments.Count && common < targetSegments.Count - 1
            && string.Equals(baseSegments[common], targetSegments[common], StringComparison.Ordinal))
        {
            common++;
        }

        // Different roots (another drive): no relative path exists.
        if (common == 0)
        {
            return target;
        }

        var parts = new List<string>();
        for (var i = common; i < baseSegments.Count; i++)
        {
            parts.Add("..");
        }

        for (var i = common; i < targetSegments.Count; i++)
        {
            parts.Add(targetSegments[i]);
        }

        return string.Join("/", parts);
    }

    private static List<string> Split(string path)
    {
        var segments = new List<string>(path.Split('/'));
        if (segments.Count > 1 && segments[segments.Count - 1].Length == 0)
        {
            segments.RemoveAt(segments.Count - 1);
        }

        return segments;
    }
}
