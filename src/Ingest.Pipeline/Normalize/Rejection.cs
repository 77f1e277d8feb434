namespace Ingest.Pipeline.Normalize;

/// <summary>Why an article is rejected: a stable code (<see cref="Contracts.RejectionReasons"/>) and a message for a human.</summary>
public sealed record Rejection(string Reason, string Message);
