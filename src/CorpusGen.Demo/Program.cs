// The demo: the repository's corpus/ folder, compiled into this program by CorpusGen at build time.
using System;
using System.Linq;
using CorpusGen.Demo;

if (args is ["search", .. var words])
{
    var query = string.Join(" ", words);
    Console.WriteLine($"{Articles.CountMatches(query)} article(s) match {query}");
    foreach (var hit in Articles.Search(query))
    {
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"{hit.Score,6:F2}  Articles.{hit.Article.Name}: {hit.Article.Title}"));
        Console.WriteLine($"        {Highlighted(hit)}");
    }

    return;
}

Console.WriteLine($"{"Name",-46} {"Paras",5} {"Year",4}  Title");
Console.WriteLine(new string('-', 110));
foreach (var article in Articles.All)
{
    var title = article.Title.Length > 56 ? string.Concat(article.Title.AsSpan(0, 55), "…") : article.Title;
    Console.WriteLine(FormattableString.Invariant($"{article.Name,-46} {article.Paragraphs.Count,5} {article.Year,4}  {title}"));
}

var ban = Articles.BanKiMoon;
Console.WriteLine();
Console.WriteLine($"== Articles.{ban.Name} ({ban.SourcePath}) ==");
Console.WriteLine($"Caption:   {ban.Caption}");
Console.WriteLine($"Dateline:  {ban.Dateline}");
Console.WriteLine($"Copyright: {ban.Copyright} (year {ban.Year})");
Console.WriteLine($"Trailer:   {string.Join(" | ", ban.Trailer)}");
Console.WriteLine($"Id:        {ban.Id}");
Console.WriteLine();
foreach (var (paragraph, number) in ban.Paragraphs.Select((p, i) => (p, i + 1)))
{
    Console.WriteLine($"[{number,2}] {paragraph}");
}

// The snippet with its matched terms in [brackets], as a UI would highlight them.
static string Highlighted(SearchHit hit)
{
    var text = hit.Snippet;
    foreach (var highlight in hit.Highlights.Reverse())
    {
        text = text.Insert(highlight.Start + highlight.Length, "]").Insert(highlight.Start, "[");
    }

    return text;
}
