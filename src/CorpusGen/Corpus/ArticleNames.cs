using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using CorpusGen.Diagnostics;
using CorpusGen.Helpers;
using CorpusGen.Reading;

namespace CorpusGen.Corpus;

/// <summary>
/// What each article of a class is called. A name never moves to another file because of other files: code that
/// says <c>Articles.X</c> either still gets the article it got before, or stops compiling (CS0117) because X became
/// ambiguous. Path order decides nothing here.
/// </summary>
/// <remarks>
/// Every article has a list of candidate names, all made from its own wanted name (CorpusGenName, else the derived
/// one) and its own path: the bare name, then the name with a suffix from its file name (<c>Ferry_Story1</c>), its
/// folders from the nearest up (<c>Ferry_News_Story1</c>, ...), and a hash of its path (<c>Ferry_1a2b3c4d</c>).
/// An article gets its first candidate that no other article claims. An article claims its bare name; one whose
/// bare name is claimed twice (or is not allowed) is contested and claims its whole list, until nothing changes.
/// A merged article claims for all its files (each copy's wanted name and path), so a copy that sorts first and
/// becomes the kept file also only adds claims. Adding a file only adds claims, so a name that was exclusive to one
/// article is never exclusive to another: it stays, or it is claimed twice and nobody gets it (NamingProperties).
/// <para>
/// A valid CorpusGenName belongs to its article: no other article may take it, even as a candidate. Asked for by two
/// articles, it is an error (CG0005) and neither gets it: each gets its suffix, so it cannot move between them either.
/// So the one way a name moves is a CorpusGenName added for it, which takes it from the article that had it.
/// </para>
/// </remarks>
internal static class ArticleNames
{
    /// <summary>Longest suffixed name, in characters: suffixes must stay readable to type.</summary>
    public const int MaxSuffixedLength = 64;

    /// <summary>Longest suffix: a file name is cut to it; folders are added while the suffix fits.</summary>
    private const int MaxSuffixLength = 32;

    /// <summary>The most renamed articles one CG0003 lists.</summary>
    private const int MaxListed = 20;

    private const int ClaimedBySeveral = -2;

    /// <summary>Members of every index class (and of object), which no article property may hide.</summary>
    private static readonly string[] s_indexMembers =
    {
        "All", "TryGet", "Count", "Names", "Search", "CountMatches", "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
    };

    /// <summary>One file of an article (the first by path is the article's own, the rest are copies merged into it).</summary>
    /// <param name="ExplicitName">Its CorpusGenName when valid, else null.</param>
    internal sealed record NamedFile(string RelativePath, string FilePath, string DerivedName, string? ExplicitName)
    {
        /// <summary>The name this file asks for.</summary>
        public string Wanted => ExplicitName ?? DerivedName;
    }

    /// <param name="articles">Per article its files, in path order.</param>
    public static string[] Assign(string className, IReadOnlyList<IReadOnlyList<NamedFile>> articles, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        => new Assignment(className, articles, cancellationToken).Run(diagnostics);

    /// <summary>
    /// The suffixes an article may get from its path, in order: its file name, then with its folders from the
    /// nearest up while the suffix fits, then a hash of the path. Each part is PascalCase of its letters and digits,
    /// without separators, so the parts are joined with '_' and a suffix stays a valid end of an identifier.
    /// </summary>
    internal static IEnumerable<string> Suffixes(string relativePath)
    {
        // Not Path.GetFileNameWithoutExtension: on .NET Framework it throws for characters such as '"' and '|', which
        // file names on Linux may hold.
        var parts = relativePath.Split('/');
        var fileName = parts[parts.Length - 1];
        var dot = fileName.LastIndexOf('.');
        var suffix = Truncate(Part(dot > 0 ? fileName.Substring(0, dot) : fileName), MaxSuffixLength, int.MaxValue);
        if (suffix.Length > 0)
        {
            yield return suffix;
        }

        for (var i = parts.Length - 2; i >= 0; i--)
        {
            var part = Part(parts[i]);
            if (part.Length == 0)
            {
                continue;
            }

            suffix = suffix.Length == 0 ? part : part + "_" + suffix;
            if (suffix.Length > MaxSuffixLength)
            {
                break;
            }

            yield return suffix;
        }

        yield return Hash(relativePath);
    }

    /// <summary>Eight hex digits of a stable hash of the path (the same on every machine).</summary>
    internal static string Hash(string relativePath)
        => ((uint)Fnv.HashMixed(relativePath)).ToString("x8", CultureInfo.InvariantCulture);

    /// <summary>
    /// The wanted name with a suffix, cut (never the suffix) to <see cref="MaxSuffixedLength"/> characters and to the
    /// byte limit of every article name.
    /// </summary>
    internal static string WithSuffix(string wanted, string suffix)
    {
        var stem = Truncate(
            wanted,
            MaxSuffixedLength - 1 - suffix.Length,
            Identifier.MaxNameBytes - 1 - Encoding.UTF8.GetByteCount(suffix));
        return stem + "_" + suffix;
    }

    /// <summary>"story-1" -> "Story1", "2016" -> "2016": letters and digits only, each run's first letter upper-cased.</summary>
    private static string Part(string text)
    {
        var builder = new StringBuilder(text.Length);
        var inRun = false;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                inRun = false;
                continue;
            }

            builder.Append(inRun ? c : char.ToUpperInvariant(c));
            inRun = true;
        }

