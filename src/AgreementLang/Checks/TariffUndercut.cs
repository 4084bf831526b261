using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Text;

namespace AgreementLang.Checks;

/// <summary>
/// What the two tariff-undercut rules share. A floor defended by an adjustable tariff needs a duty that varies
/// with the import price (max(0, floor − import price), up to the cap) on imports from the scope it names. A
/// tariff commitment by the same importer on the same mineral and stage to an exporter inside that scope —
/// duty-free, or bound at any fixed rate — takes that freedom away for the exporter's goods, which then enter
/// below the floor.
/// </summary>
internal static class TariffUndercut
{
    /// <summary>The typed method of the calling rule's code: <see cref="Diagnostic.TariffUndercutsOwnFloor"/> or
    /// <see cref="Diagnostic.TariffUndercutsFloor"/>.</summary>
    public delegate Diagnostic Make(Location at, string rate, MineralStage subject, string exporter, string importer, string tariffWhere,
        string floorWhere, string defendedFrom, string overlap);

    /// <summary>The oldest floor whose adjustable tariff the commitment contradicts, among those
    /// <paramref name="accept"/> admits (same agreement, or other agreements).</summary>
    public static (EffectiveTerm<Floor> Floor, FloorDefence Defence)? Find(CheckContext context, EffectiveTerm<TariffCommitment> tariff,
        Func<EffectiveTerm<Floor>, bool> accept)
    {
        var t = tariff.Term;
        if (!context.FloorDefences.TryGetValue((t.Importer, t.Subject.Mineral, t.Subject.Stage), out var defences))
        {
            return null;
        }

        (EffectiveTerm<Floor>, FloorDefence)? found = null;
        foreach (var defence in defences)
        {
            if (!context.Covers(defence.Scope, t.Exporter, defence.Representative))
            {
                continue;
            }

            foreach (var floor in defence.Floors)
            {
                if (accept(floor) && floor.Period.Overlaps(tariff.Period))
                {
                    if (found is null || floor.Order < found.Value.Item1.Order)
                    {
                        found = (floor, defence);
                    }

                    break;
                }
            }
        }

        return found;
    }

    public static Diagnostic Report(Make make, EffectiveTerm<TariffCommitment> tariff, EffectiveTerm<Floor> floor, FloorDefence defence)
    {
        var tariffPrimary = tariff.Order >= floor.Order;
        var t = tariff.Term;
        var diagnostic = make(tariffPrimary ? tariff.Location : floor.Location,
            Rate(t), t.Subject, t.Exporter, t.Importer, Describe.Where(tariff, tariffPrimary), Describe.Where(floor, !tariffPrimary),
            Describe.Scope(defence.Scope, floor.Agreement), Show.FromOverlap(tariff.Period, floor.Period));
        return tariffPrimary
            ? diagnostic.WithRelated(floor.Location, "the floor for " + floor.Term.Subject + " defended by an adjustable tariff")
            : diagnostic.WithRelated(tariff.Location, "the " + Rate(t) + " tariff commitment on " + t.Subject + " from " + t.Exporter);
    }

    /// <summary>"0%", "2.5%", "USD 0.375/kg": what the commitment binds the duty to.</summary>
    public static string Rate(TariffCommitment tariff) => tariff.Rate.ToString();
}
