using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// Snapshot tests of generated sources in Verify.SourceGenerators' file layout, so that adopting Verify later only
/// replaces this class (Verify packages are not available to this project):
/// <list type="bullet">
/// <item><c>{Class}.{Method}#{HintName without .cs}.verified.cs</c>: <c>//HintName: {HintName}</c>, then the source.</item>
/// <item><c>{Class}.{Method}.verified.txt</c>: the generator's diagnostics, one per line, sorted. Like Verify, it
/// exists only when there are diagnostics; a run that stops reporting them therefore fails on the now orphaned file.</item>
/// </list>
/// Texts are compared with LF line endings after <see cref="SnapshotSettings.Scrubbers"/>. A missing or different
/// file fails the test and writes <c>*.received.*</c> beside it; a verified file of this test that the run did not
/// produce (an orphan) fails it too. With CORPUSGEN_ACCEPT=1 (or VERIFY_AUTOAPPROVE=true) verified files are written,
/// and orphans deleted, instead.
/// </summary>
public static class Snapshot
{
    private const string VerifiedSource = ".verified.cs";
    private const string VerifiedDiagnostics = ".verified.txt";

    // No BOM: the files are compared as text and read by git and diff tools, which gain nothing from one.
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Task VerifyAsync(
        GeneratorRun run,
        SnapshotSettings? settings = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string method = "") =>
        VerifyAsync(run.RunResult, ClassNameOf(sourceFile), method, settings);

    public static Task VerifyAsync(
        GeneratorDriverRunResult result,
        SnapshotSettings? settings = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string method = "") =>
        VerifyAsync(result, ClassNameOf(sourceFile), method, settings);

    /// <summary>With explicit names, e.g. for a helper shared by several tests.</summary>
    public static async Task VerifyAsync(GeneratorDriverRunResult result, string className, string methodName, SnapshotSettings? settings = null)
    {
        settings ??= new SnapshotSettings();
        var directory = settings.Directory ?? RepoPaths.SnapshotsDir;
        var name = settings.Parameters is null ? $"{className}.{methodName}" : $"{className}.{methodName}_{settings.Parameters}";
        var accept = settings.Accept ?? AcceptFromEnvironment();

        var expected = Render(result, name, settings.Scrubbers);
        if (expected.Count == 0)
        {
            throw new XunitException($"{name}: the run generated no source and no diagnostic, so there is nothing to snapshot; assert on that directly.");
        }

        Directory.CreateDirectory(directory);
        var existing = Directory.EnumerateFiles(directory).Select(Path.GetFileName).OfType<string>().ToList();
        foreach (var stale in existing.Where(file => BelongsTo(file, name) && file.Contains(".received.", StringComparison.Ordinal)))
        {
            File.Delete(Path.Combine(directory, stale));
        }

        var problems = new List<string>();
        foreach (var (file, text) in expected)
        {
            var path = Path.Combine(directory, file);
            var verified = File.Exists(path) ? Normalize(await File.ReadAllTextAsync(path)) : null;
            if (verified == text)
            {
                continue;
            }

            if (accept)
            {
                await File.WriteAllTextAsync(path, text, s_utf8);
                continue;
            }

            var received = ReceivedName(file);
            await File.WriteAllTextAsync(Path.Combine(directory, received), text, s_utf8);
            problems.Add(verified is null
                ? $"{file} does not exist yet; the output is in {received}."
                : $"{file} differs from {received}: {TextDiff.FirstDifferences(verified, text)}");
        }

        foreach (var orphan in existing.Where(file => BelongsTo(file, name) && IsVerified(file) && !expected.ContainsKey(file)))
        {
            if (accept)
            {
                File.Delete(Path.Combine(directory, orphan));
            }
            else
            {
                problems.Add($"{orphan} is verified but this run produced no such output (a source or diagnostics that went away).");
            }
        }

        if (problems.Count > 0)
        {
            throw new XunitException(
                $"Snapshot {name} in {directory}:\n{string.Join("\n", problems)}\n" +
                "If the change is intended, run with CORPUSGEN_ACCEPT=1 and review `git diff` of the snapshots.");
        }
    }

    /// <summary>
    /// Verified files in <see cref="RepoPaths.SnapshotsDir"/> whose <c>{Class}.{Method}</c> is not a method of one of
    /// <paramref name="testClasses"/>: left behind by a renamed or deleted test, since a per-test check cannot see them.
    /// </summary>
    public static IReadOnlyList<string> FindOrphans(params Type[] testClasses) => FindOrphans(RepoPaths.SnapshotsDir, testClasses);

