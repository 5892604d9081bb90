using System.Reflection;

namespace CorpusGen.Cli.Infrastructure;

/// <summary>The package version, as <c>--version</c> prints it (without the commit suffix the SDK may add).</summary>
internal static class ToolVersion
{
    public static string Current { get; } = Read();

    private static string Read()
    {
        var informational = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', System.StringComparison.Ordinal);
        return plus < 0 ? informational : informational.Substring(0, plus);
    }
}
