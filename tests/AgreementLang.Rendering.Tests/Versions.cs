using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Rendering.Redline;
using AgreementLang.Tests.Infrastructure;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Tests;

/// <summary>The two negotiation rounds of examples/versions, compiled once with repository-relative paths, and the
/// redline of their US–Japan agreement.</summary>
public static class Versions
{
    public const string Agreement = "US-JP-2026";
    public const string Old = "examples/versions/round-1";
    public const string New = "examples/versions/round-2";

    private static readonly Lazy<AgreementSet> LazyOld = new(() => Compile(Old));
    private static readonly Lazy<AgreementSet> LazyNew = new(() => Compile(New));

    public static AgreementSet OldModel => LazyOld.Value;

    public static AgreementSet NewModel => LazyNew.Value;

    public static RedlineDraft Redline()
    {
        var renderer = new DraftRenderer();
        return RedlineDraft.Compare(
            renderer.Build(OldModel, OldModel.Agreements.Single(a => a.Name == Agreement)),
            renderer.Build(NewModel, NewModel.Agreements.Single(a => a.Name == Agreement)));
    }

    public static RedlineOptions Options(bool changes = false) =>
        new(RedlineOptions.DefaultAuthor, null, Old, New, changes ? Model.Versions.ModelDiff.Compare(OldModel, NewModel) : null);

    private static AgreementSet Compile(string folder)
    {
        var sources = Directory.GetFiles(Repository.PathOf(folder), "*.agr")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new SourceText(folder + "/" + Path.GetFileName(p), File.ReadAllText(p)));
        var compilation = Compilation.Create(sources);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        return compilation.Model;
    }
}
