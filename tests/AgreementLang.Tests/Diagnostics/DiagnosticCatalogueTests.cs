using System.Reflection;
using System.Text.RegularExpressions;
using AgreementLang.Catalog;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Tests.Infrastructure;
using AgreementLang.Text;

namespace AgreementLang.Tests.Diagnostics;

public sealed class DiagnosticCatalogueTests
{
    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = DiagnosticCatalog.All.Select(d => d.Code).ToArray();
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches("^AGR[0-3][0-9]{2}$", code));
    }

    [Fact]
    public void Every_code_is_documented_in_its_range_and_no_section_documents_an_unknown_code()
    {
        var text = File.ReadAllText(Repository.PathOf("docs/diagnostics.md"));
        var documented = Regex.Matches(text, @"^### (AGR\d{3}):", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(documented.Length, documented.Distinct().Count());
        var codes = DiagnosticCatalog.All.Select(d => d.Code).ToArray();
        Assert.Empty(codes.Except(documented));
        Assert.Empty(documented.Except(codes));
    }

    /// <summary>Each code is made by exactly one typed method of <see cref="Diagnostic"/>, named as its descriptor
    /// field, and each such method makes its own code at its default severity with every value in its message.</summary>
    [Fact]
    public void Every_code_has_exactly_one_typed_factory_that_makes_it()
    {
        var at = new Location(new SourceText("x.agr", "x"), new TextSpan(0, 1));
        var made = new List<(string Method, Diagnostic Diagnostic)>();
        foreach (var method in Factories())
        {
            var parameters = method.GetParameters();
            var args = parameters.Select((p, i) => Sample(p.ParameterType, i, at)).ToArray();
            var diagnostic = (Diagnostic)method.Invoke(null, args)!;
            made.Add((method.Name, diagnostic));
            Assert.Same(diagnostic.Descriptor, typeof(DiagnosticCatalog).GetField(method.Name)!.GetValue(null));
            Assert.Equal(diagnostic.Descriptor.DefaultSeverity, diagnostic.Severity);
            Assert.Same(at, diagnostic.Location);
            Assert.Empty(diagnostic.Related);
            foreach (var text in args.OfType<string>())
            {
                Assert.Contains(text, diagnostic.Message, StringComparison.Ordinal);
            }
        }

        var codes = made.Select(m => m.Diagnostic.Code).ToArray();
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.Equal(DiagnosticCatalog.All.Select(d => d.Code), codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_diagnostic_cannot_be_made_but_through_the_typed_factory_of_its_code()
    {
        var constructors = typeof(Diagnostic).GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance);
        Assert.All(constructors, c => Assert.True(c.IsPrivate, c.ToString()));
        Assert.DoesNotContain(typeof(Diagnostic).GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static),
            m => m.GetParameters().Any(p => p.ParameterType == typeof(DiagnosticDescriptor)));
    }

    /// <summary>The public static methods of <see cref="Diagnostic"/> that make one (the typed factories).</summary>
    private static IEnumerable<MethodInfo> Factories() =>
        typeof(Diagnostic).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(Diagnostic));

    /// <summary>A distinct value of each parameter's type, so that the test sees each one land in the message.</summary>
    private static object? Sample(Type type, int i, Location at) =>
        type == typeof(Location) ? at
        : type == typeof(string) ? "value" + i + "x"
        : type == typeof(int) ? 1_000 + i
        : type == typeof(byte) ? (byte)(0xA0 + i)
        : type == typeof(Percentage) ? new Percentage(10 + i)
        : type == typeof(MineralStage) ? new MineralStage("Mineral" + i, "stage", StageLevel.Ore)
        : type == typeof(Rate) ? new Rate(new Percentage(i), null, null)
        : throw new InvalidOperationException("no sample for " + type);

    [Fact]
    public void Help_links_point_at_the_code_section()
    {
        Assert.All(DiagnosticCatalog.All, d => Assert.EndsWith("docs/diagnostics.md#" + d.Code.ToLowerInvariant(), d.HelpLink));
    }
}
