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

        // Different roots (another drive, server or share, or "/" against "//server"): no relative path exists.
        var rootLength = RootLength(baseSegments);
        if (rootLength != RootLength(targetSegments) || rootLength >= targetSegments.Count
            || !SameRoot(baseSegments, targetSegments, rootLength))
        {
            return target;
        }

        // Below the root, ordinal: Linux folders differ by case, and on Windows "../app" from "App" is still right.
        var common = rootLength;
        while (common < baseSegments.Count && common < targetSegments.Count - 1
            && string.Equals(baseSegments[common], targetSegments[common], StringComparison.Ordinal))
        {
            common++;
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

    /// <summary>
    /// Segments that name the root: "//server/share" (also "//?/C:") is four ("", "", server, share); "/x" and
    /// "C:/x" are one ("" or "C:"); a relative path's first folder is its root, as before.
    /// </summary>
    private static int RootLength(List<string> segments)
        => segments.Count > 1 && segments[0].Length == 0 && segments[1].Length == 0 ? Math.Min(4, segments.Count) : 1;

    /// <summary>
    /// Drive letters and UNC servers and shares are Windows syntax only, where case never matters, so they compare
    /// ignoring case on every OS: same input, same SourcePath, wherever the build runs.
    /// </summary>
    private static bool SameRoot(List<string> a, List<string> b, int rootLength)
    {
        var comparison = rootLength > 1 || IsDrive(a[0]) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        for (var i = 0; i < rootLength; i++)
        {
            if (!string.Equals(a[i], b[i], comparison))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDrive(string segment)
        => segment.Length == 2 && segment[1] == ':' && char.ToLowerInvariant(segment[0]) is >= 'a' and <= 'z';

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
