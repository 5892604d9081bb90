using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CorpusGen.Benchmarks.Shape;

/// <summary>
/// Rewrites of the generated sources, each changing one thing, so its cost to the compiler shows as the difference.
/// Some change behaviour (they are measurements, not proposals); the report says which.
/// </summary>
internal static partial class ShapeVariants
{
    /// <summary>The one-line article property, as <c>SlotEmitter</c> writes it.</summary>
    [GeneratedRegex(@"^(?<indent>[ ]*)public static (?<type>\S+) (?<name>\w+) => (?<slot>__cg_Slot[0-9A-F]{2}\.Articles)\[(?<local>\d+)\];\n", RegexOptions.Multiline)]
    private static partial Regex Property();

    [GeneratedRegex(@"^[ ]*///.*\n", RegexOptions.Multiline)]
    private static partial Regex DocLine();

    public static List<Source> WithoutPropertyDocs(List<Source> sources) =>
        Slots(sources, text => DocLine().Replace(text, ""));

    public static List<Source> WithoutProperties(List<Source> sources) =>
        Slots(sources, text => Property().Replace(DocLine().Replace(text, ""), ""));

    public static List<Source> PropertiesAsGetBlocks(List<Source> sources) =>
        Slots(sources, text => Property().Replace(text, m => $"{m.Groups["indent"]}public static {m.Groups["type"]} {m.Groups["name"]} {{ get {{ return {m.Groups["slot"]}[{m.Groups["local"]}]; }} }}\n"));

    /// <summary>Changes behaviour: every article is built when the class is first used.</summary>
    public static List<Source> PropertiesAsReadonlyFields(List<Source> sources) =>
        Slots(sources, text => Property().Replace(text, m => $"{m.Groups["indent"]}public static readonly {m.Groups["type"]} {m.Groups["name"]} = {m.Groups["slot"]}[{m.Groups["local"]}];\n"));

    /// <summary>
    /// Nullable annotations kept (the API's metadata is the same) but nullable warnings off, so the compiler does not
    /// run its nullable flow analysis over the slots' methods: it runs only where nullable warnings are enabled.
    /// </summary>
    public static List<Source> SlotsWithNullableAnnotationsOnly(List<Source> sources) =>
        Slots(sources, text => text.Replace("#nullable enable\n", "#nullable enable annotations\n", StringComparison.Ordinal));

    public static List<Source> AllWithNullableAnnotationsOnly(List<Source> sources) =>
        sources.Select(s => s with { Text = s.Text.Replace("#nullable enable\n", "#nullable enable annotations\n", StringComparison.Ordinal) }).ToList();

    /// <summary>Changes behaviour (no article): the least a getter can cost, a method returning a constant.</summary>
    public static List<Source> PropertiesReturningNull(List<Source> sources) =>
        Slots(sources, text => Property().Replace(text, m => $"{m.Groups["indent"]}public static {m.Groups["type"]} {m.Groups["name"]} => null!;\n"));

    /// <summary>Changes behaviour (never assigned): what a member costs with no method body at all.</summary>
    public static List<Source> PropertiesAsBareFields(List<Source> sources) =>
        Slots(sources, text => Property().Replace(text, m => $"{m.Groups["indent"]}public static readonly {m.Groups["type"]} {m.Groups["name"]} = null!;\n"));

    [GeneratedRegex(@"\bprivate const string (?<name>\w+) =")]
    private static partial Regex StringConstant();

    /// <summary>
    /// Every <c>const string</c> (text, metadata, tables, names) as a property returning its literal: the same
    /// <c>ldstr</c> at each use, but no constant value in the metadata and no constant folding while declaring.
    /// </summary>
    public static List<Source> ConstantsAsLiteralProperties(List<Source> sources) =>
        sources.Select(s => s with { Text = StringConstant().Replace(s.Text, m => $"private static string {m.Groups["name"]} =>") }).ToList();

    /// <summary>Changes behaviour (no article): a trivial getter whose type is <c>string</c>, as the hand-written baseline's.</summary>
    public static List<Source> StringPropertiesReturningNull(List<Source> sources) =>
        Slots(sources, text => Property().Replace(text, m => $"{m.Groups["indent"]}public static string {m.Groups["name"]} => null!;\n"));

