using System.Reflection;
using Microsoft.CodeAnalysis;
using LanguageCatalog = AgreementLang.Diagnostics.DiagnosticCatalog;
using LanguageSeverity = AgreementLang.Diagnostics.DiagnosticSeverity;

namespace AgreementLang.Analyzers.Tests;

public sealed class DescriptorTests
{
    private static readonly AgreementAnalyzer Analyzer = new();

    [Fact]
    public void Every_catalogue_code_has_a_descriptor_built_from_it()
    {
        var supported = Analyzer.SupportedDiagnostics.ToDictionary(d => d.Id);
        Assert.NotEmpty(LanguageCatalog.All);
        foreach (var entry in LanguageCatalog.All)
        {
            Assert.True(supported.TryGetValue(entry.Code, out var descriptor), $"{entry.Code} has no descriptor");
            Assert.Equal(entry.Title, descriptor!.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(entry.Category, descriptor.Category);
            Assert.Equal(entry.HelpLink, descriptor.HelpLinkUri);
            Assert.Contains("docs/diagnostics.md#" + entry.Code.ToLowerInvariant(), descriptor.HelpLinkUri, StringComparison.Ordinal);
            Assert.Equal("{0}", descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(entry.DefaultSeverity != LanguageSeverity.None, descriptor.IsEnabledByDefault);
            var expected = entry.DefaultSeverity switch
            {
                LanguageSeverity.Error => DiagnosticSeverity.Error,
                LanguageSeverity.Warning => DiagnosticSeverity.Warning,
                LanguageSeverity.Info => DiagnosticSeverity.Info,
                _ => DiagnosticSeverity.Hidden,
            };
            Assert.Equal(expected, descriptor.DefaultSeverity);
        }

        // And nothing the catalogue does not know.
        Assert.Equal(LanguageCatalog.All.Select(e => e.Code).OrderBy(c => c), supported.Keys.OrderBy(c => c));
    }

    [Fact]
    public void Only_syntax_codes_are_reported_per_file_the_rest_carry_the_CompilationEnd_tag()
    {
        foreach (var descriptor in Analyzer.SupportedDiagnostics)
        {
            var isSyntax = LanguageCatalog.Find(descriptor.Id)!.Category == "Syntax";
            Assert.Equal(!isSyntax, descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd));
        }
    }

    [Fact]
    public void The_analyzer_is_built_against_a_Roslyn_the_SDK_compiler_can_load()
    {
        // An analyzer that references a newer Microsoft.CodeAnalysis than the compiler running it is not loaded
        // (CS9057), and every check would vanish: the SDK's compiler is 5.x, the analyzer must stay on 4.8.
        var roslyn = typeof(AgreementAnalyzer).Assembly.GetReferencedAssemblies().Single(a => a.Name == "Microsoft.CodeAnalysis");
        Assert.Equal(new Version(4, 8, 0, 0), roslyn.Version);
        var target = typeof(AgreementAnalyzer).Assembly.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>();
        Assert.Equal(".NETStandard,Version=v2.0", target!.FrameworkName);
    }
}
