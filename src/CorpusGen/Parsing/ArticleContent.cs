using System.Collections.Generic;
using CorpusGen.Helpers;

namespace CorpusGen.Parsing;

/// <summary>What an article file says, after parsing and in-article deduplication.</summary>
/// <remarks>
/// The body text (paragraphs, trailer, credits, debris) is kept as positions in <see cref="Source"/>, the file's
/// text as the compiler's <c>AdditionalText</c> holds it (the same string, not a copy), and read from it when it is
/// written out: the driver keeps every step's output between runs, so a second copy of the corpus in the models
/// would double the generator's memory. Equality compares <see cref="Source"/> by value, so a changed file never
/// compares equal to its old model (for the unchanged file it is the same string, compared by reference).
/// </remarks>
/// <param name="Source">The file's text that the positions refer to.</param>
/// <param name="ParagraphRefs">The kept body paragraphs, in order.</param>
/// <param name="ParagraphHashes">A 64-bit hash of each kept paragraph's text (<see cref="Fnv.HashMixed"/>), for shared-paragraph storage.</param>
/// <param name="RepeatedParagraphs">Paragraphs dropped because they repeat an earlier one (reported as CG0007).</param>
/// <param name="Id">Hash of the normalised kept content; equal ids mean duplicate articles.</param>
/// <param name="Headline">The first line, unless it is a photo caption or reads as a paragraph.</param>
/// <param name="Agency">The news agency of an inline dateline ("Reuters" in "WASHINGTON (Reuters) - "), if any.</param>
/// <param name="DerivedTitle">The title made from the text when there is neither headline nor caption.</param>
/// <param name="CreditRefs">Photo captions and credits found inside the body, moved out of the paragraphs.</param>
/// <param name="BoilerplateRefs">Web-page debris lines ("Read more", "Advertisement"), moved out of the paragraphs.</param>
/// <param name="Utf8Encodable">
/// Whether the article's text fits u8 literals (no lone surrogate). Decided once, when the file is parsed: the
/// corpus step asks for every article on every edit, and scanning the text there would cost the whole corpus.
/// </param>
/// <param name="BandKeys">MinHash band keys for near-duplicate detection, made here so the per-file step caches them.</param>
internal sealed record ArticleContent(
    string Source,
    string? Headline,
    string? Caption,
    string? Dateline,
    EquatableArray<TextRef> ParagraphRefs,
    EquatableArray<ulong> ParagraphHashes,
    string? Copyright,
    int? Year,
    EquatableArray<TextRef> TrailerRefs,
    int RepeatedParagraphs,
    string Id,
    string? Agency,
    string? DerivedTitle,
    EquatableArray<TextRef> CreditRefs,
    EquatableArray<TextRef> BoilerplateRefs,
    bool Utf8Encodable,
    EquatableArray<ulong> BandKeys = default)
{
    /// <summary>The kept body paragraphs, read from <see cref="Source"/> on each call: read once and keep the result.</summary>
    public IReadOnlyList<string> Paragraphs => Read(ParagraphRefs);

    /// <summary>The lines after the copyright notice, read from <see cref="Source"/> on each call.</summary>
    public IReadOnlyList<string> Trailer => Read(TrailerRefs);

    /// <summary>Captions and credits moved out of the body, read from <see cref="Source"/> on each call.</summary>
    public IReadOnlyList<string> Credits => Read(CreditRefs);

    /// <summary>Web debris moved out of the body, read from <see cref="Source"/> on each call.</summary>
    public IReadOnlyList<string> Boilerplate => Read(BoilerplateRefs);

    /// <summary>Paragraph <paramref name="index"/>, read from <see cref="Source"/>.</summary>
    public string Paragraph(int index) => ParagraphRefs[index].ReadFrom(Source);

    /// <summary>
    /// Whether paragraph <paramref name="index"/> has the same text as <paramref name="other"/>'s paragraph
    /// <paramref name="otherIndex"/>: compared in place in the two files when both are single lines, so checking a
    /// repeated hash on every edit allocates nothing.
    /// </summary>
    public bool SameParagraph(int index, ArticleContent other, int otherIndex)
    {
        var mine = ParagraphRefs[index];
        var theirs = other.ParagraphRefs[otherIndex];
        if (mine.Length != theirs.Length)
        {
            return false;
        }

        return mine.LineCount == 1 && theirs.LineCount == 1
            ? string.CompareOrdinal(Source, mine.Start, other.Source, theirs.Start, mine.Length) == 0
            : string.Equals(Paragraph(index), other.Paragraph(otherIndex), System.StringComparison.Ordinal);
    }

    /// <summary>Characters of paragraph text, the part of <see cref="TextLength"/> stored apart from the rest.</summary>
    public long ParagraphLength => LengthOf(ParagraphRefs);

    /// <summary>Characters of text this article puts into literals; the corpus step sums it on every edit.</summary>
    public long TextLength
        => Title.Length + (Dateline?.Length ?? 0) + (Agency?.Length ?? 0) + (Copyright?.Length ?? 0)
            + LengthOf(ParagraphRefs) + LengthOf(TrailerRefs) + LengthOf(CreditRefs) + LengthOf(BoilerplateRefs);

    /// <summary>What near-duplicate detection compares: the title, then the paragraphs.</summary>
    public IReadOnlyList<string> ComparableLines => ComparableLinesOf(Title, Paragraphs);

    /// <summary>The headline, else the caption, else the title derived from the text.</summary>
    public string Title => Headline ?? Caption ?? DerivedTitle ?? string.Empty;

    /// <summary>Whether <see cref="Title"/> was made from the text because the file has no headline or caption.</summary>
    public bool TitleIsDerived => Headline is null && Caption is null && DerivedTitle is not null;

    public static IReadOnlyList<string> ComparableLinesOf(string title, IReadOnlyList<string> paragraphs)
    {
        var lines = new string[paragraphs.Count + 1];
        lines[0] = title;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            lines[i + 1] = paragraphs[i];
        }

        return lines;
    }

    // Equality compares every field (the source by value); the hash leaves the source out, so hashing a model does
    // not walk its file's text. Equal models still hash equally.
    public override int GetHashCode()
        => HashCombiner.Combine(HashCombiner.Combine(Id.GetHashCode(), ParagraphRefs.GetHashCode()), Source.Length);

    private string[] Read(EquatableArray<TextRef> refs)
    {
        var texts = new string[refs.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = refs[i].ReadFrom(Source);
        }

        return texts;
    }

    private static long LengthOf(EquatableArray<TextRef> refs)
    {
        long length = 0;
        foreach (var piece in refs)
        {
            length += piece.Length;
        }

        return length;
    }
}
