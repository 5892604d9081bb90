using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// What the fixtures that pack the repository's projects share: the version to pack under, a copy of the sources
/// to pack from (so packing never touches the working tree's bin/ and obj/), and removing the run's folder.
/// </summary>
public static class PackWorkspace
{
    private static readonly string[] s_sharedFiles = { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", ".editorconfig", ".globalconfig" };

    /// <summary>The repository's &lt;Version&gt; from Directory.Build.props.</summary>
    public static string RepositoryVersion()
    {
        var props = XDocument.Load(Path.Combine(RepoPaths.RepoRoot, "Directory.Build.props"));
        var version = props.Descendants("Version").Select(e => e.Value.Trim()).FirstOrDefault(v => v.Length > 0);
        return version ?? throw new InvalidOperationException("Directory.Build.props has no <Version>.");
    }

    /// <summary>Copies the shared build files and the projects <paramref name="projects"/> (folders of src/) to <paramref name="packDir"/>.</summary>
    public static void CopySources(string packDir, params string[] projects)
    {
        Directory.CreateDirectory(packDir);
        foreach (var name in s_sharedFiles)
        {
            var source = Path.Combine(RepoPaths.RepoRoot, name);
            if (File.Exists(source))
            {
                File.Copy(source, Path.Combine(packDir, name));
            }
        }

        foreach (var project in projects)
        {
            CopyTree(Path.Combine(RepoPaths.RepoRoot, "src", project), Path.Combine(packDir, "src", project));
        }
    }

    /// <summary>Deletes the run's folder unless <paramref name="keepVariable"/> is 1.</summary>
    public static void Delete(string root, string keepVariable)
    {
        if (Environment.GetEnvironmentVariable(keepVariable) == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; it must not turn a passing run into a failing one.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.EnumerateDirectories(from))
        {
            var name = Path.GetFileName(dir);
            if (name is not ("bin" or "obj" or ".vs"))
            {
                CopyTree(dir, Path.Combine(to, name));
            }
        }
    }
}
