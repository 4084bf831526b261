using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR313: two tariff commitments by one importer on one exporter's goods of the same mineral, stage and
/// line (a commitment without a line covers every line of its mineral and stage) over overlapping periods, at
/// different rates: customs cannot apply both. Commitments are looked up by exporter, importer, mineral and
/// stage; the rates compared are the committed ones (a staging category only says how the rate is reached). Each
/// commitment is compared with the oldest overlapping one on its line.</summary>
public sealed class TariffCommitmentsDisagreeRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.TariffCommitmentsDisagree;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var pair in context.TariffsByRoute)
        {
            // A commitment without a line covers every line of its mineral and stage.
            OldestOverlapping.Compare(pair.Value, t => t.Period,
                related: (older, tariff) => older.Term.Line is null || tariff.Term.Line is null || older.Term.Line == tariff.Term.Line,
                agree: (tariff, other) => SameRate(other.Term.Rate, tariff.Term.Rate),
                report: Report, diagnostics);
        }
    }

    private static Diagnostic Report(EffectiveTerm<TariffCommitment> tariff, EffectiveTerm<TariffCommitment> other)
    {
        var t = tariff.Term;
        var line = t.Line ?? other.Term.Line;
        return Diagnostic.TariffCommitmentsDisagree(tariff.Location, t.Subject + (line is null ? "" : " (line " + line + ")"), t.Exporter,
                t.Importer, t.Rate, other.Term.Rate, other.Place, Show.FromOverlap(tariff.Period, other.Period))
            .WithRelated(other.Location, "the " + other.Term.Rate + " commitment on " + other.Term.Subject + " in " + other.Instrument);
    }

    /// <summary>Equal rates: the same percentage (and benchmark), or the same specific duty per kilogram, exactly.</summary>
    private static bool SameRate(Rate a, Rate b)
    {
        if (a.Specific is not null || b.Specific is not null)
        {
            return a.Specific is { } first && b.Specific is { } second && first.Money.Currency == second.Money.Currency &&
                   first.Basis == second.Basis && first.PerKilogram == second.PerKilogram;
        }

        return a.Benchmark == b.Benchmark && (a.Percent?.Value ?? 0m) == (b.Percent?.Value ?? 0m);
    }
}
