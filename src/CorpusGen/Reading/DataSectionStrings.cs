using System;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Reading;

/// <summary>
/// The compiler's experimental switch that stores long string literals as UTF-8 data instead of in the #US heap
/// (<c>&lt;Features&gt;$(Features);experimental-data-section-string-literals=N&lt;/Features&gt;</c>, dotnet/roslyn
/// docs/features/string-literals-data-section.md). CorpusGen never turns it on; it reads whether the project has.
/// </summary>
internal static class DataSectionStrings
{
    public const string FeatureName = "experimental-data-section-string-literals";

    /// <summary>What the compiler takes when the switch has no value or one it cannot read.</summary>
    private const int DefaultThreshold = 100;

    /// <summary>
    /// Older compilers ignore feature names they do not know, so the switch can be set and do nothing: the generator
    /// trusts it only from Roslyn 5.0 (the .NET 10 SDK's compiler), which has it.
    /// </summary>
    private static readonly Version s_firstCompiler = new(5, 0);

    /// <summary>Literals longer than this many characters leave the #US heap; null when the switch is off or unsupported.</summary>
    public static int? Threshold(ParseOptions parseOptions)
        => Threshold(parseOptions, typeof(Compilation).Assembly.GetName().Version);

    public static int? Threshold(ParseOptions parseOptions, Version? compilerVersion)
    {
        if (compilerVersion is null || compilerVersion < s_firstCompiler
            || !parseOptions.Features.TryGetValue(FeatureName, out var value)
            || value is null
            || string.Equals(value, "off", StringComparison.Ordinal))
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var threshold) ? threshold : DefaultThreshold;
    }
}
