using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>Emits a compilation in memory and runs its entry point, capturing Console.Out.</summary>
internal static class ProgramRunner
{
    // Console.Out is process-wide and xunit runs test classes in parallel: only one program may own it at a time.
    private static readonly object s_consoleLock = new();

    public static string Run(Compilation compilation, string[] args)
    {
        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        if (!emit.Success)
        {
            var problems = emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning);
            throw new XunitException("The generated code does not build:\n" + DiagnosticText.Describe(problems));
        }

        image.Position = 0;

        // Collectible, so the many small programs tests build do not accumulate in the test host.
        var context = new AssemblyLoadContext($"{compilation.AssemblyName}.{Guid.NewGuid():N}", isCollectible: true);
        try
        {
            var entryPoint = context.LoadFromStream(image).EntryPoint
                ?? throw new XunitException("The compilation has no entry point: pass a program to GeneratorHarness.Run.");
            var arguments = entryPoint.GetParameters().Length == 0 ? Array.Empty<object?>() : new object?[] { args };

            lock (s_consoleLock)
            {
                var original = Console.Out;
                using var output = new StringWriter { NewLine = "\n" };
                Console.SetOut(output);
                try
                {
                    entryPoint.Invoke(null, arguments);
                }
                catch (TargetInvocationException exception) when (exception.InnerException is { } thrown)
                {
                    throw new XunitException($"The program threw {thrown}\n--- its output until then:\n{output}");
                }
                finally
                {
                    Console.SetOut(original);
                }

                return output.ToString();
            }
        }
        finally
        {
            context.Unload();
        }
    }
}
