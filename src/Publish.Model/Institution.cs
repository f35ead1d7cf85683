using System.Collections.Immutable;

namespace Publish.Model;

/// <summary>The publishing institution's block (address, telephone, web, e-mail, copyright): the editions' footer, not body text.</summary>
public sealed record Institution(ImmutableArray<InstitutionLine> Lines);
