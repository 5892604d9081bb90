using System;
using CorpusGen.Corpus;
using CorpusGen.Diagnostics;
using CorpusGen.Emitting;
using CorpusGen.Helpers;
using CorpusGen.Parsing;
using CorpusGen.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen;

/// <summary>
/// Compiles the project's plain-text news articles (AdditionalFiles) into strongly typed C#.
/// This class only wires the pipeline; docs/ARCHITECTURE.md maps each step to the code that does the work.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class CorpusGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var classified = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => ArticleFileClassifier.Classify(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.CandidateFiles);
        var parsed = classified
            .Where(static file => file.Article is not null)
            .Select(static (file, cancellationToken) => ArticleParser.Parse(file.Article!, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedArticles);
        // A CorpusGen value that is not a boolean (CG0009): the file is not an article, so only its error goes on.
        var inclusionErrors = classified
            .Where(static file => file.Error is not null)
            .Select(static (file, _) => file.Error!)
            .WithTrackingName(TrackingNames.InclusionErrors);

        var facts = context.CompilationProvider.Select(static (compilation, _) => CompilationFacts.Of(compilation));

        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Combine(facts)
            .Select(static (input, _) => GeneratorOptionsReader.Read(input.Left.Left.GlobalOptions, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Options);

        var corpus = parsed.Collect()
            .Combine(options)
            .Select(static (input, cancellationToken) => CorpusBuilder.Build(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Corpus);

        context.RegisterSourceOutput(inclusionErrors, static (spc, error) => spc.ReportDiagnostic(error.ToDiagnostic()));
        context.RegisterSourceOutput(parsed, static (spc, file) => Report(spc, file.Diagnostics));
        context.RegisterSourceOutput(options, static (spc, o) => Report(spc, o.Diagnostics));
        // Its own step, so an edit that changes no corpus diagnostic does not re-report them all.
        var corpusDiagnostics = corpus.Select(static (model, _) => model.Diagnostics).WithTrackingName(TrackingNames.CorpusDiagnostics);
        context.RegisterSourceOutput(corpusDiagnostics, static (spc, diagnostics) => Report(spc, diagnostics));

        var articleType = corpus
            .Select(static (model, _) => model.ArticleType)
            .WithTrackingName(TrackingNames.ArticleType);
        context.RegisterSourceOutput(articleType, static (spc, target) =>
        {
            if (target is not null)
            {
                AddSource(spc, HintNames.ArticleType(target.ArticleTypeName), "the " + target.ArticleTypeName + " type", () => ArticleTypeEmitter.Emit(target));
            }
        });

        // Fixed slots per class: an edited file changes its own slot's source, and one that comes or goes never
        // shifts the others (the driver matches a SelectMany's outputs by position).
        var slots = corpus.SelectMany(static (model, _) => model.Slots).WithTrackingName(TrackingNames.Slots);
        context.RegisterSourceOutput(slots, static (spc, slot) =>
        {
            if (!slot.Articles.IsEmpty)
            {
                AddSource(spc, slot.HintName, "the articles of " + slot.HintName, () =>
                {
                    var (source, errors) = SlotEmitter.Emit(slot);
                    Report(spc, errors.ToEquatableArray());
                    return source;
                }, () => SlotEmitter.EmitPlaceholders(slot));
            }
        });

        var sharedTexts = corpus.SelectMany(static (model, _) => model.SharedTexts).WithTrackingName(TrackingNames.SharedTexts);
        context.RegisterSourceOutput(sharedTexts, static (spc, shard) =>
        {
            if (!shard.Paragraphs.IsEmpty)
            {
                AddSource(spc, shard.HintName, "the shared paragraphs of " + shard.Target.ClassName, () => SharedTextEmitter.Emit(shard));
            }
        });

        WireSearch(context, parsed, options, corpus, articleType);

        var indexes = corpus.SelectMany(static (model, _) => model.Indexes).WithTrackingName(TrackingNames.Indexes);
        context.RegisterSourceOutput(indexes, static (spc, index) =>
            AddSource(spc, index.HintName, "the index of " + index.Target.ClassName, () => IndexEmitter.Emit(index)));
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    /// <summary>
    /// Emitting must not throw into the compiler: a failure becomes CG0006 and the other sources still build, the
    /// failed one replaced by <paramref name="placeholder"/> when other generated code refers to it.
    /// </summary>
    private static void AddSource(SourceProductionContext context, string hintName, string origin, Func<string> emit, Func<string>? placeholder = null)
    {
        var (source, error) = SafeEmit.Run(emit, placeholder, origin);
        if (error is not null)
        {
            context.ReportDiagnostic(error.ToDiagnostic());
        }

        if (source is not null)
        {
            context.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
        }
    }
}
