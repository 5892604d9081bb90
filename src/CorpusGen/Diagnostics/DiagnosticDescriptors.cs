using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Diagnostics;

/// <summary>
/// Every diagnostic CorpusGen reports. IDs are stable forever: users suppress them by ID, so an ID is never reused
/// or renumbered. Each one is listed in README.md and AnalyzerReleases.*.md.
/// <para>
/// Severity: a normal corpus must build under TreatWarningsAsErrors. Routine cleaning (a merged duplicate, removed
/// repeats, near-duplicates, a resolved name collision) is Info; a Warning means text that is damaged or dropped;
/// an Error means a setting that cannot be honoured.
/// </para>
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
        "Articles named with a suffix of their own file",
        "'{0}' {1}, so {2} named '{0}': {3}",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor DuplicateArticle = Create(
        "CG0004",
        "Duplicate article merged",
        "'{0}' has the same content as '{1}', so it was merged into article '{2}' and is listed in its DuplicateSources",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InvalidName = Create(
        "CG0005",
        "Invalid CorpusGenName",
        "CorpusGenName '{0}' on '{1}' {2}; the article is named '{3}' instead",
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
        "'{0}' contains {1} replacement character(s) (U+FFFD), the first on line {2}, so it is probably not saved as UTF-8 (for example Windows-1252) and the compiler replaced the bytes it could not decode; the article keeps the text as decoded. Re-save the file as UTF-8, or, if the project's text files are Windows-1252, set <CodePage>1252</CodePage> in the project: the compiler then reads every file without a byte order mark as Windows-1252, C# files and UTF-8 articles included.",
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

    // CG0015-CG0020 report the parser's rules that reshape text, each at the line it applies to, so a user can see
    // every such decision (and silence a rule by ID, or answer it with per-file metadata).
    public static readonly DiagnosticDescriptor TitleDerived = Create(
        "CG0015",
        "First line read as a paragraph",
        "The first line of '{0}' reads as a paragraph, not a headline ({1}), so Headline is null and Title is derived from the text: \"{2}\"; set CorpusGenHeadline=\"true\" on the file if the line is its headline",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor DatelineTaken = Create(
        "CG0016",
        "Dateline moved out of the text",
        "In '{0}', \"{1}\" was read as a dateline and moved out of the text: Dateline is \"{2}\"{3}",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor CreditMoved = Create(
        "CG0017",
        "Photo caption or credit moved out of the paragraphs",
        "In '{0}', the line \"{1}\" reads as a photo caption or credit, so it is in Credits, not in Paragraphs",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor BoilerplateMoved = Create(
        "CG0018",
        "Web-page debris moved out of the paragraphs",
        "In '{0}', the line \"{1}\" reads as web-page debris, so it is in Boilerplate, not in Paragraphs",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor CopyrightCut = Create(
        "CG0019",
        "Copyright line and trailer cut from the body",
        "In '{0}', the line \"{1}\" reads as a copyright notice near the end, so it is in Copyright and the {2} line(s) after it are in Trailer, not in Paragraphs",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor HardWrapJoined = Create(
        "CG0020",
        "Hard-wrapped lines joined",
        "'{0}' reads as hard-wrapped text ({1}), so its {2} body lines were joined into {3} paragraph(s) at blank lines; set CorpusGenLayout=\"lines\" on the file to keep one paragraph per line",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor SearchTooLargeForStrings = Create(
        "CG0021",
        "Search index too large for string literals",
        "The search index of {0} needs {1} characters of string literals beside the articles' {2}, more than CorpusGenStringLimit ({3}); set LangVersion to 11 or later so CorpusGen can store it in UTF-8 literals, or let the compiler move long literals out of the string heap (experimental-data-section-string-literals). Search finds nothing.",
        DiagnosticSeverity.Error);

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = Index(
        EmptyFile, NotText, NameCollision, DuplicateArticle, InvalidName, InternalError, DuplicateParagraphs, NoBody, InvalidOption, TooLarge, NotUtf8, CorpusTooLargeForStrings, NearDuplicate, TooManyProperties,
        TitleDerived, DatelineTaken, CreditMoved, BoilerplateMoved, CopyrightCut, HardWrapJoined, SearchTooLargeForStrings);

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
