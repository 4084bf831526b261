using System.Reflection;
using System.Runtime.CompilerServices;
using AgreementLang.Model;
using AgreementLang.Rendering.Legal;
using AgreementLang.Rendering.Legal.Articles;
using AgreementLang.Rendering.Templates;

namespace AgreementLang.Rendering.Tests;

/// <summary>The article families are registered in one list (<see cref="ArticleOrder.Families"/>), whose order is
/// the order of the articles. As a Roslyn visitor that must handle every kind of node, these tests close what the
/// compiler cannot: a family class that is not in the list (it would never be drafted) or is in it twice (its
/// article would be drafted twice), a kind of term routed to a family that is not in the list, and a wording
/// template that no family renders.</summary>
public class ArticleFamilyTests
{
    private static readonly Type[] FamilyTypes = typeof(IArticleFamily).Assembly.GetTypes()
        .Where(t => typeof(IArticleFamily).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void Every_article_family_class_is_registered_exactly_once()
    {
        Assert.True(FamilyTypes.Length >= 11, "expected the eleven article families of December 2026");
        foreach (var type in FamilyTypes)
        {
            var registered = ArticleOrder.Families.Count(f => f.GetType() == type);
            Assert.True(registered == 1, type.Name + " is registered " + registered + " times in ArticleOrder.Families; every family must be there exactly once");
        }

        Assert.Equal(FamilyTypes.Length, ArticleOrder.Families.Length);
    }

    [Fact]
    public void Every_family_instance_that_ArticleOrder_declares_is_in_its_list()
    {
        var declared = typeof(ArticleOrder).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => typeof(IArticleFamily).IsAssignableFrom(f.FieldType))
            .Select(f => (f.Name, Family: (IArticleFamily)f.GetValue(null)!))
            .ToArray();
        Assert.NotEmpty(declared);
        foreach (var (name, family) in declared)
        {
            Assert.True(ArticleOrder.Families.Any(f => ReferenceEquals(f, family)), "ArticleOrder." + name + " is not in ArticleOrder.Families");
        }
    }

    [Fact]
    public void Family_names_are_distinct_and_each_has_its_own_wording_template()
    {
        var names = ArticleOrder.Families.Select(f => f.Name).ToArray();
        Assert.Equal(names.Distinct(StringComparer.Ordinal), names);
        Assert.Equal(names, DraftBuilder.ArticleFamilies);

        // Every wording template is an article's, or a clause of one ("final-provisions.withdrawal.hbs"), except
        // the preamble and the closing around the articles: a template no family renders would be dead wording.
        var wording = TemplateSet.Names.Where(n => !n.StartsWith("draft.", StringComparison.Ordinal) && !n.StartsWith("report.", StringComparison.Ordinal))
            .Except(["preamble.hbs", "closing.hbs"], StringComparer.Ordinal)
            .ToArray();
        foreach (var template in wording)
        {
            Assert.True(names.Any(n => template == n + ".hbs" || template.StartsWith(n + ".", StringComparison.Ordinal)), template + " belongs to no article family");
        }

        Assert.Subset(wording.ToHashSet(StringComparer.Ordinal), names.Select(n => n + ".hbs").ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_kind_of_term_is_stated_by_a_registered_family()
    {
        var kinds = typeof(AgreementTerm).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(AgreementTerm)) && !t.IsAbstract).ToArray();
        Assert.True(kinds.Length >= 13, "expected the thirteen kinds of term of December 2026");
        foreach (var kind in kinds)
        {
            // Accept only calls the visitor's method for the kind, which reads nothing of the term.
            var term = (AgreementTerm)RuntimeHelpers.GetUninitializedObject(kind);
            var family = term.Accept(TermViews.Instance);
            Assert.True(ArticleOrder.Families.Contains(family), kind.Name + " is stated by " + family.Name + ", which is not registered");
        }
    }

    [Theory]
    [MemberData(nameof(Forge.AgreementNames), MemberType = typeof(Forge))]
    public void A_drafts_articles_follow_the_registered_order(string name)
    {
        var draft = new DraftRenderer().Build(Forge.Model, Forge.Agreement(name));
        var positions = draft.Articles.Select(a => DraftBuilder.ArticleFamilies.IndexOf(a.Family)).ToArray();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(positions.Distinct(), positions);
        // Definitions come first when there are any (an agreement may use no defined term); final provisions always close.
        Assert.Equal("final-provisions", draft.Articles[^1].Family);
    }
}
