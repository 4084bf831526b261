using System.Collections.Immutable;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal;

public sealed partial class DraftBuilder
{
    /// <summary>What each kind of term gives the wording templates: one view per term, in the order of the
    /// text, each with the marker of the clause it comes from.</summary>
    private sealed class TermViews(AgreementSet set, Agreement agreement, Zone? zone, Names names, Provenance provenance, InstrumentForm form)
        : ITermVisitor<bool>
    {
        private readonly bool _binding = IsBinding(agreement);

        private string Party => _binding ? "Party" : "Participant";

        public ImmutableArray<FloorView>.Builder Floors { get; } = ImmutableArray.CreateBuilder<FloorView>();

        public ImmutableArray<FloorView>.Builder Mechanisms { get; } = ImmutableArray.CreateBuilder<FloorView>();

        public ImmutableArray<TariffView>.Builder Tariffs { get; } = ImmutableArray.CreateBuilder<TariffView>();

        public ImmutableArray<ExportBanView>.Builder Bans { get; } = ImmutableArray.CreateBuilder<ExportBanView>();

        public ImmutableArray<ExportMeasureView>.Builder Measures { get; } = ImmutableArray.CreateBuilder<ExportMeasureView>();

        public ImmutableArray<FinancingView>.Builder Financing { get; } = ImmutableArray.CreateBuilder<FinancingView>();

        public ImmutableArray<OfftakeView>.Builder Offtakes { get; } = ImmutableArray.CreateBuilder<OfftakeView>();

        public ImmutableArray<OriginView>.Builder Origin { get; } = ImmutableArray.CreateBuilder<OriginView>();

        public ImmutableArray<MfnView>.Builder Mfn { get; } = ImmutableArray.CreateBuilder<MfnView>();

        public ImmutableArray<ObligationView>.Builder Obligations { get; } = ImmutableArray.CreateBuilder<ObligationView>();

        public ImmutableArray<ProvisionView>.Builder Provisions { get; } = ImmutableArray.CreateBuilder<ProvisionView>();

        public bool Visit(Floor term)
        {
            var floor = FloorView(term, agreement, zone, names, _binding, form, provenance.Mark(term.Location));
            Floors.Add(floor);
            if (floor.IsAdjustableTariff || floor.IsPriceGapPayment || floor.IsMinimumImportPrice || floor.ExportTax is not null)
            {
                Mechanisms.Add(floor);
            }

            return true;
        }

        public bool Visit(TariffCommitment term)
        {
            Tariffs.Add(new TariffView(
                names.Of(term.Importer), names.OfAtStart(term.Importer), names.Of(term.Exporter), names.Goods(term.Subject),
                LegalText.Rate(term.Rate), term.Rate.Percent is { Value: 0 } && term.Rate.Specific is null && term.Rate.Benchmark is null,
                Staging(term.Staging, _binding), term.BaseRate is { } b ? LegalText.Rate(b) : null, provenance.Mark(term.Location)));
            return true;
        }

        public bool Visit(ExportDutyBan term)
        {
            var minerals = new string[term.Minerals.Length];
            for (var i = 0; i < minerals.Length; i++)
            {
                minerals[i] = names.Mineral(term.Minerals[i]);
            }

            Bans.Add(new ExportBanView(Names.JoinAnd(minerals, "or"), provenance.Mark(term.Location)));
            return true;
        }

        public bool Visit(ExportMeasure term)
        {
            Measures.Add(new ExportMeasureView(
                names.OfAtStart(term.Party), term.Kind == ExportMeasureKind.Tax, names.Goods(term.Subject),
                term.Tax is { } tax ? LegalText.Percent(tax) : null, term.QuotaPerYear is { } q ? LegalText.Quantity(q) : null,
                ScopeText(term.Scope, "destined for"), provenance.Mark(term.Location)));
            return true;
        }

        public bool Visit(Loan term) => AddFinancing(term);

        public bool Visit(EquityStake term) => AddFinancing(term);

        public bool Visit(Grant term) => AddFinancing(term);

        public bool Visit(Guarantee term) => AddFinancing(term);

        public bool Visit(Offtake term)
        {
            Offtakes.Add(OfftakeView(term, set, agreement, names, provenance, provenance.Mark(term.Location)));
            return true;
        }

        public bool Visit(OriginRule term)
        {
            Origin.Add(new OriginView(names.Goods(term.Subject), zone is null ? "the territory of the " + Plural(Party) : "the Preferential Zone",
                OriginConditions(term, zone, _binding), provenance.Mark(term.Location)));
            return true;
        }

        public bool Visit(MostFavouredNation term)
        {
            Mfn.Add(MfnView(term, agreement, set, names, provenance.Mark(term.Location)));
            return true;
        }

        public bool Visit(StatedProvision term)
        {
            Provisions.Add(new ProvisionView(ProvisionTopics.Word(term.Topic), term.Text, provenance.Mark(term.Location)));
            return true;
        }

        public bool Visit(Obligation term)
        {
            Obligations.Add(ObligationView(term, agreement, set, names, _binding, Party, InstrumentNoun(agreement.Kind)) with { Trace = provenance.Mark(term.Location) });
            return true;
        }

        private bool AddFinancing(AgreementTerm term)
        {
            Financing.Add(FinancingView(term, agreement, names, provenance.Mark(term.Location)));
            return true;
        }
    }
}
