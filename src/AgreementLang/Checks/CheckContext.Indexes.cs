using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>The indexes the rules look conflicts up in, each built on first use.</summary>
public sealed partial class CheckContext
{
    /// <summary>Reference prices and stated floors by zone, mineral and stage, oldest first (the zone's first).</summary>
    public Dictionary<(string Zone, string Mineral, string Stage), List<PriceEntry>> PricesBySubject => _pricesBySubject.Value;

    /// <summary>The same entries by zone and mineral, all stages together, for comparisons between stages.</summary>
    public Dictionary<(string Zone, string Mineral), List<PriceEntry>> PricesByMineral => _pricesByMineral.Value;

    /// <summary>Every floor at a stated price, in any agreement (with or without a zone), oldest first.</summary>
    public IReadOnlyList<PriceEntry> StatedFloors => _statedFloors.Value;

    /// <summary>Each agreement's effective terms, oldest first, for the checks inside one agreement.</summary>
    public Dictionary<string, List<EffectiveTerm<AgreementTerm>>> TermsByAgreement => _perAgreement;

    /// <summary>Floors defended by an adjustable tariff, by importer (each party of the floor's agreement), mineral
    /// and stage, grouped by the tariff's scope.</summary>
    public Dictionary<(string Importer, string Mineral, string Stage), List<FloorDefence>> FloorDefences => _floorDefences.Value;

    /// <summary>Tariff commitments by exporter, importer, mineral and stage (the line is compared inside a group).</summary>
    public Dictionary<(string Exporter, string Importer, string Mineral, string Stage), List<EffectiveTerm<TariffCommitment>>> TariffsByRoute =>
        _tariffsByRoute.Value;

    public Dictionary<(string Producer, string Mineral, string Stage), List<EffectiveTerm<Offtake>>> OfftakesByProducer => _offtakesByProducer.Value;

    public Dictionary<string, List<EffectiveTerm<Loan>>> LoansByFacility => _loansByFacility.Value;

    /// <summary>Export-duty bans by each mineral they list and each party they bind.</summary>
    public Dictionary<(string Mineral, string Party), List<EffectiveTerm<ExportDutyBan>>> BansByMineralParty => _bansByMineralParty.Value;

    public Dictionary<(string Zone, string Mineral, string Stage), List<EffectiveTerm<OriginRule>>> OriginsBySubject => _originsBySubject.Value;

    /// <summary>Groups items under their key, keeping the items' order inside every group.</summary>
    public static Dictionary<TKey, List<T>> GroupOne<T, TKey>(IEnumerable<T> items, Func<T, TKey> key)
        where TKey : notnull
    {
        var result = new Dictionary<TKey, List<T>>();
        foreach (var item in items)
        {
            var k = key(item);
            if (!result.TryGetValue(k, out var list))
            {
                list = new List<T>();
                result[k] = list;
            }

            list.Add(item);
        }

        return result;
    }

    /// <summary>Groups items under each of their keys, keeping the items' order inside every group.</summary>
    public static Dictionary<TKey, List<T>> Group<T, TKey>(IEnumerable<T> items, Func<T, IEnumerable<TKey>> keys)
        where TKey : notnull
    {
        var result = new Dictionary<TKey, List<T>>();
        foreach (var item in items)
        {
            foreach (var key in keys(item))
            {
                if (!result.TryGetValue(key, out var list))
                {
                    list = new List<T>();
                    result[key] = list;
                }

                list.Add(item);
            }
        }

        return result;
    }
}