    public static IReadOnlyList<string> FindOrphans(string directory, params Type[] testClasses)
    {
        if (!Directory.Exists(directory))
        {
            return Array.Empty<string>();
        }

        var methodsByClass = testClasses
            .GroupBy(type => StripArity(type.Name), StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => group.SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
                    .Select(method => method.Name)
                    .ToList(),
                StringComparer.Ordinal);

        return Directory.EnumerateFiles(directory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(IsVerified)
            .Where(file => !HasTest(file, methodsByClass))
            .OrderBy(file => file, StringComparer.Ordinal)
            .ToList();
    }

    private static Dictionary<string, string> Render(GeneratorDriverRunResult result, string name, IReadOnlyList<Scrubber> scrubbers)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in result.Results.SelectMany(r => r.GeneratedSources))
        {
            var text = $"//HintName: {source.HintName}\n{source.SourceText}";
            files.Add($"{name}#{FileNamePart(source.HintName)}{VerifiedSource}", Scrub(Normalize(text), scrubbers));
        }

        if (!result.Diagnostics.IsEmpty)
        {
            var lines = result.Diagnostics.Select(DescribeForSnapshot).OrderBy(line => line, StringComparer.Ordinal);
            files.Add(name + VerifiedDiagnostics, Scrub(string.Concat(lines.Select(line => line + "\n")), scrubbers));
        }

        return files;
    }

    /// <summary>One line, with the file name only: full paths differ between machines and would break the snapshot.</summary>
    private static string DescribeForSnapshot(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var where = span.IsValid && !string.IsNullOrEmpty(span.Path)
            ? $"{FileNameOf(span.Path)}({span.StartLinePosition.Line + 1})"
            : "(no location)";
        var message = Normalize(diagnostic.GetMessage(CultureInfo.InvariantCulture)).Replace("\n", "\\n", StringComparison.Ordinal);
        return $"{diagnostic.Id} {diagnostic.Severity} {where}: {message}";
    }

    private static string Scrub(string text, IReadOnlyList<Scrubber> scrubbers) =>
        scrubbers.Aggregate(text, (current, scrubber) => scrubber.Apply(current));

    private static string Normalize(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    // Verify names a target by the hint name without its extension and gives it the snapshot's own.
    private static string FileNamePart(string hintName)
    {
        var stem = hintName.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) ? hintName[..^3] : hintName;
        var invalid = Path.GetInvalidFileNameChars();
        return new string(stem.Select(c => c is '/' or '\\' || Array.IndexOf(invalid, c) >= 0 ? '_' : c).ToArray());
    }

    // "#" ends the test name, so X.M never claims the files of X.M_case (a theory case) or of X.Method2.
    private static bool BelongsTo(string file, string name) =>
        file.StartsWith(name + "#", StringComparison.Ordinal)
        || file == name + VerifiedDiagnostics
        || file == ReceivedName(name + VerifiedDiagnostics);

    private static bool IsVerified(string file) =>
        file.EndsWith(VerifiedSource, StringComparison.Ordinal) || file.EndsWith(VerifiedDiagnostics, StringComparison.Ordinal);

    private static string ReceivedName(string verifiedFile) =>
        verifiedFile.Replace(".verified.", ".received.", StringComparison.Ordinal);

    private static bool HasTest(string file, Dictionary<string, List<string>> methodsByClass)
    {
        var stem = file[..file.LastIndexOf(".verified.", StringComparison.Ordinal)];
        var hash = stem.IndexOf('#', StringComparison.Ordinal);
        var testName = hash < 0 ? stem : stem[..hash];
        var dot = testName.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0 || !methodsByClass.TryGetValue(testName[..dot], out var methods))
        {
            return false;
        }

        var method = testName[(dot + 1)..];
        return methods.Any(m => method == m || method.StartsWith(m + "_", StringComparison.Ordinal));
    }

    private static bool AcceptFromEnvironment() =>
        Environment.GetEnvironmentVariable("CORPUSGEN_ACCEPT") is "1" or "true"
        || string.Equals(Environment.GetEnvironmentVariable("VERIFY_AUTOAPPROVE"), "true", StringComparison.OrdinalIgnoreCase);

    // The file name is all that is used: CI builds map source paths (/_/tests/...), so the folder part is not real.
    private static string ClassNameOf(string sourceFile)
    {
        var fileName = FileNameOf(sourceFile);
        var dot = fileName.LastIndexOf('.');
        return dot > 0 ? fileName[..dot] : fileName;
    }

    private static string FileNameOf(string path) => path[(path.LastIndexOfAny(new[] { '/', '\\' }) + 1)..];

    private static string StripArity(string typeName) =>
        typeName.IndexOf('`', StringComparison.Ordinal) is var tick and >= 0 ? typeName[..tick] : typeName;
}
