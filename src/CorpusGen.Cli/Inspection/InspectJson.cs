using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CorpusGen.Cli.Reporting;

namespace CorpusGen.Cli.Inspection;

/// <summary>
/// <c>inspect --json</c>: one document for scripts, described by Schemas/inspect.v1.schema.json (shipped in the
/// package and kept true by a test). <see cref="SchemaVersion"/> changes only when a field changes meaning or goes
/// away; new fields may be added within a version.
/// </summary>
internal static class InspectJson
{
    public const int SchemaVersion = 1;
    public const string SchemaId = "urn:corpusgen:schema:inspect:1";

    public static void Write(InspectReport report, string toolVersion, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaId);
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteString("toolVersion", toolVersion);
            WriteSummary(json, report.Summary);
            json.WriteStartArray("articles");
            foreach (var article in report.Articles)
            {
                WriteArticle(json, article);
            }

            json.WriteEndArray();
            json.WriteStartArray("files");
            foreach (var file in report.Files)
            {
                json.WriteStartObject();
                json.WriteString("path", file.Path);
                json.WriteString("relativePath", file.RelativePath);
                WriteNullable(json, "article", file.Article);
                WriteNullable(json, "encoding", file.Encoding);
                WriteNullable(json, "encodingWarning", file.EncodingWarning);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in report.Diagnostics)
            {
                WriteDiagnostic(json, diagnostic);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", System.StringComparison.Ordinal));
        output.Write('\n');
    }

    private static void WriteSummary(Utf8JsonWriter json, InspectSummary summary)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("files", summary.Files);
        json.WriteNumber("articles", summary.Articles);
        json.WriteNumber("mergedCopies", summary.MergedCopies);
        json.WriteNumber("repeatsRemoved", summary.RepeatsRemoved);
        json.WriteNumber("nearDuplicatePairs", summary.NearDuplicatePairs);
        json.WriteString("storage", summary.Storage);
        json.WriteNumber("generatedFiles", summary.GeneratedFiles);
        json.WriteNumber("generatedBytes", summary.GeneratedBytes);
        json.WriteEndObject();
    }

    private static void WriteArticle(Utf8JsonWriter json, InspectArticle article)
    {
        json.WriteStartObject();
        json.WriteString("name", article.Name);
        json.WriteString("class", article.ClassName);
        json.WriteString("sourcePath", article.SourcePath);
        json.WriteString("title", article.Title);
        json.WriteBoolean("titleIsDerived", article.TitleIsDerived);
        json.WriteNumber("paragraphs", article.Paragraphs);
        if (article.Year is int year)
        {
            json.WriteNumber("year", year);
        }
        else
        {
            json.WriteNull("year");
        }

        WriteNullable(json, "dateline", article.Dateline);
        WriteNullable(json, "agency", article.Agency);
        json.WriteStartObject("cut");
        WriteNullable(json, "copyright", article.Cut.Copyright);
        json.WriteNumber("trailerLines", article.Cut.Trailer);
        json.WriteNumber("credits", article.Cut.Credits);
        json.WriteNumber("debrisLines", article.Cut.Boilerplate);
        json.WriteNumber("repeatedParagraphs", article.Cut.Repeats);
        json.WriteEndObject();
        WriteStrings(json, "mergedCopies", article.MergedCopies);
        WriteStrings(json, "nearDuplicates", article.NearDuplicates);
        json.WriteBoolean("hasProperty", article.HasProperty);
        json.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, ReportedDiagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", diagnostic.SeverityName);
        WriteNullable(json, "path", diagnostic.Path);
        if (diagnostic.Path is null)
        {
            json.WriteNull("line");
            json.WriteNull("column");
        }
        else
        {
            json.WriteNumber("line", diagnostic.Line);
            json.WriteNumber("column", diagnostic.Column);
        }

        json.WriteString("message", diagnostic.Message);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
