using System;
using System.Collections.Generic;
using System.IO;

namespace CorpusGen.Benchmarks.Builds;

/// <summary>
/// A small net10.0 console app in its own folder under <see cref="BuildLayout.TempRoot"/>, built and run with the
/// dotnet CLI as a developer would.
/// </summary>
internal sealed class ConsumerProject
{
    public static readonly TimeSpan RestoreTimeout = TimeSpan.FromMinutes(10);

    private readonly string _projectXml;
    private readonly Func<string, string> _program;
    private readonly IReadOnlyDictionary<string, string> _otherFiles;

    /// <param name="name">Folder, project and assembly name.</param>
    /// <param name="label">What the variant is, for the report.</param>
    /// <param name="projectXml">The whole .csproj.</param>
    /// <param name="program">Program.cs, given a stamp to put in a comment (see <see cref="Touch"/>).</param>
    /// <param name="otherFiles">More files, by path relative to the project folder.</param>
    public ConsumerProject(string name, string label, string projectXml, Func<string, string> program, IReadOnlyDictionary<string, string>? otherFiles = null)
    {
        Name = name;
        Label = label;
        Directory = Path.Combine(BuildLayout.TempRoot, name);
        _projectXml = projectXml;
        _program = program;
        _otherFiles = otherFiles ?? new Dictionary<string, string>();
    }

    public string Name { get; }

    public string Label { get; }

    public string Directory { get; }

    /// <summary>Writes the project from scratch: no bin/ or obj/ from an earlier run.</summary>
    public void Create()
    {
        IsolateTempRoot();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }

        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, Name + ".csproj"), _projectXml);
        Touch("created");
        foreach (var (path, text) in _otherFiles)
        {
            var full = Path.Combine(Directory, path);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    /// <summary>
    /// Rewrites Program.cs with a different comment, so it is newer than the last output and CoreCompile really
    /// runs the compiler (and with it the generator) instead of being skipped as up to date.
    /// </summary>
    public void Touch(string stamp) => File.WriteAllText(Path.Combine(Directory, "Program.cs"), _program(stamp));

    public ProcessResult Restore() => ChildProcess.Dotnet(Directory, RestoreTimeout, "restore");

    /// <summary>
    /// <c>dotnet build --no-restore -c Release</c>, logging a little more than by default: normal verbosity says
    /// whether the compiler server ran the compilation (see <see cref="MsBuildLog.UsedCompilerServer"/>), and the
    /// performance summary, printed once the build is done, how much of the whole process was the compiler task.
    /// </summary>
    public ProcessResult Build(TimeSpan timeout) =>
        ChildProcess.Dotnet(Directory, timeout, "build", "--no-restore", "-c", "Release", "-v:n", "-clp:Summary;PerformanceSummary");

    public ProcessResult RunApp(TimeSpan timeout) =>
        ChildProcess.Dotnet(Directory, timeout, Path.Combine("bin", "Release", "net10.0", Name + ".dll"));

    /// <summary>Empty Directory.Build.* files at the top of the temp folder, so no MSBuild file above it is imported.</summary>
    private static void IsolateTempRoot()
    {
        System.IO.Directory.CreateDirectory(BuildLayout.TempRoot);
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets" })
        {
            var path = Path.Combine(BuildLayout.TempRoot, name);
            if (!File.Exists(path))
            {
                File.WriteAllText(path, "<Project />\n");
            }
        }
    }
}
