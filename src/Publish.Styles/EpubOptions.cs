namespace Publish.Styles;

/// <summary>Options that only concern the EPUB edition.</summary>
public sealed record EpubOptions(NotesPlacement Notes, bool EmbedFonts);
