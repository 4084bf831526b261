using System.Collections.Immutable;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>Obligations and deadlines (<c>obligations.hbs</c>): who does what, by when; a deadline counted from
/// an event is resolved to its date where the model knows it ("that is, no later than 6 March 2026").</summary>
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
        var of = obligation.AnchorInstrument is { } other ? OtherInstrument(other, scope.Set) : "this " + scope.Instrument;
        var deadline = obligation.Anchor switch
        {
            DeadlineAnchor.None => "",
            DeadlineAnchor.Date => "no later than " + LegalText.Date(obligation.DueDate ?? default),
            DeadlineAnchor.Signature => "within " + LegalText.Duration(obligation.Within ?? default) + " after the date of signature of " + of,
            _ when obligation.AnchorInstrument is not null => "within " + LegalText.Duration(obligation.Within ?? default) + " after the date of entry into force of " + of,
            _ => "within " + LegalText.Duration(obligation.Within ?? default) + " after the date " + (binding ? "of entry into force" : "on which it comes into effect") + " of " + of,
        };
        if (obligation.Anchor != DeadlineAnchor.Date && obligation.DueDate is { } due)
        {
            deadline += ", that is, no later than " + LegalText.Date(due);
        }

        return new ObligationView(who, modal, obligation.Text, deadline, scope.Provenance.Mark(obligation.Location));
    }

    /// <summary>"the Framework between … (US-AU-2026)": the other instrument a deadline counts from, by its title.</summary>
    private static string OtherInstrument(string name, AgreementSet set) =>
        set.Agreements.FirstOrDefault(a => a.Name == name)?.Title is { } title ? "the " + title + " (" + name + ")" : name;
}
