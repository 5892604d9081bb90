using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using CorpusGen.Tests.Infrastructure;
using Xunit.Sdk;

namespace CorpusGen.Cli.Tests.Infrastructure;

/// <summary>
/// A text output kept as <c>Snapshots/Class.Method.verified.txt</c>, the generator tests' convention: a mismatch
/// writes <c>.received.txt</c> beside it (never committed) and fails with the first differences;
/// CORPUSGEN_ACCEPT=1 makes the received text the verified one.
/// </summary>
public static class TextSnapshot
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Directory => Path.Combine(RepoPaths.RepoRoot, "tests", "CorpusGen.Cli.Tests", "Snapshots");

    public static void Verify(string received, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        received = received.Replace("\r\n", "\n", StringComparison.Ordinal);
        var name = Path.GetFileNameWithoutExtension(sourceFile) + "." + method;
        var verifiedPath = Path.Combine(Directory, name + ".verified.txt");
        var receivedPath = Path.Combine(Directory, name + ".received.txt");
        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        System.IO.Directory.CreateDirectory(Directory);
        if (Environment.GetEnvironmentVariable("CORPUSGEN_ACCEPT") == "1")
        {
            File.WriteAllText(verifiedPath, received, s_utf8);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, s_utf8);
        throw new XunitException(verified is null
            ? $"No verified snapshot {verifiedPath}; the output is in {receivedPath} (CORPUSGEN_ACCEPT=1 accepts it)."
            : $"{name} differs from its snapshot; the output is in {receivedPath} (CORPUSGEN_ACCEPT=1 accepts it).\n" + FirstDifference(verified, received));
    }

    private static string FirstDifference(string verified, string received)
    {
        var a = verified.Split('\n');
        var b = received.Split('\n');
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return $"line {i + 1}:\n- {(i < a.Length ? a[i] : "(no line)")}\n+ {(i < b.Length ? b[i] : "(no line)")}";
    }
}
