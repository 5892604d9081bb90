using System.Collections.Generic;
using CorpusGen.Helpers;

namespace CorpusGen.Parsing;

/// <summary>What an article file says, after parsing and in-article deduplication.</summary>
/// <param name="RepeatedParagraphs">Paragraphs dropped because they repeat an earlier one (reported as CG0007).</param>
/// <param name="Id">Hash of the normalised kept content; equal ids mean duplicate articles.</param>
/// <param name="Headline">The first line, unless it is a photo caption or reads as a paragraph.</param>
/// <param name="Agency">The news agency of an inline dateline ("Reuters" in "WASHINGTON (Reuters) - "), if any.</param>
/// <param name="DerivedTitle">The title made from the text when there is neither headline nor caption.</param>
/// <param name="Credits">Photo captions and credits found inside the body, moved out of the paragraphs.</param>
/// <param name="Boilerplate">Web-page debris lines ("Read more", "Advertisement"), moved out of the paragraphs.</param>
/// <param name="BandKeys">MinHash band keys for near-duplicate detection, made here so the per-file step caches them.</param>
internal sealed record ArticleContent(
    string? Headline,
    string? Caption,
    string? Dateline,
    EquatableArray<string> Paragraphs,
    string? Copyright,
    int? Year,
    EquatableArray<string> Trailer,
    int RepeatedParagraphs,
    string Id,
    string? Agency = null,
    string? DerivedTitle = null,
    EquatableArray<string> Credits = default,
    EquatableArray<string> Boilerplate = default,
    EquatableArray<ulong> BandKeys = default)
{
    /// <summary>
    /// Whether the article's text fits u8 literals (no lone surrogate). Decided once, when the file is parsed: the
    /// corpus step asks for every article on every edit, and scanning the text there would cost the whole corpus.
    /// </summary>
    public bool Utf8Encodable { get; } =
        Utf8Text.CanEncode(Paragraphs) && Utf8Text.CanEncode(Trailer) && Utf8Text.CanEncode(Credits) && Utf8Text.CanEncode(Boilerplate)
        && Utf8Text.CanEncode(Headline) && Utf8Text.CanEncode(Caption) && Utf8Text.CanEncode(Dateline) && Utf8Text.CanEncode(Copyright)
        && Utf8Text.CanEncode(Agency) && Utf8Text.CanEncode(DerivedTitle);

    /// <summary>Characters of paragraph text, the part of <see cref="TextLength"/> stored apart from the rest.</summary>
    public long ParagraphLength
    {
        get
        {
            long length = 0;
            foreach (var paragraph in Paragraphs)
            {
                length += paragraph.Length;
            }

            return length;
        }
    }

    /// <summary>Characters of text this article puts into literals; the corpus step sums it on every edit.</summary>
    public long TextLength
    {
        get
        {
            return Title.Length + (Dateline?.Length ?? 0) + (Agency?.Length ?? 0) + (Copyright?.Length ?? 0)
                + LengthOf(Paragraphs) + LengthOf(Trailer) + LengthOf(Credits) + LengthOf(Boilerplate);
        }
    }

    private static long LengthOf(EquatableArray<string> lines)
    {
        long length = 0;
        foreach (var line in lines)
        {
            length += line.Length;
        }

        return length;
    }

    /// <summary>What near-duplicate detection compares: the title, then the paragraphs.</summary>
    public IReadOnlyList<string> ComparableLines
    {
        get
        {
            var lines = new string[Paragraphs.Count + 1];
            lines[0] = Title;
            for (var i = 0; i < Paragraphs.Count; i++)
            {
                lines[i + 1] = Paragraphs[i];
            }

            return lines;
        }
    }

    /// <summary>The headline, else the caption, else the title derived from the text.</summary>
    public string Title => Headline ?? Caption ?? DerivedTitle ?? string.Empty;

    /// <summary>Whether <see cref="Title"/> was made from the text because the file has no headline or caption.</summary>
    public bool TitleIsDerived => Headline is null && Caption is null && DerivedTitle is not null;
}
