using System.Collections.Immutable;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Report;

/// <summary>The life of every agreement: signature, entry into force, expiry, each amendment's date and each
/// deadline that can be computed. Drawn from the agreements as written (their whole life), whatever the date.</summary>
internal static class TimelineSection
{
    public static ImmutableArray<TimelineRow> Build(AgreementSet set)
    {
        var amendments = set.Amendments.ToLookup(a => a.Amends, StringComparer.Ordinal);
        return set.Agreements.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a =>
        {
            var events = new List<TimelineEvent>();
            var clauses = a.Clauses ?? AgreementClauses.None;
            if (a.Signed is { } signed)
            {
                events.Add(Event("signed", signed, "signed" + (a.Place is null ? "" : " at " + a.Place), clauses.Signed ?? a.Location));
            }

            if (a.EffectiveFrom is { } from)
            {
                var label = a.EntryIntoForce is EntryIntoForce.AfterNotifications n
                    ? "enters into force " + n.Days.ToString(System.Globalization.CultureInfo.InvariantCulture) + " days after notifications (at the earliest)"
                    : "enters into force";
                events.Add(Event("in-force", from, label, clauses.EntryIntoForce ?? a.Location));
            }

            if (a.EffectiveUntil is { } until)
            {
                events.Add(Event("expires", until, "expires", clauses.Expiry ?? a.Location));
            }

            foreach (var amendment in Consolidation.AmendmentsOf(set, a.Name))
            {
                events.Add(Event("amendment", amendment.From, amendment.Name + " applies", amendment.Location));
            }

            foreach (var term in a.Terms)
            {
                if (term is Obligation { DueDate: { } due } obligation)
                {
                    events.Add(Event("deadline", due, string.Join(", ", obligation.Parties) + ": " + obligation.Text, obligation.Location));
                }
            }

            return new TimelineRow(a.Name, events.OrderBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Kind, StringComparer.Ordinal).ToImmutableArray());
        }).ToImmutableArray();
    }

    private static TimelineEvent Event(string kind, DateTime date, string label, Location source) =>
        new(kind, Dates.Iso(date), label, ReportSources.Of(source));
}