    /// <summary>Every article property moved out of its slot into one more partial declaration of the class, in one file.</summary>
    public static List<Source> PropertiesInOneFile(List<Source> sources)
    {
        var moved = new StringBuilder();
        var rewritten = Slots(sources, text => Property().Replace(DocLine().Replace(text, ""), m =>
        {
            moved.Append(m.Value);
            return "";
        }));
        var index = rewritten.First(s => s.Name.EndsWith("Articles.g.cs", StringComparison.Ordinal));
        var namespaceOpen = index.Text.IndexOf("{\n", index.Text.IndexOf("namespace ", StringComparison.Ordinal), StringComparison.Ordinal) + 2;
        rewritten.Add(new Source("Articles.Properties.g.cs", index.Text[..namespaceOpen] + "    static partial class Articles\n    {\n" + moved + "    }\n}\n"));
        return rewritten;
    }

    public static List<Source> WithoutNullableDirective(List<Source> sources) =>
        sources.Select(s => s with { Text = s.Text.Replace("#nullable enable\n", "", StringComparison.Ordinal) }).ToList();

    /// <summary>Each folded constant (<c>@"..." + @"..."</c>) as one literal: verbatim when all its operands were, else escaped.</summary>
    public static List<Source> OneLiteralPerConstant(List<Source> sources) => RewriteConstants(sources, fold: false, escapeAll: false);

    public static List<Source> OneEscapedLiteralPerConstant(List<Source> sources) => RewriteConstants(sources, fold: false, escapeAll: true);

    /// <summary>Still one operand per article, each escaped ("\n" instead of real line breaks).</summary>
    public static List<Source> FoldedEscapedOperands(List<Source> sources) => RewriteConstants(sources, fold: true, escapeAll: true);

    /// <summary>Changes behaviour (no text): the cost of the text itself, every Meta/Text constant an empty string.</summary>
    public static List<Source> WithoutText(List<Source> sources) => ReplaceConstants(sources, name => name is "Meta" or "Text", _ => "\"\"");

    /// <summary>Changes behaviour (no tables): the cost of the offset tables, each an empty string.</summary>
    public static List<Source> WithoutTables(List<Source> sources) => ReplaceConstants(sources, name => name == "Table", _ => "\"\"");

    private static List<Source> Slots(List<Source> sources, Func<string, string> rewrite) =>
        sources.Select(s => s.IsSlot ? s with { Text = rewrite(s.Text) } : s).ToList();

    private static List<Source> RewriteConstants(List<Source> sources, bool fold, bool escapeAll) => ReplaceConstants(
        sources,
        name => name is "Meta" or "Text" or "__cg_SortedNameText",
        value =>
        {
            var literals = value.DescendantTokens().Where(t => t.IsKind(SyntaxKind.StringLiteralToken)).ToList();
            if (fold)
            {
                return string.Join(" +\n", literals.Select(t => Escaped(t.ValueText)));
            }

            var text = string.Concat(literals.Select(t => t.ValueText));
            var verbatim = !escapeAll && literals.All(t => t.Text.StartsWith('@'));
            return verbatim ? "@\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : Escaped(text);
        });

    private static string Escaped(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    /// <summary>Replaces the initialiser of every constant whose name matches, in every source.</summary>
    private static List<Source> ReplaceConstants(List<Source> sources, Func<string, bool> named, Func<ExpressionSyntax, string> replacement) =>
        sources.Select(source =>
        {
            var root = CSharpSyntaxTree.ParseText(source.Text).GetRoot();
            var values = root.DescendantNodes().OfType<VariableDeclaratorSyntax>()
                .Where(v => v.Initializer is not null && named(v.Identifier.ValueText))
                .Select(v => v.Initializer!.Value)
                .OrderByDescending(v => v.SpanStart)
                .ToList();
            if (values.Count == 0)
            {
                return source;
            }

            var text = new StringBuilder(source.Text);
            foreach (var value in values)
            {
                text.Remove(value.SpanStart, value.Span.Length).Insert(value.SpanStart, replacement(value));
            }

            return source with { Text = text.ToString() };
        }).ToList();
}
