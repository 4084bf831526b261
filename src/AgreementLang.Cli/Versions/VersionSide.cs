using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Semantics;
using AgreementLang.Syntax;
using AgreementLang.Text;

namespace AgreementLang.Cli.Versions;

/// <summary>One version of a set, compiled as <c>agr check</c> compiles it: a file or folder on disk, or a git
/// revision (<see cref="GitRevision"/>). <see cref="Names"/> gives each text the name it has inside its version (the
/// path under the folder, or in the repository), which is how the two versions' files are paired.</summary>
///
/// A version is parsed and bound, not checked: comparing needs the model, and running the conflict checks on both
/// sides would double the time of a diff of a large zone for findings it does not print (run <c>agr check</c>).
public sealed record VersionSide(string Label, IReadOnlyList<SourceText> Sources, IReadOnlyDictionary<SourceText, string> Names,
    IReadOnlyList<DocumentSyntax> Documents, AgreementSet Model)
{
    /// <summary>Reads and compiles a file or folder; null (with the reasons on standard error) when it is missing,
    /// unreadable, empty or does not parse.</summary>
    public static VersionSide? FromPath(string path, TextWriter stderr)
    {
        var collected = SourceCollector.Collect(new[] { path });
        var errors = collected.Errors.ToList();
        if (errors.Count == 0 && collected.Sources.Count == 0)
        {
            errors.Add($"agr: no .agr file in '{path}': nothing to compare");
        }

        foreach (var error in errors)
        {
            stderr.WriteLine(TerminalText.Escape(error));
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var isFolder = Directory.Exists(path);
        var names = collected.Sources.ToDictionary(s => s, s =>
            (isFolder ? Path.GetRelativePath(Path.GetFullPath(path), Path.GetFullPath(s.Path)) : Path.GetFileName(s.Path)).Replace('\\', '/'));
        return Compile(path, collected.Sources, collected.EncodingProblems, names, stderr);
    }

    /// <summary>Reads and compiles the <c>.agr</c> files of a git revision under <paramref name="paths"/>.</summary>
    public static VersionSide? FromGit(string revision, IReadOnlyList<string> paths, TextWriter stderr)
    {
        var read = GitRevision.Load(revision, paths);
        if (read.Error is not null)
        {
            stderr.WriteLine(TerminalText.Escape(read.Error));
            return null;
        }

        var names = read.Sources.ToDictionary(s => s, s => s.Path.Substring(revision.Length + 1));
        return Compile(revision, read.Sources, read.EncodingProblems, names, stderr);
    }

    private static VersionSide? Compile(string label, IReadOnlyList<SourceText> sources, IReadOnlyList<Diagnostic> encoding,
        IReadOnlyDictionary<SourceText, string> names, TextWriter stderr)
    {
        var documents = sources.Select(Parser.Parse).ToArray();
        var syntax = encoding.Concat(documents.SelectMany(d => d.Diagnostics.Concat(TextCharacters.Check(d.Source))))
            .Where(d => d.Severity == DiagnosticSeverity.Error && IsSyntax(d.Code))
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal).ThenBy(d => d.Location.Span.Start)
            .ToList();
        foreach (var diagnostic in syntax)
        {
            stderr.WriteLine(DiagnosticWriter.Line(diagnostic));
        }

        if (syntax.Count > 0)
        {
            stderr.WriteLine(TerminalText.Escape($"agr: '{label}' has syntax errors: nothing compared"));
            return null;
        }

        return new VersionSide(label, sources, names, documents, Binder.Bind(documents).Set);
    }

    /// <summary>AGR001–AGR099 are the syntax diagnostics (docs/diagnostics.md, "Syntax"). Errors of meaning or
    /// conflicts do not stop a comparison: a draft in negotiation often has some, and its model is still complete.</summary>
    private static bool IsSyntax(string code) => code.StartsWith("AGR0", StringComparison.Ordinal);
}
