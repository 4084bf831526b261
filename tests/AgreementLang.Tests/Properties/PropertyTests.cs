using System.Text;
using AgreementLang.Catalog;
using AgreementLang.Checks;
using AgreementLang.Configuration;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Semantics;
using AgreementLang.Syntax;
using AgreementLang.Formatting;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;
using Xunit.Sdk;
using AgreementLang.Text;

namespace AgreementLang.Tests.Properties;

/// <summary>The four guarantees, each as a property over at least AGR_PROPERTY_CASES (default 10,000) cases:
/// (a) a generated model printed as text parses and binds back to the same model; (b) formatting is idempotent,
/// insensitive to spacing, and never refuses a file that parses; (c) parse, bind, check and format never throw
/// and always finish, on arbitrary strings and on mutated example files; (d) every diagnostic lies inside its
/// file. Failures print the seed (and the text) that reproduces them.</summary>
internal static class PropertyChecks
{
    internal static Gen<ModelCase> Models() =>
        Gen.Sized(size => Gen.Choose(0, int.MaxValue).Select(seed => new ModelCase(seed, size)));

    /// <summary>Bind, check and format after parsing; nothing may throw; every span lies inside its file; a file
    /// that parses cleanly must be formatted (never refused), to a fixed point.</summary>
    internal static void Survive(IReadOnlyList<DocumentSyntax> set, IReadOnlyList<SourceText> toFormat, object c, Diagnostic? problem = null)
    {
        Compilation compilation;
        try
        {
            compilation = Compilation.Create(set);
        }
        catch (Exception e)
        {
            throw new XunitException($"{c}: the compilation threw {e}");
        }

        Inputs.AssertSpansInside(compilation.Diagnostics);
        if (problem is not null)
        {
            Inputs.AssertSpansInside(new[] { problem });
        }

        IReadOnlyList<FormatResult> results;
        try
        {
            results = SafeFormatter.FormatSet(toFormat);
        }
        catch (Exception e)
        {
            throw new XunitException($"{c}: formatting threw {e}");
        }

        foreach (var result in results)
        {
            if (result.Status == FormatStatus.Refused)
            {
                throw new XunitException($"{c}: a file that parses was refused: {result.Reason}");
            }

            if (result.Status == FormatStatus.Formatted &&
                Formatter.Format(Parser.Parse("again.agr", result.Text!), SafeFormatter.NewLineOf(result.Text!)) != result.Text)
            {
                throw new XunitException($"{c}: formatting is not idempotent");
            }
        }
    }

    internal static string FormatOrFail(object c, string text)
    {
        var result = SafeFormatter.Format(new SourceText("g.agr", text));
        if (result.Status is not (FormatStatus.Formatted or FormatStatus.Unchanged))
        {
            throw new XunitException($"{c}: {result.Status}: {result.Reason} {string.Join("; ", result.SyntaxDiagnostics)}\n{text}");
        }

        return result.Text!;
    }

    internal static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return $"line {i + 1} of the dump: expected '{a[i].Trim()}', bound '{b[i].Trim()}' (after '{(i > 0 ? a[i - 1].Trim() : "")}')";
            }
        }

        return $"the dumps have {a.Length} and {b.Length} lines";
    }
}

/// <summary>Property (a): generated models round-trip through text.</summary>
public sealed class ModelPropertyTests
{
    private readonly ITestOutputHelper _output;

    public ModelPropertyTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void A_generated_model_printed_as_text_binds_back_to_the_same_model()
    {
        PropertyRun.Check(_output, "model round trip", PropertyChecks.Models(), c =>
        {
            var model = ModelFactory.Build(c.Seed, c.Size);
            var text = ModelPrinter.Print(model);
            var document = Parser.Parse("generated.agr", text);
            if (document.Diagnostics.Count > 0)
            {
                throw new XunitException($"{c}: the printed model does not parse: {document.Diagnostics[0]}\n{text}");
            }

            var (bound, diagnostics) = Binder.Bind(new[] { document });
            Inputs.AssertSpansInside(diagnostics);

            // The conflict checks run over these varied, valid models too: they must not throw on them.
            IReadOnlyList<Diagnostic> conflicts;
            try
            {
                conflicts = Checker.Run(bound, MineralCatalog.Default, CompilationOptions.Default);
            }
            catch (Exception e)
            {
                throw new XunitException($"{c}: the checks threw {e}\n{text}");
            }

            Inputs.AssertSpansInside(conflicts);
            var expected = StructuralDump.Of(model);
            var actual = StructuralDump.Of(bound);
            if (expected != actual)
            {
                throw new XunitException($"{c}: the text binds to another model: {PropertyChecks.FirstDifference(expected, actual)}\n" +
                                         string.Join("\n", diagnostics) + "\n" + text);
            }
        });
    }
}

