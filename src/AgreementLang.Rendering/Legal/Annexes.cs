using System.Collections.Immutable;
using AgreementLang.Catalog;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Legal;

/// <summary>The annexes of a draft, numbered in order among those the agreement needs: reference prices and
/// floors, the tariff schedule, financing, rules of origin. Tables hold figures, not words.</summary>
public static partial class Annexes
{
    public static ImmutableArray<DraftAnnex> Build(AgreementSet set, Agreement agreement, Zone? zone, Names names, string root = "")
    {
        var sorted = new AnnexTerms();
        foreach (var term in agreement.Terms)
        {
            term.Accept(sorted);
        }

        var (floors, tariffs, financing, origin) = (sorted.Floors, sorted.Tariffs, sorted.Financing, sorted.Origin);
        var annexes = new List<AnnexContent>(4);
        if (floors.Count > 0)
        {
            annexes.Add(PriceAnnex(set, agreement, zone, names, root, floors));
        }

        if (tariffs.Count > 0)
        {
            annexes.Add(TariffAnnex(set, agreement, zone, names, root, tariffs));
        }

        if (financing.Count > 0)
        {
            annexes.Add(FinancingAnnex(names, root, financing));
        }

        if (origin.Count > 0)
        {
            annexes.Add(OriginAnnex(set, names, root, origin));
        }

        var result = ImmutableArray.CreateBuilder<DraftAnnex>(annexes.Count);
        for (var i = 0; i < annexes.Count; i++)
        {
            var (family, heading, notes, tables) = annexes[i];
            result.Add(new DraftAnnex(DraftBuilder.RomanNumeral(i + 1), i + 1, family, heading, notes, tables));
        }

        return result.MoveToImmutable();
    }

    /// <summary>What one annex holds before it is numbered among those present.</summary>
    private readonly record struct AnnexContent(string Family, string Heading, ImmutableArray<string> Notes, ImmutableArray<DraftTable> Tables);

    private static ImmutableArray<DraftSource> Sources(AgreementLang.Text.Location term, AgreementLang.Text.Location? also, string root) =>
        also is null ? [DraftSource.Of(term, root)] : [DraftSource.Of(term, root), DraftSource.Of(also, root)];

    // The cells are a fresh array that nothing else holds: wrapped, not copied.
    private static ImmutableArray<string> Row(params string[] cells) => System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(cells);

    /// <summary>Which annex each kind of term belongs to; the terms that have none say so here, so that a new kind
    /// of term must be placed (or not) before the build passes.</summary>
    private sealed class AnnexTerms : ITermVisitor<bool>
    {
        public List<Floor> Floors { get; } = [];

        public List<TariffCommitment> Tariffs { get; } = [];

        public List<AgreementTerm> Financing { get; } = [];

        public List<OriginRule> Origin { get; } = [];

        public bool Visit(Floor term)
        {
            Floors.Add(term);
            return true;
        }

        public bool Visit(TariffCommitment term)
        {
            Tariffs.Add(term);
            return true;
        }

        public bool Visit(Loan term) => AddFinancing(term);

        public bool Visit(EquityStake term) => AddFinancing(term);

        public bool Visit(Grant term) => AddFinancing(term);

        public bool Visit(Guarantee term) => AddFinancing(term);

        public bool Visit(OriginRule term)
        {
            Origin.Add(term);
            return true;
        }

        // Stated in the articles alone: a ban, a measure, an offtake, an MFN clause, a provision or an obligation
        // has no table of figures.
        public bool Visit(ExportDutyBan term) => false;

        public bool Visit(ExportMeasure term) => false;

        public bool Visit(Offtake term) => false;

        public bool Visit(MostFavouredNation term) => false;

        public bool Visit(StatedProvision term) => false;

        public bool Visit(Obligation term) => false;

        private bool AddFinancing(AgreementTerm term)
        {
            Financing.Add(term);
            return true;
        }
    }
}
