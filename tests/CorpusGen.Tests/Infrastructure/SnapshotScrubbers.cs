using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>A replacement applied to snapshot text before comparing, for values that change without the output changing.</summary>
public sealed record Scrubber(Regex Pattern, string Replacement)
{
    public string Apply(string text) => Pattern.Replace(text, Replacement);
}

/// <summary>The scrubbers every snapshot gets; add one here when a volatile value appears in generated code.</summary>
public static class SnapshotScrubbers
{
    /// <summary>
    /// The generator stamps its assembly version into [GeneratedCode]; without this every version bump would
    /// rewrite every snapshot.
    /// </summary>
    public static Scrubber GeneratorVersion { get; } = new(
        new Regex("""(GeneratedCode(?:Attribute)?\(\s*"CorpusGen"\s*,\s*)"[^"]*"\)""", RegexOptions.CultureInvariant),
        "$1\"VERSION\")");

    public static IReadOnlyList<Scrubber> Default { get; } = new[] { GeneratorVersion };
}
