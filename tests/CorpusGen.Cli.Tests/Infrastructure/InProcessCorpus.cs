using System;
using System.Collections.Immutable;
using System.IO;
using CorpusGen.Cli.Infrastructure;
using CorpusGen.Cli.Running;
using CorpusGen.Reading;

namespace CorpusGen.Cli.Tests.Infrastructure;

/// <summary>The test articles in a temp folder, run through the tool's own code in process (no package, no process).</summary>
internal static class InProcessCorpus
{
    public static CorpusInput Input(string folder)
    {
        TestArticles.WriteCorpus(folder);
        return new CorpusInput(
            InputFiles.Expand(Array.Empty<string>(), folder),
            ImmutableDictionary<string, string>.Empty.Add(MsBuildKeys.ProjectDir, folder + Path.DirectorySeparatorChar),
            ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty);
    }
}
