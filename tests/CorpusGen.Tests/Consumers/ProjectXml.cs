using System.Text;

namespace CorpusGen.Tests.Consumers;

/// <summary>
/// Project files of consumers. Every one holds itself to the strictest bar the package promises to pass:
/// warnings as errors, every .NET analyzer at its latest level, and the generated files written to obj/.
/// </summary>
internal static class ProjectXml
{
    /// <param name="properties">Extra &lt;PropertyGroup&gt; lines, e.g. <see cref="Property"/>.</param>
    /// <param name="items">&lt;ItemGroup&gt; lines, e.g. <see cref="CorpusGenReference"/> and AdditionalFiles.</param>
    public static string Project(string targetFramework, string rootNamespace, string properties, string items, bool exe = true)
    {
        var xml = new StringBuilder();
        xml.Append("<Project Sdk=\"Microsoft.NET.Sdk\">\n");
        xml.Append("  <PropertyGroup>\n");
        if (exe)
        {
            xml.Append(Property("OutputType", "Exe"));
        }

        xml.Append(Property("TargetFramework", targetFramework));
        xml.Append(Property("RootNamespace", rootNamespace));
        xml.Append(Property("ImplicitUsings", "disable"));
        xml.Append(Property("TreatWarningsAsErrors", "true"));
        xml.Append(Property("AnalysisLevel", "latest-all"));

        // On by default only from net5.0; a netstandard2.0 library has to ask for the analyzers.
        xml.Append(Property("EnableNETAnalyzers", "true"));
        xml.Append(Property("EmitCompilerGeneratedFiles", "true"));
        xml.Append(properties);
        xml.Append("  </PropertyGroup>\n");
        xml.Append("  <ItemGroup>\n");
        xml.Append(items);
        xml.Append("  </ItemGroup>\n");
        xml.Append("</Project>\n");
        return xml.ToString();
    }

    public static string Property(string name, string value) => $"    <{name}>{value}</{name}>\n";

    /// <summary>LangVersion and Nullable, each left out when null (the SDK default for the target framework).</summary>
    public static string Language(string? langVersion, string? nullable) =>
        (langVersion is null ? string.Empty : Property("LangVersion", langVersion))
        + (nullable is null ? string.Empty : Property("Nullable", nullable));

    /// <summary>The package without PrivateAssets, as a hand-written reference often is (with this run's version): the case that flows to referencing projects.</summary>
    public static string CorpusGenReference(ConsumerFixture fixture) =>
        $"    <PackageReference Include=\"CorpusGen\" Version=\"{fixture.PackageVersion}\" />\n";

    public static string Item(string line) => "    " + line + "\n";
}