/// <summary>Property (b): formatting is idempotent, blind to spacing, and safe on generated and example files.</summary>
public sealed class FormatPropertyTests
{
    private readonly ITestOutputHelper _output;

    public FormatPropertyTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Formatting_generated_files_is_idempotent_whatever_their_spacing_comments_and_blank_lines()
    {
        PropertyRun.Check(_output, "fmt on generated files", PropertyChecks.Models(), c =>
        {
            var random = new Random(c.Seed);
            var printed = ModelPrinter.Print(ModelFactory.Build(c.Seed, c.Size));
            var respaced = Inputs.Respace(printed, random);
            var annotated = Inputs.Annotate(respaced, random);

            // Spacing alone never changes the canonical text.
            Assert.Equal(Formatter.Format(Parser.Parse("g.agr", printed)), Formatter.Format(Parser.Parse("g.agr", respaced)));

            // With comments and blank lines as well, the safe formatter accepts it: the formatted text has the same
            // syntax, comments and model, and formatting it again changes nothing (SafeFormatter checks each).
            PropertyChecks.FormatOrFail(c, annotated);
        });
    }

    [Fact]
    public void Formatting_the_examples_respaced_gives_their_canonical_text()
    {
        var gen = from file in Gen.Elements(Inputs.ExampleFiles) from seed in Gen.Choose(0, int.MaxValue) select (file, seed);
        PropertyRun.Check(_output, "fmt on respaced examples", gen, c =>
        {
            var (source, problem) = SourceLoader.Load(c.file, Inputs.Example(c.file));
            if (problem is not null || Parser.Parse(source).Diagnostics.Count > 0)
            {
                return;
            }

            var canonical = PropertyChecks.FormatOrFail(c, source.Text);
            var respaced = Inputs.Respace(source.Text, new Random(c.seed));
            Assert.Equal(canonical, PropertyChecks.FormatOrFail(c, respaced));
            Assert.Equal(canonical, PropertyChecks.FormatOrFail(c, canonical));
        });
    }
}

/// <summary>Properties (c) and (d), in a class of their own so that xunit runs them beside the others.</summary>
public sealed class RobustnessPropertyTests
{
    private readonly ITestOutputHelper _output;

    public RobustnessPropertyTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Arbitrary_text_never_makes_parse_bind_check_or_format_throw_and_every_span_is_inside()
    {
        PropertyRun.Check(_output, "arbitrary text", Inputs.Texts(), c =>
        {
            var text = new SourceText("arbitrary.agr", c.Text);
            PropertyChecks.Survive(new[] { Parser.Parse(text) }, new[] { text }, c);

            // The same text read from bytes, as the command line reads it.
            var (source, problem) = SourceLoader.Load("bytes.agr", Encoding.UTF8.GetBytes(c.Text));
            PropertyChecks.Survive(new[] { Parser.Parse(source) }, new[] { source }, c, problem);
        });
    }

    [Fact]
    public void Mutated_examples_never_make_parse_bind_check_or_format_throw_and_every_span_is_inside()
    {
        var forge = Inputs.ExampleFiles.Where(f => f.StartsWith("examples/forge/", StringComparison.Ordinal))
            .ToDictionary(f => f, f => Parser.Parse(SourceLoader.Load(f, Inputs.Example(f)).Text));
        PropertyRun.Check(_output, "mutated examples", Inputs.Mutations(), c =>
        {
            var (mutated, problem) = SourceLoader.Load(c.File, c.Bytes());

            // A mutated forge file is checked in its set (the others parsed once), so that broken declarations
            // meet the names of the others.
            var document = Parser.Parse(mutated);
            var set = forge.ContainsKey(c.File) ? forge.Select(f => f.Key == c.File ? document : f.Value).ToArray() : new[] { document };
            PropertyChecks.Survive(set, new[] { mutated }, c, problem);
        });
    }
}
