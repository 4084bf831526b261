using System.Collections.Immutable;

namespace AgreementLang.Model.Versions;

/// <summary>A set as it applies from a date on: the amendments of that date or earlier applied
/// (<see cref="Consolidation.AsOf(AgreementSet, DateTime)"/>), and every term's period starting no earlier than that
/// date (nor than its agreement's entry into force). What applied before the date is history that a protocol of that
/// date cannot change: a floor restated by the protocol runs from the protocol's date, the original one from entry
/// into force, and from the protocol's date on they are the same floor. This is the view in which "old plus the
/// protocol, as of its date, equals new" is stated and checked.</summary>
public static class AsOfView
{
    public static AgreementSet Of(AgreementSet set, DateTime date)
    {
        var consolidated = Consolidation.AsOf(set, date);
        return consolidated with { Agreements = consolidated.Agreements.Select(a => a with { Terms = From(a.Terms, Start(a, date)) }).ToImmutableArray() };
    }

    private static DateTime Start(Agreement agreement, DateTime date) =>
        agreement.EffectiveFrom is { } from && from > date ? from : date;

    private static ImmutableArray<AgreementTerm> From(ImmutableArray<AgreementTerm> terms, DateTime start)
    {
        var builder = ImmutableArray.CreateBuilder<AgreementTerm>(terms.Length);
        foreach (var term in terms)
        {
            builder.Add(term.Period.From is { } from && from >= start ? term : term with { Period = term.Period with { From = start } });
        }

        return builder.MoveToImmutable();
    }
}
