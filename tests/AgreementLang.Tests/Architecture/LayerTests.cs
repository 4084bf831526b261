using System.Reflection;
using System.Text.RegularExpressions;
using AgreementLang.Checks;
using AgreementLang.Tests.Infrastructure;
using NetArchTest.Rules;

namespace AgreementLang.Tests.Architecture;

/// <summary>The layers of the language library, lowest first, and what each may use. A layer uses only layers
/// below it: text, the catalogue and the model, then diagnostics (whose messages name model values), then syntax, then binding, checks, formatting and versions,
/// then the <see cref="Compilation"/> that ties them together. Two views are checked: the compiled types (every
/// reference the IL makes, fully qualified names and extension methods included) and the source files' using
/// directives (a backwards <c>using</c> is a dependency waiting to happen, even before it is used).</summary>
public sealed partial class LayerTests
{
    private static readonly Assembly Language = typeof(Compilation).Assembly;

    /// <summary>Each namespace under AgreementLang (sub-namespaces such as Model.Versions belong to their first
    /// part) and the namespaces it may use besides its own. Root is the AgreementLang namespace itself.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> MayUse = new Dictionary<string, string[]>
    {
        ["Text"] = [],
        ["Concurrency"] = [],
        ["Trimming"] = [],
        ["Catalog"] = ["Trimming", "Text"],
        ["Model"] = ["Trimming", "Text", "Catalog"],
        ["Diagnostics"] = ["Trimming", "Text", "Catalog", "Model"],
        ["Configuration"] = ["Trimming", "Text", "Diagnostics"],
        ["Syntax"] = ["Trimming", "Text", "Concurrency", "Diagnostics", "Catalog"],
        ["Semantics"] = ["Trimming", "Text", "Concurrency", "Diagnostics", "Catalog", "Syntax", "Model"],
        ["Checks"] = ["Trimming", "Text", "Concurrency", "Diagnostics", "Catalog", "Configuration", "Model"],
        ["Formatting"] = ["Trimming", "Text", "Concurrency", "Diagnostics", "Catalog", "Syntax", "Model", "Semantics"],
        ["Versions"] = ["Trimming", "Text", "Concurrency", "Diagnostics", "Catalog", "Configuration", "Syntax", "Model", "Semantics", "Checks", "Formatting", "Root"],
        ["Root"] = ["Trimming", "Text", "Concurrency", "Diagnostics", "Catalog", "Configuration", "Syntax", "Model", "Semantics", "Checks", "Formatting", "Versions"],
    };

    /// <summary>The types of the AgreementLang namespace itself (not of a sub-namespace).</summary>
    private static readonly string[] RootTypes = Language.GetTypes()
        .Where(t => t.Namespace == "AgreementLang" && !t.IsNested && !t.Name.StartsWith('<'))
        .Select(t => t.FullName!)
        .ToArray();

    public static TheoryData<string> Layers() => new(MayUse.Keys.Where(k => k != "Root"));

    [Theory]
    [MemberData(nameof(Layers))]
    public void A_layer_uses_no_layer_above_it_in_its_compiled_types(string layer)
    {
        var forbidden = Forbidden(layer).SelectMany(Targets).ToArray();
        var result = Types.InAssembly(Language)
            .That().ResideInNamespaceMatching($@"^AgreementLang\.{layer}(\..*)?$")
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        Assert.True(result.SelectedTypesForTesting.Any(), $"no type in AgreementLang.{layer}: is the layer table out of date?");
        Assert.True(result.IsSuccessful,
            $"AgreementLang.{layer} may use only {string.Join(", ", MayUse[layer].DefaultIfEmpty("nothing"))} of the language; these types use a layer above it:\n"
            + string.Join("\n", (result.FailingTypes ?? []).Select(t => $"  {t.FullName}: {t.Explanation}")));
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void A_layer_has_no_using_directive_for_a_layer_above_it(string layer)
    {
        var folder = Path.Combine(Repository.Root, "src", "AgreementLang", layer);
        var forbidden = Forbidden(layer).Where(l => l != "Root").ToHashSet();
        var offences = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var (line, number) in File.ReadLines(file).Select((l, i) => (l, i + 1)))
            {
                var match = UsingDirective().Match(line);
                if (match.Success && forbidden.Contains(match.Groups["layer"].Value))
                {
                    offences.Add($"  {Path.GetRelativePath(Repository.Root, file)}({number}): {line.Trim()}");
                }
            }
        }

        Assert.True(offences.Count == 0, $"AgreementLang.{layer} may not use a layer above it:\n" + string.Join("\n", offences));
    }

    [Fact]
    public void Every_namespace_of_the_language_has_a_place_in_the_layers()
    {
        var namespaces = Language.GetTypes()
            .Select(t => t.Namespace)
            .Where(n => n is not null && n.StartsWith("AgreementLang", StringComparison.Ordinal))
            .Select(n => n == "AgreementLang" ? "Root" : n!.Split('.')[1])
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Empty(namespaces.Except(MayUse.Keys));
    }

    [Fact]
    public void The_language_knows_nothing_of_rendering_the_command_line_or_the_editor()
    {
        var references = Language.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.DoesNotContain(references, r => r.StartsWith("AgreementLang", StringComparison.Ordinal));

        var result = Types.InAssembly(Language)
            .ShouldNot().HaveDependencyOnAny("AgreementLang.Rendering", "AgreementLang.Cli", "AgreementLang.LanguageServer", "AgreementLang.Analyzers")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join("\n", (result.FailingTypes ?? []).Select(t => t.FullName)));
    }

    [Fact]
    public void Rendering_knows_nothing_of_the_command_line_or_the_editor()
    {
        var rendering = typeof(AgreementLang.Rendering.DraftRenderer).Assembly;
        var references = rendering.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.DoesNotContain(references, r => r is "agr" or "AgreementLang.Cli" or "AgreementLang.LanguageServer");
    }

    [Fact]
    public void The_layer_check_sees_a_backwards_dependency()
    {
        // The checker itself must not be blind: the conflict rules (Checks) depend on the model, so asking whether
        // Checks uses Model must find types. Were namespace matching broken, every layer test would pass vacuously.
        var result = Types.InAssembly(Language)
            .That().ResideInNamespaceMatching(@"^AgreementLang\.Checks(\..*)?$")
            .ShouldNot().HaveDependencyOnAny(Targets("Model").ToArray())
            .GetResult();

        Assert.False(result.IsSuccessful);
        Assert.Contains(result.FailingTypes, t => t.FullName == typeof(FloorsDisagreeRule).FullName);
        Assert.Matches(UsingDirective(), "using AgreementLang.Semantics;");
    }

    private static IEnumerable<string> Forbidden(string layer) =>
        MayUse.Keys.Where(other => other != layer && !MayUse[layer].Contains(other));

    private static IEnumerable<string> Targets(string layer) =>
        layer == "Root" ? RootTypes : ["AgreementLang." + layer];

    [GeneratedRegex(@"^\s*(global\s+)?using\s+(static\s+)?(\w+\s*=\s*)?AgreementLang\.(?<layer>\w+)")]
    private static partial Regex UsingDirective();
}