        return builder.ToString();
    }

    /// <summary>At most <paramref name="maxChars"/> UTF-16 units and <paramref name="maxBytes"/> UTF-8 bytes, never half a surrogate pair.</summary>
    private static string Truncate(string text, int maxChars, int maxBytes)
    {
        var bytes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var size = pair ? 4 : text[i] < 0x80 ? 1 : text[i] < 0x800 ? 2 : 3;
            if (i + (pair ? 2 : 1) > maxChars || bytes + size > maxBytes)
            {
                return text.Substring(0, i);
            }

            bytes += size;
            i += pair ? 1 : 0;
        }

        return text;
    }

    private sealed class Assignment
    {
        private readonly string _className;
        private readonly IReadOnlyList<IReadOnlyList<NamedFile>> _articles;
        private readonly CancellationToken _cancellationToken;
        private readonly HashSet<string> _reserved;

        /// <summary>Per article the name it asks for (the first valid CorpusGenName of its files, else its own derived name) and the file that asks.</summary>
        private readonly NamedFile[] _askedBy;

        /// <summary>Valid CorpusGenNames, each with the articles (any of their files) that ask for it.</summary>
        private readonly Dictionary<string, List<int>> _explicitOwners = new(StringComparer.Ordinal);

        /// <summary>Candidate -> the one article that claims it, or <see cref="ClaimedBySeveral"/>.</summary>
        private readonly Dictionary<string, int> _claims = new(StringComparer.Ordinal);

        /// <summary>Per wanted name and path: the suffixed candidates, made once.</summary>
        private readonly Dictionary<(string Wanted, string Path), List<string>> _candidates = new();

        public Assignment(string className, IReadOnlyList<IReadOnlyList<NamedFile>> articles, CancellationToken cancellationToken)
        {
            _className = className;
            _articles = articles;
            _cancellationToken = cancellationToken;
            _reserved = new HashSet<string>(s_indexMembers.Append(className), StringComparer.Ordinal);
            _askedBy = new NamedFile[articles.Count];
            for (var k = 0; k < articles.Count; k++)
            {
                _askedBy[k] = articles[k].FirstOrDefault(f => f.ExplicitName is not null) ?? articles[k][0];
                foreach (var name in articles[k].Select(f => f.ExplicitName).OfType<string>().Distinct(StringComparer.Ordinal))
                {
                    if (!_explicitOwners.TryGetValue(name, out var owners))
                    {
                        _explicitOwners[name] = owners = new List<int>();
                    }

                    owners.Add(k);
                }
            }
        }

        private string Asked(int article) => _askedBy[article].Wanted;

        public string[] Run(List<DiagnosticInfo> diagnostics)
        {
            // Every article claims the name each of its files asks for, not only the one it uses: a copy that sorts
            // first (and so changes what the article asks for) then only adds claims, never frees one.
            var count = _articles.Count;
            for (var k = 0; k < count; k++)
            {
                foreach (var file in _articles[k])
                {
                    ClaimIfAllowed(file.Wanted, k);
                }
            }

            // A contested article claims all its candidates, which can contest another's bare name in turn (only
            // a bare name with '_' can equal a suffixed one), so repeat until no article becomes contested.
            var contested = new bool[count];
            for (var changed = true; changed;)
            {
                changed = false;
                for (var k = 0; k < count; k++)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    if (contested[k] || (Allowed(k, Asked(k)) && _claims[Asked(k)] == k))
                    {
                        continue;
                    }

                    contested[k] = changed = true;
                    foreach (var wanted in _articles[k].Select(f => f.Wanted).Distinct(StringComparer.Ordinal))
                    {
                        foreach (var file in _articles[k])
                        {
                            foreach (var candidate in Candidates(wanted, file.RelativePath))
                            {
                                ClaimIfAllowed(candidate, k);
                            }
                        }
                    }
                }
            }

            var names = new string[count];
            var given = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 0; k < count; k++)
            {
                var article = k;
                names[k] = contested[k]
                    ? _articles[k].SelectMany(f => Candidates(Asked(article), f.RelativePath)).FirstOrDefault(c => Allowed(article, c) && _claims[c] == article)
                    : Asked(k);
                if (names[k] is not null)
                {
                    given.Add(names[k]);
                }
            }

            // Only when two articles' candidate lists are identical (paths that read the same and hash the same):
            // number them in path order, the one order-dependent rule, never reached by real paths.
            for (var k = 0; k < count; k++)
            {
                if (names[k] is null)
                {
                    var hash = Hash(_articles[k][0].RelativePath);
                    string name;
                    for (var n = 2; ; n++)
                    {
                        var number = hash + "_" + n.ToString(CultureInfo.InvariantCulture);
                        name = WithSuffix(Asked(k), number);
                        name = Identifier.IsValidArticleName(name) ? name : "Article_" + number;
                        if (!_claims.ContainsKey(name) && !given.Contains(name) && Allowed(k, name))
                        {
                            break;
                        }
                    }

                    names[k] = name;
                    given.Add(name);
                }
            }

            Report(names, diagnostics);
            return names;
        }

        /// <summary>Neither a member of the class nor a CorpusGenName of another article (or of several).</summary>
        private bool Allowed(int article, string name)
            => !_reserved.Contains(name)
            && (!_explicitOwners.TryGetValue(name, out var owners) || (owners.Count == 1 && owners[0] == article));

        private void ClaimIfAllowed(string name, int article)
        {
            if (!Allowed(article, name))
            {
                return;
            }

            if (!_claims.TryGetValue(name, out var owner))
            {
                _claims[name] = article;
            }
            else if (owner != article)
            {
                _claims[name] = ClaimedBySeveral;
            }
        }

        /// <summary>The suffixed candidates of a wanted name from one path (the bare name is not among them).</summary>
        private List<string> Candidates(string wanted, string relativePath)
        {
            if (_candidates.TryGetValue((wanted, relativePath), out var made))
            {
                return made;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal) { wanted };
            var list = new List<string>();
            foreach (var suffix in Suffixes(relativePath))
            {
                var candidate = WithSuffix(wanted, suffix);
                if (Identifier.IsValidArticleName(candidate) && seen.Add(candidate))
                {
                    list.Add(candidate);
                }
            }

            _candidates[(wanted, relativePath)] = list;
            return list;
        }

        private void Report(string[] names, List<DiagnosticInfo> diagnostics)
        {
            // CG0005 for each CorpusGenName that could not be given; CG0003 once per derived name not given, at the
            // first of its articles (path order), listing what each is called instead.
            var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var order = new List<string>();
            for (var k = 0; k < names.Length; k++)
            {
                var asker = _askedBy[k];
                if (names[k] == asker.Wanted)
                {
                    continue;
                }

                if (asker.ExplicitName is { } name)
                {
                    diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.InvalidName, asker.FilePath, name, asker.RelativePath, WhyNotExplicit(k), names[k]));
                    continue;
                }

                if (!groups.TryGetValue(asker.Wanted, out var group))
                {
                    groups[asker.Wanted] = group = new List<int>();
                    order.Add(asker.Wanted);
                }

                group.Add(k);
            }

            foreach (var wanted in order)
            {
                var group = groups[wanted];
                var explicitOwner = _explicitOwners.TryGetValue(wanted, out var owners) && owners.Count == 1;
                var subject = explicitOwner ? "no other article is" : group.Count > 1 ? "none is" : "no article is";
                var listed = string.Join(", ", group.Take(MaxListed).Select(k => "'" + _articles[k][0].RelativePath + "' is '" + names[k] + "'"))
                    + (group.Count > MaxListed ? ", and " + (group.Count - MaxListed).ToString(CultureInfo.InvariantCulture) + " more" : string.Empty);
                diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.NameCollision, _articles[group[0]][0].FilePath, wanted, WhyNotDerived(wanted, group.Count), subject, listed));
            }
        }

        private string WhyNotExplicit(int article)
        {
            var name = Asked(article);
            return _reserved.Contains(name)
                ? ReservedReason(name)
                : "is also given to " + Paths(_explicitOwners[name].Where(k => k != article).Select(k => ExplicitSource(k, name)).ToList());
        }

        private string WhyNotDerived(string wanted, int wanting)
        {
            var reasons = new List<string>();
            if (_reserved.Contains(wanted))
            {
                reasons.Add(ReservedReason(wanted));
            }

            if (_explicitOwners.TryGetValue(wanted, out var owners))
            {
                reasons.Add("is the CorpusGenName of " + Paths(owners.Select(k => ExplicitSource(k, wanted)).ToList()));
            }

            if (wanting > 1)
            {
                reasons.Add("is derived by " + wanting.ToString(CultureInfo.InvariantCulture) + " articles");
            }

            if (reasons.Count == 0)
            {
                reasons.Add("is also another article's name with a suffix");
            }

            return string.Join(" and ", reasons);
        }

        /// <summary>The first file of an article that carries the CorpusGenName.</summary>
        private string ExplicitSource(int article, string name)
            => _articles[article].First(f => f.ExplicitName == name).RelativePath;

        private string ReservedReason(string name)
            => (name == _className ? "is the name of" : "is a member of") + " the generated class '" + _className + "'";

        /// <summary>"'a.txt'", "'a.txt' and 'b.txt'", "'a.txt', 'b.txt', 'c.txt' and 2 more".</summary>
        private static string Paths(List<string> paths)
        {
            const int Shown = 3;
            var quoted = paths.Take(Shown).Select(p => "'" + p + "'").ToList();
            if (paths.Count > Shown)
            {
                return string.Join(", ", quoted) + " and " + (paths.Count - Shown).ToString(CultureInfo.InvariantCulture) + " more";
            }

            return quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted.Take(quoted.Count - 1)) + " and " + quoted[quoted.Count - 1];
        }
    }
}
