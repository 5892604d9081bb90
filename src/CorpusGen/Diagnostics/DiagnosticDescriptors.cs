using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Diagnostics;

/// <summary>
/// Every diagnostic CorpusGen reports. IDs are stable forever: users suppress them by ID, so an ID is never reused
/// or renumbered. Each one is listed in README.md and AnalyzerReleases.*.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "CorpusGen";

    public static readonly DiagnosticDescriptor EmptyFile = Create(
        "CG0001",
        "Article file is empty",
        "'{0}' is empty or contains only whitespace, so no article was generated from it",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NotText = Create(
        "CG0002",
        "Article file is not readable text",
        "'{0}' is not readable text ({1}), so no article was generated from it",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NameCollision = Create(
        "CG0003",
        "Article name is already taken",
        "The article in '{0}' would be named '{1}', which {2}; it is named '{3}' instead",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateArticle = Create(
        "CG0004",
        "Duplicate article merged",
        "'{0}' has the same content as '{1}', so it was merged into article '{2}' and is listed in its DuplicateSources",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidName = Create(
        "CG0005",
        "Invalid CorpusGenName",
        "CorpusGenName '{0}' on '{1}' is not a valid C# identifier (letters, digits and '_', not starting with a digit or \"__\", not a keyword); the article is named '{2}' instead",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InternalError = Create(
        "CG0006",
        "CorpusGen internal error",
        "CorpusGen failed while processing '{0}', which was skipped; please report this: {1}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateParagraphs = Create(
        "CG0007",
        "Repeated paragraphs removed",
        "'{0}' repeats {1} paragraph(s); each repeat was removed and the first occurrence kept",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor NoBody = Create(
        "CG0008",
        "Article has no body",
        "'{0}' has a title but no body paragraphs",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        "CG0009",
        "Invalid CorpusGen setting",
        "The value '{1}' of {0} is not valid: {2}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor TooLarge = Create(
        "CG0010",
        "Article file is too large",
        "'{0}' has {1} {2}, more than {3} allows ({4}), so no article was generated from it",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NotUtf8 = Create(
        "CG0011",
        "Article text has undecodable bytes",
        "'{0}' contains {1} replacement character(s) (U+FFFD), so it is probably not saved as UTF-8; the article keeps the text as the compiler decoded it",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CorpusTooLargeForStrings = Create(
        "CG0012",
        "Corpus too large for string literals",
        "The corpus has {0} characters of unique text, more than fit in string literals (CorpusGenStringLimit = {1}); set LangVersion to 11 or later so CorpusGen can store it in UTF-8 literals. No articles were generated.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NearDuplicate = Create(
        "CG0013",
        "Near-duplicate articles",
        "'{0}' is a near-duplicate of '{1}' (similarity {2}); both are kept, and each article's NearDuplicates names its {3} most similar near-duplicates",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor TooManyProperties = Create(
        "CG0014",
        "Too many articles for one class's properties",
        "Class '{0}' has {1} articles, but one type can hold only {2} article properties (the runtime allows 65,535 methods per type), so the {3} articles from '{4}' on (ordinal path order) have no property: reach them with TryGet, All or Names, or split the corpus with CorpusGenClass",
        DiagnosticSeverity.Warning);

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = Index(
        EmptyFile, NotText, NameCollision, DuplicateArticle, InvalidName, InternalError, DuplicateParagraphs, NoBody, InvalidOption, TooLarge, NotUtf8, CorpusTooLargeForStrings, NearDuplicate, TooManyProperties);

    public static IEnumerable<DiagnosticDescriptor> All => s_byId.Values;

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity)
        => new(id, title, message, Category, severity, isEnabledByDefault: true,
            description: "See the Diagnostics section of the CorpusGen README (" + id + ").");

    private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
    {
        var byId = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var descriptor in descriptors)
        {
            byId.Add(descriptor.Id, descriptor);
        }

        return byId;
    }
}
