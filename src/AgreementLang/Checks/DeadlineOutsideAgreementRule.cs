using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>
/// AGR204: an obligation whose deadline falls before its agreement can enter into force ("within 30 days of
/// signature" in an agreement that enters into force 60 days after notifications) or after it expires. Only
/// certain cases are reported: entry into force after notifications is at the earliest that many days after
/// signature, so a deadline before that date is before entry into force whatever the notifications' dates; a
/// deadline is compared with an expiry only when both are known dates or move together with entry into force. A
/// deadline counted from another instrument's date is compared once that date is known; an obligation with no
/// deadline has nothing to compare.
/// </summary>
public sealed class DeadlineOutsideAgreementRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.DeadlineOutsideAgreement;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var obligation in context.Obligations)
        {
            var o = obligation.Term;
            var agreement = obligation.Agreement;
            var earliest = agreement.EffectiveFrom;
            var entryKnown = agreement.EntryIntoForce is EntryIntoForce.OnDate or EntryIntoForce.OnSignature;
            var due = o.DueDate;
            var relativeToUnknownEntry = due is null && o.Anchor == DeadlineAnchor.EntryIntoForce && o.AnchorInstrument is null && obligation.Amendment is null;
            if (o.AnchorInstrument is { } other && o.Within is { } after && AnchorDate(context, other, o.Anchor) is { } anchorDate)
            {
                // Counted from another instrument's signature or entry into force, when that date is known.
                due = after.AddTo(anchorDate);
            }

            if (relativeToUnknownEntry && o.Within is { } within && earliest is { } start)
            {
                // Entry into force after notifications: the deadline and a term-based expiry both count from it.
                due = within.AddTo(start);
            }

            if (due is not { } date)
            {
                continue;
            }

            string? problem = null;
            if (!relativeToUnknownEntry && earliest is { } from && date < from)
            {
                problem = "before " + agreement.Name + (entryKnown
                    ? " enters into force on " + Show.Date(from)
                    : " can enter into force, on " + Show.Date(from) + " at the earliest (" + Entry(agreement) + ")");
            }
            else if (agreement.EffectiveUntil is { } until && date > until && AfterExpiryIsCertain(agreement, entryKnown, relativeToUnknownEntry))
            {
                problem = "after " + agreement.Name + " expires on " + Show.Date(until) +
                          (entryKnown || agreement.Expiry is Expiry.OnDate ? "" : ", counting from its earliest entry into force");
            }

            if (problem is null)
            {
                continue;
            }

            diagnostics.Add(Diagnostic.DeadlineOutsideAgreement(obligation.Location, Describe.Parties(o.Parties), "\"" + o.Text + "\"", Show.Date(date),
                    Deadline(o, obligation), problem, agreement.Location)
                .WithRelated(agreement.Location, agreement.Name + ": " + Entry(agreement) + ", " + Expiry(agreement)));
        }
    }

    /// <summary>An expiry on a date, or a term from a known entry into force, is exact; a term from an entry
    /// into force after notifications moves with that entry, and so does a deadline relative to it, so the two
    /// can be compared; a fixed deadline against such a moving expiry cannot.</summary>
    private static bool AfterExpiryIsCertain(Agreement agreement, bool entryKnown, bool relativeToUnknownEntry) =>
        entryKnown || agreement.Expiry is Expiry.OnDate || (relativeToUnknownEntry && agreement.Expiry is Expiry.AfterTerm);

    /// <summary>The signature or known entry into force of the instrument a deadline counts from; null when that
    /// instrument's date is not known (an entry into force after notifications) or it is not in the set.</summary>
    private static DateTime? AnchorDate(CheckContext context, string instrument, DeadlineAnchor anchor)
    {
        var other = context.Set.Agreements.FirstOrDefault(a => a.Name == instrument);
        return other is null ? null
            : anchor == DeadlineAnchor.Signature ? other.Signed
            : other.EntryIntoForce switch
            {
                EntryIntoForce.OnDate d => d.Date,
                EntryIntoForce.OnSignature => other.Signed,
                _ => null,
            };
    }

    private static string Deadline(Obligation obligation, EffectiveTerm<Obligation> term) => obligation.Anchor switch
    {
        DeadlineAnchor.Date => "a fixed date",
        _ when obligation.AnchorInstrument is { } other =>
            obligation.Within + " after " + (obligation.Anchor == DeadlineAnchor.Signature ? "signature" : "entry into force") + " of " + other,
        DeadlineAnchor.Signature => obligation.Within + " after " + (term.Amendment is null ? "signature" : "signature of " + term.Amendment.Name),
        _ => obligation.Within + " after " + (term.Amendment is null ? "entry into force" : "the start of " + term.Amendment.Name),
    };

    private static string Entry(Agreement agreement) => agreement.EntryIntoForce switch
    {
        EntryIntoForce.OnDate d => "in force on " + Show.Date(d.Date),
        EntryIntoForce.OnSignature => "in force on signature" + (agreement.Signed is { } s ? " (" + Show.Date(s) + ")" : ""),
        EntryIntoForce.AfterNotifications n => "in force " + n.Days + " days after notifications",
        _ => "entry into force not stated",
    };

    private static string Expiry(Agreement agreement) => agreement.Expiry switch
    {
        Model.Expiry.OnDate d => "expires on " + Show.Date(d.Date),
        Model.Expiry.AfterTerm t => "term of " + t.Term,
        _ => "indefinite",
    };
}
