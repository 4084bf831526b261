using System.Reflection;
using System.Text.Json;
using AgreementLang.Diagnostics;
using AgreementLang.Formatting;
using AgreementLang.Model;
using AgreementLang.Rendering.Schedules;
using AgreementLang.Syntax;
using AgreementLang.Tests.Properties;
using AgreementLang.Text;

namespace AgreementLang.Tests.Model;

/// <summary>The one walk over the model (issue 13, point 1). Adding a kind of term means adding a method to
/// <see cref="ITermVisitor{TResult}"/>, which breaks the build of every consumer until it says what it does with
/// the kind: the draft's wording and annexes, removals, the schedule's sections, the fidelity test's facts.
/// These tests close what the compiler cannot: that the visitor has a method for every kind, that the property
/// generator makes every kind, and that the schedule writer lists terms where the visitor says.</summary>
public class TermVisitorTests
{
    private static readonly Type[] Kinds = typeof(AgreementTerm).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(AgreementTerm)) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_visitor_has_one_method_for_every_kind_of_term()
    {
        var visited = typeof(ITermVisitor<>).GetMethods().Where(m => m.Name == "Visit").Select(m => m.GetParameters().Single().ParameterType)
            .OrderBy(t => t.Name, StringComparer.Ordinal).ToArray();
        Assert.Equal(Kinds, visited);
        Assert.True(Kinds.Length >= 13, "expected the thirteen kinds of term of December 2026");
    }

    [Fact]
    public void Every_kind_of_term_accepts_its_own_visit()
    {
        foreach (var kind in Kinds)
        {
            var accept = kind.GetMethod(nameof(AgreementTerm.Accept))!;
            Assert.Equal(kind, accept.DeclaringType);
        }
    }

    [Fact]
    public void The_consumers_of_terms_are_visitors()
    {
        var consumers = new[] { typeof(ScheduleSections).Assembly, typeof(AgreementTerm).Assembly, typeof(TermVisitorTests).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ITermVisitor<>)))
            .Select(t => t.Name)
            .ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["TermViews", "AnnexTerms", "Remover", "ScheduleSections", "TermFacts", "TermIndex", "Writer", "DefinitionUses"], StringComparer.Ordinal), consumers);
    }

    [Fact]
    public void The_property_generator_makes_every_kind_of_term()
    {
        var made = new HashSet<Type>();
        for (var seed = 1; seed < 400 && made.Count < Kinds.Length; seed++)
        {
            var set = ModelFactory.Build(seed, 16);
            made.UnionWith(set.Agreements.SelectMany(a => a.Terms).Concat(set.Amendments.SelectMany(a => a.Terms)).Select(t => t.GetType()));
        }

        Assert.Equal(Kinds, made.OrderBy(t => t.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void The_schedule_lists_each_term_in_the_section_the_visitor_gives_and_nowhere_else()
    {
        for (var seed = 1; seed <= 60; seed++)
        {
            var set = Compilation.Create([new SourceText("generated/" + seed + ".agr", ModelPrinter.Print(ModelFactory.Build(seed, 12)))]).Model;
            using var json = JsonDocument.Parse(JsonScheduleWriter.Write(set, []));
            var listed = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
            foreach (var section in json.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array))
            {
                listed[section.Name] = section.Value.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("source", out _))
                    .Select(e => e.GetProperty("source").GetProperty("line").GetInt32()).ToHashSet();
            }

            foreach (var term in set.Agreements.SelectMany(a => a.Terms))
            {
                var line = term.Location.Start.Line;
                var section = ScheduleSections.Of(term);
                var where = listed.Where(p => p.Value.Contains(line)).Select(p => p.Key).ToArray();
                if (section is null)
                {
                    Assert.True(where.Length == 0, $"seed {seed}: {term.Key} (line {line}) is drafted only, but the schedule lists it in {string.Join(", ", where)}");
                }
                else
                {
                    Assert.True(where.Contains(section), $"seed {seed}: {term.Key} (line {line}) is missing from the schedule's {section}");
                }
            }
        }
    }
}
