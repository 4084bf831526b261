using System.Collections.Immutable;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>Obligations and deadlines (<c>obligations.hbs</c>): who does what, by when; a deadline counted from
/// an event is resolved to its date where the model knows it ("that is, no later than 6 March 2026"), in the
/// words of <c>obligations.deadline.hbs</c>.</summary>
internal sealed class ObligationsArticle : IArticleFamily
{
    public string Name => "obligations";

    public bool IsPresent(DraftViews views) => views.Obligations.Length > 0;

    public void Describe(ArticleScope scope, IReadOnlyList<AgreementTerm> terms, DraftViews views)
    {
        var obligations = ImmutableArray.CreateBuilder<ObligationView>(terms.Count);
        foreach (var term in terms)
        {
            obligations.Add(View((Obligation)term, scope));
        }

        views.Obligations = obligations.MoveToImmutable();
    }

    private static ObligationView View(Obligation obligation, ArticleScope scope)
    {
        var (agreement, binding) = (scope.Agreement, scope.Binding);
        var all = obligation.Parties.Length > 1 && obligation.Parties.Length == agreement.Parties.Length;
        foreach (var p in agreement.Parties)
        {
            all = all && obligation.Parties.Contains(p.Code);
        }

        var who = all ? "The " + DraftBuilder.Plural(scope.Party) : Names.Capitalise(scope.Names.List(obligation.Parties));
        var plural = obligation.Parties.Length > 1;
        var modal = binding ? "shall" : plural ? "intend to" : "intends to";
        var deadline = obligation.Anchor == DeadlineAnchor.None ? "" : ClauseText.Of(scope, DeadlineTemplate, Deadline(obligation, scope));
        return new ObligationView(who, modal, obligation.Text, deadline, scope.Provenance.Mark(obligation.Location));
    }

    public const string DeadlineTemplate = "obligations.deadline.hbs";

    /// <summary>The facts of a deadline, for <c>obligations.deadline.hbs</c>: a date the source states, or a period
    /// after signature or entry into force, of this instrument or another, with the date it falls on when known.</summary>
    private static DeadlineView Deadline(Obligation obligation, ArticleScope scope)
    {
        var other = obligation.AnchorInstrument is { } name ? OtherInstrument(name, scope.Set) : null;
        return obligation.Anchor == DeadlineAnchor.Date
            ? new DeadlineView(scope.Instrument, scope.Binding, LegalText.Date(obligation.DueDate ?? default), null, false, other, null)
            : new DeadlineView(scope.Instrument, scope.Binding, null, LegalText.Duration(obligation.Within ?? default), obligation.Anchor == DeadlineAnchor.Signature, other,
                obligation.DueDate is { } due ? LegalText.Date(due) : null);
    }

    /// <summary>"the Framework between … (US-AU-2026)": the other instrument a deadline counts from, by its title.</summary>
    private static string OtherInstrument(string name, AgreementSet set) =>
        set.Agreements.FirstOrDefault(a => a.Name == name)?.Title is { } title ? "the " + title + " (" + name + ")" : name;
}
