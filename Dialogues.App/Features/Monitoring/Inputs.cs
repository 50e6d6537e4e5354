using Dialogues.App.Infrastructure.Files;
using Dialogues.Domain.Monitoring;

namespace Dialogues.App.Features.Monitoring;

/// <summary>What the policy page's forms hand to the page, which calls the service.</summary>
public sealed record EvaluationInput(Scores Scores, string? Comment);

public sealed record ValueInput(DateOnly? On, decimal Value, string? Unit, string? Source);

public sealed record IndicatorInput(string? Name, string? Unit, decimal Baseline, decimal Target);

public sealed record RoundInput(string? Title, DateOnly? OpensOn, DateOnly? ClosesOn);

public sealed record ReportInput(string? Title, string? Organisation, string? Summary, UploadedFile? Document);
