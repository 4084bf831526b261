using AgreementLang.Model;

namespace AgreementLang.Checks;

public sealed partial class CheckContext
{
    /// <summary>The per-kind indexes the rules read. The form's provisions have no rule yet: they are left out
    /// here, on purpose, where a new rule would add them.</summary>
    private sealed class TermIndex : ITermVisitor<bool>
    {
        private Agreement _agreement = null!;
        private Amendment? _amendment;
        private Period _period;
        private int _order;

        public List<EffectiveTerm<Floor>> Floors { get; } = [];

        public List<EffectiveTerm<TariffCommitment>> Tariffs { get; } = [];

        public List<EffectiveTerm<ExportDutyBan>> Bans { get; } = [];

        public List<EffectiveTerm<ExportMeasure>> Measures { get; } = [];

        public List<EffectiveTerm<Loan>> Loans { get; } = [];

        public List<EffectiveTerm<Offtake>> Offtakes { get; } = [];

        public List<EffectiveTerm<OriginRule>> Origins { get; } = [];

        public List<EffectiveTerm<MostFavouredNation>> Mfns { get; } = [];

        public List<EffectiveTerm<Obligation>> Obligations { get; } = [];

        public List<EffectiveTerm<AgreementTerm>> Financing { get; } = [];

        public void Add(AgreementTerm term, Agreement agreement, Amendment? amendment, Period period, int order)
        {
            (_agreement, _amendment, _period, _order) = (agreement, amendment, period, order);
            term.Accept(this);
        }

        public bool Visit(Floor term)
        {
            // A floor kept by an export tax is an export tax of each party of its agreement, at the floor's place,
            // for the export-duty rules (AGR205, AGR304): a ban on export duties forbids it like any other.
            if (term.Mechanism is { Kind: FloorMechanismKind.ExportTax, ExportTaxRate: { } rate } mechanism)
            {
                foreach (var party in _agreement.Parties)
                {
                    Add(Measures, new ExportMeasure(ExportMeasureKind.Tax, party.Code, term.Subject, rate, null, mechanism.Scope ?? Scope.All,
                        term.Period, term.Location));
                }
            }

            return Add(Floors, term);
        }

        public bool Visit(TariffCommitment term) => Add(Tariffs, term);

        public bool Visit(ExportDutyBan term) => Add(Bans, term);

        public bool Visit(ExportMeasure term) => Add(Measures, term);

        public bool Visit(Loan term) => Add(Loans, term) && AddFinancing(term);

        public bool Visit(Offtake term) => Add(Offtakes, term);

        public bool Visit(OriginRule term) => Add(Origins, term);

        public bool Visit(MostFavouredNation term) => Add(Mfns, term);

        public bool Visit(Obligation term) => Add(Obligations, term);

        public bool Visit(EquityStake term) => AddFinancing(term);

        public bool Visit(Grant term) => AddFinancing(term);

        public bool Visit(Guarantee term) => AddFinancing(term);

        public bool Visit(StatedProvision term) => false;

        private bool AddFinancing(AgreementTerm term) => Add(Financing, term);

        private bool Add<T>(List<EffectiveTerm<T>> list, T term)
            where T : AgreementTerm
        {
            list.Add(new EffectiveTerm<T>(term, _agreement, _amendment, _period, _order));
            return true;
        }
    }
}
