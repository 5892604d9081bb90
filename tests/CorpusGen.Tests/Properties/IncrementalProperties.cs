using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using CorpusGen.Tests.Generator;
using CorpusGen.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Properties;

/// <summary>
/// The driver keeps each step's models and re-runs a step only when its input compares unequal, and the models hold
/// positions in their file's text rather than the text: so after any sequence of edits the generated sources and
/// diagnostics must be exactly those of a fresh run over the files as they now are. Edits keep the length, change
/// only line endings, copy another file, touch a paragraph several files share, or rewrite the file.
/// </summary>
public class IncrementalProperties
{
    // A small pool, so files share paragraphs (shards), repeat them (CG0007) and copy each other (CG0004).
    private static readonly Gen<string> s_paragraph = Gen.OneOfConst(
        "The council voted on Monday to close the old bridge after engineers found cracks in its main span.",
        "Residents said they were worried about traffic on the ring road.",
        "WASHINGTON (Reuters) - The Senate voted on Tuesday to extend the programme for another year.",
        "Photo: Harbour Press",
        "Read more",
        "The ferry will run two extra sailings in the evening from December, the operator said.",
        "It was the third vote this year.");

    private static readonly Gen<string> s_newline = Gen.OneOfConst("\n", "\r\n", "\r");

    private static readonly Gen<string> s_file =
        Gen.Select(Gen.OneOfConst("Bridge to close", "Ferry adds sailings", "Senate extends programme"), s_paragraph.Array[1, 5], s_newline, Gen.Bool, Gen.Bool)
            .Select((headline, paragraphs, newline, wrapped, trailer) =>
            {
                var text = new StringBuilder(headline).Append(newline).Append(newline);
                foreach (var paragraph in paragraphs)
                {
                    // Hard-wrapped at a space near 40 characters, so the same paragraph lies in one file on one line and in another on two.
                    var cut = wrapped ? paragraph.IndexOf(' ', System.Math.Min(40, paragraph.Length - 1)) : -1;
                    text.Append(cut > 0 ? paragraph.Substring(0, cut) + newline + "  " + paragraph.Substring(cut + 1) : paragraph).Append(newline).Append(newline);
                }

                return trailer ? text.Append("\u00A9 Harbour Press 2015").Append(newline).Append("Follow us").Append(newline).ToString() : text.ToString();
            });

    private enum EditKind
    {
        Rewrite,
        SameLength,
        LineEndings,
        CopyOfAnother,
        Remove,
    }

    private static readonly Gen<(int File, EditKind Kind, string Text, int Position)> s_edit =
        Gen.Select(Gen.Int[0, 5], Gen.Enum<EditKind>(), s_file, Gen.Int[0, 10_000]);

    [Fact]
    public void After_any_edits_the_output_is_that_of_a_fresh_run()
    {
        Gen.Select(s_file.Array[2, 6], s_edit.Array[1, 4], Gen.Bool)
            .Sample(
                (texts, edits, utf8) =>
                {
                    var files = texts.Select((text, i) => TestCorpus.File("corpus/f" + i + ".txt", text)).ToList();
                    var options = utf8 ? TestCorpus.Options().WithProperty("CorpusGenStringLimit", "10") : TestCorpus.Options();
                    var compilation = Compilation();
                    var driver = Driver(files, options).RunGenerators(compilation);
                    foreach (var (file, kind, text, position) in edits)
                    {
                        var index = file % files.Count;
                        var old = files[index];
                        var current = old.GetText()!.ToString();
                        if (kind == EditKind.Remove && files.Count > 1)
                        {
                            files.RemoveAt(index);
                            driver = driver.RemoveAdditionalTexts(ImmutableArray.Create<AdditionalText>(old));
                        }
                        else
                        {
                            files[index] = old.WithText(kind switch
                            {
                                EditKind.SameLength => SameLength(current, position),
                                EditKind.LineEndings => current.Replace("\r\n", "\n").Replace('\r', '\n').Replace("\n", "\r\n"),
                                EditKind.CopyOfAnother => files[position % files.Count].GetText()!.ToString(),
                                _ => text,
                            });
                            driver = driver.ReplaceAdditionalText(old, files[index]);
                        }

                        driver = driver.RunGenerators(compilation);
                        Assert.Equal(Output(Driver(files, options).RunGenerators(compilation)), Output(driver));
                    }
                },
                iter: 150,
                threads: 1);
    }

    /// <summary>One letter changed to another: same length, same positions, other text.</summary>
    private static string SameLength(string text, int position)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var at = (position + i) % text.Length;
            if (char.IsLower(text[at]))
            {
                return text.Substring(0, at) + (text[at] == 'z' ? 'y' : (char)(text[at] + 1)) + text.Substring(at + 1);
            }
        }

        return text;
    }

    private static CSharpCompilation Compilation() => CSharpCompilation.Create(
        "Consumer",
        System.Array.Empty<SyntaxTree>(),
        Basic.Reference.Assemblies.Net100.References.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static GeneratorDriver Driver(IEnumerable<AdditionalText> files, TestOptionsProvider options) => CSharpGeneratorDriver.Create(
        new[] { new CorpusGenerator().AsSourceGenerator() },
        files,
        new CSharpParseOptions(LanguageVersion.Latest),
        options,
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>Every generated source and diagnostic as text, in a stable order.</summary>
    private static string Output(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        var diagnostics = result.Diagnostics
            .Select(d => d.Id + " " + d.Location.GetLineSpan() + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(d => d, System.StringComparer.Ordinal);
        var sources = result.GeneratedSources
            .OrderBy(s => s.HintName, System.StringComparer.Ordinal)
            .Select(s => "== " + s.HintName + "\n" + s.SourceText);
        return string.Join("\n", diagnostics.Concat(sources));
    }
}
