namespace Citations.Core.Pipeline;

/// <summary>
/// The version of what <see cref="DocumentExtractor"/> produces. A stored library re-parses every document
/// parsed with another version, so raise it whenever a change to the note finder, the grammar or the
/// back-reference resolver changes the notes, citations or references of a document.
/// </summary>
public static class ParserVersion
{
    public const string Current = "2026.11.21.2";
}
