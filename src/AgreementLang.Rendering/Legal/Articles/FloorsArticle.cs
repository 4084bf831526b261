using System.Collections.Immutable;
using AgreementLang.Catalog;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>Reference prices and price floors (<c>floors.hbs</c>): who maintains each floor, at what price, from
/// when and for how long, and the mechanism that maintains it (which <see cref="MechanismsArticle"/> states).</summary>
internal sealed class FloorsArticle : IArticleFamily
{
    public string Name => "floors";

    public bool IsPresent(DraftViews views) => views.Floors.Length > 0;

    public void Describe(ArticleScope scope, IReadOnlyList<AgreementTerm> terms, DraftViews views)
    {
        var floors = ImmutableArray.CreateBuilder<FloorView>(terms.Count);
        foreach (var term in terms)
        {
            var floor = (Floor)term;
            floors.Add(View(floor, scope, scope.Provenance.Mark(floor.Location)));
        }

        views.Floors = floors.MoveToImmutable();
    }

    private static FloorView View(Floor floor, ArticleScope scope, string trace)
    {
        var (agreement, names, binding, form) = (scope.Agreement, scope.Names, scope.Binding, scope.Form);
        var price = Annexes.FloorPrice(floor, scope.Zone);
        var mechanism = floor.Mechanism;
        var payer = new List<string>();
        if (mechanism.Beneficiary is { } beneficiary)
        {
            foreach (var other in agreement.Parties)
            {
                if (other.Code != beneficiary)
                {
                    payer.Add(other.Code);
                }
            }
        }

        var payers = payer.Count > 0 ? names.List(payer) : null;
        var from = floor.Period.From is { } f && f != agreement.EffectiveFrom ? LegalText.Date(f) : null;

        // Who maintains the floor: every party of a treaty; in a contract only the parties that are not the
        // company the floor protects (a company cannot keep a price floor for itself).
        var maintainers = new List<string>();
        foreach (var other in agreement.Parties)
        {
            if (form != InstrumentForm.Contract || (other.Code != mechanism.Beneficiary && other.Role != PartyRole.Producer))
            {
                maintainers.Add(other.Code);
            }
        }

        var maintainer = form == InstrumentForm.Contract && maintainers.Count > 0 ? Names.Capitalise(names.List(maintainers)) : "Each " + scope.Party;
        var maintainerShall = binding ? "shall" : form == InstrumentForm.Contract && maintainers.Count > 1 ? "intend to" : "intends to";
        return new FloorView(
            names.Goods(floor.Subject),
            floor.AtReferencePrice,
            price is { } p ? LegalText.UnitPrice(p) : null,
            floor.AtReferencePrice ? "the Reference Price" : "the Floor Price",
            from,
            floor.For is { } d ? LegalText.Duration(d) : null,
            mechanism.Kind == FloorMechanismKind.AdjustableTariff,
            mechanism.Kind == FloorMechanismKind.PriceGapPayment,
            mechanism.Kind == FloorMechanismKind.MinimumImportPrice,
            mechanism.Scope is { } scopeOf ? ScopeWords.Of(scopeOf, "originating in") : null,
            floor.TariffCap is { } cap ? LegalText.Percent(cap) : null,
            floor.Review is { } review ? LegalText.Review(review) : null,
            mechanism.Beneficiary is { } b ? names.Of(b) : null,
            payers is not null ? Names.Capitalise(payers) : binding ? "The Parties" : "The Participants",
            payers ?? (binding ? "the Parties" : "the Participants"),
            binding ? "shall" : payer.Count == 1 ? "intends to" : "intend to",
            mechanism.Clawback is { } clawback ? LegalText.Percent(clawback) : null,
            maintainer,
            maintainerShall,
            trace)
        {
            Benchmark = mechanism.Against is { } against ? (against.Index is { } index ? "the benchmark \u201c" + index + "\u201d" : "the market price") : null,
            UpsideShare = mechanism.UpsideShare is { } upside ? LegalText.Percent(upside) : null,
            ExportTax = mechanism.Kind == FloorMechanismKind.ExportTax && mechanism.ExportTaxRate is { } tax ? LegalText.Percent(tax) : null,
            ExportScope = mechanism.Kind == FloorMechanismKind.ExportTax && mechanism.Scope is { Kind: not ScopeKind.All } exports ? ScopeWords.Of(exports, "to") : null,
        };
    }
}
