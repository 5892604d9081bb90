namespace CorpusGen.Tests.Infrastructure;

/// <summary>One AddSource result: the hint name as the driver reports it (with ".cs") and the text.</summary>
public sealed record GeneratedSource(string HintName, string Text);
