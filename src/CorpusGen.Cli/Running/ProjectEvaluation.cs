using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using CorpusGen.Cli.Infrastructure;
using Microsoft.Build.Locator;

namespace CorpusGen.Cli.Running;

/// <summary>
/// A project's AdditionalFiles (with their CorpusGen metadata) and its CorpusGen properties, as MSBuild evaluates
/// them: the same items and values the build would turn into the .globalconfig. Evaluation only, no targets run:
/// items that a target adds during the build are not seen.
/// </summary>
internal sealed record ProjectEvaluation(
    string Directory,
    IReadOnlyList<string> Files,
    ImmutableDictionary<string, string> Properties,
    ImmutableDictionary<string, ImmutableDictionary<string, string>> Metadata,
    string? LanguageVersion,
    string? Features,
    int? CodePage)
{
    private static readonly object s_gate = new();

    public static ProjectEvaluation Evaluate(string projectPath)
    {
        if (!File.Exists(projectPath))
        {
            throw new UserErrorException($"no such project: '{projectPath}' (--project)");
        }

        lock (s_gate)
        {
            // The SDK's own MSBuild, found from the project's folder (its global.json, if any), loaded before any
            // Microsoft.Build type is touched: the evaluating code lives in a method of its own for that reason.
            if (!MSBuildLocator.IsRegistered)
            {
                var instance = MSBuildLocator.QueryVisualStudioInstances(new VisualStudioInstanceQueryOptions
                {
                    DiscoveryTypes = DiscoveryType.DotNetSdk,
                    WorkingDirectory = Path.GetDirectoryName(projectPath),
                }).OrderByDescending(i => i.Version).FirstOrDefault()
                    ?? throw new UserErrorException("--project needs a .NET SDK, and none was found");
                MSBuildLocator.RegisterInstance(instance);
            }
        }

        return EvaluateWithMsBuild(projectPath);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ProjectEvaluation EvaluateWithMsBuild(string projectPath)
    {
        using var collection = new Microsoft.Build.Evaluation.ProjectCollection();
        Microsoft.Build.Evaluation.Project project;
        try
        {
            project = collection.LoadProject(projectPath);
        }
        catch (Microsoft.Build.Exceptions.InvalidProjectFileException error)
        {
            throw new UserErrorException($"the project cannot be evaluated: {error.BaseMessage} ({error.ProjectFile}({error.LineNumber},{error.ColumnNumber}))", error);
        }

        var directory = project.DirectoryPath;
        var properties = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var key in BuildKeys.Properties)
        {
            properties[key] = project.GetPropertyValue(BuildKeys.PropertyName(key));
        }

        var files = new SortedSet<string>(StringComparer.Ordinal);
        var metadata = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var item in project.GetItems("AdditionalFiles"))
        {
            // The compiler gets each AdditionalFiles item as a full path.
            var path = Path.GetFullPath(item.EvaluatedInclude, directory);
            files.Add(path);
            var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var key in BuildKeys.Metadata)
            {
                values[key] = item.GetMetadataValue(BuildKeys.MetadataName(key));
            }

            metadata[path] = values.ToImmutable();
        }

        var codePage = project.GetPropertyValue("CodePage");
        return new ProjectEvaluation(
            directory,
            files.ToList(),
            properties.ToImmutable(),
            metadata.ToImmutable(),
            NullIfEmpty(project.GetPropertyValue("LangVersion")),
            NullIfEmpty(project.GetPropertyValue("Features")),
            int.TryParse(codePage, NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : null);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
