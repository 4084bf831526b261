using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Rendering.Legal;
using AgreementLang.Rendering.Text;
using AgreementLang.Text;

namespace AgreementLang.Tests.Fidelity;

/// <summary>
/// Reads a draft back against the model it was made from (issue 13, point 5). A draft is faithful when:
/// <list type="number">
/// <item>every term reaches a provision that cites its clause, and those provisions state the term's facts
/// (parties, figures, rates, durations: <see cref="TermFacts"/>), in the draft model and in the Markdown;</item>
/// <item>a most-favoured-nation clause binds the other party for the benefit of the party the source names;</item>
/// <item>every party is named in full, and the dates of signature, entry into force and expiry that the source
/// states are in the text; a right of withdrawal only where the source gives a notice;</item>
/// <item>no date, amount, percentage or duration appears that the model does not hold, where the model's values
/// include those derived by the documented rules (a deadline's date, an offtake's start), but not the assumed
/// date of an entry into force that waits for notifications.</item>
/// </list>
/// </summary>
internal static partial class DraftFidelity
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    // ASCII digits only: [0-9], never \d, which also matches the digits of other scripts a title may hold (another
    // instrument's title appears in a deadline counted from its date).
    [GeneratedRegex(@"\b([0-9]{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) ([0-9]{1,4})\b")]
    private static partial Regex LongDate();

    [GeneratedRegex(@"\b([A-Z]{3}) ([0-9]{1,3}(?:,[0-9]{3})*(?:\.[0-9]+)?)(?![0-9,])")]
    private static partial Regex Amount();

    [GeneratedRegex(@"(?<![0-9.])([0-9]+(?:\.[0-9]+)?)%")]
    private static partial Regex Percent();

    [GeneratedRegex(@"\(([0-9]+)\) (days?|months?|years?)\b")]
    private static partial Regex Duration();

    [GeneratedRegex(@"\\([\\`*_\[\]<>#|~&])")]
    private static partial Regex MarkdownEscape();

    public static List<string> Problems(AgreementSet set, Agreement agreement, Draft draft, string markdown)
    {
        var problems = new List<string>();
        var names = new Names(set, agreement);
        var root = DraftSource.Root(set);
        var provisions = DraftTrace.Provisions(draft);
        var plainMarkdown = MarkdownEscape().Replace(markdown, "$1");
        var facts = new TermFacts(names, set);

        foreach (var term in agreement.Terms)
        {
            var source = DraftSource.Of(term.Location, root);
            var citing = provisions.Where(p => p.Sources.Contains(source)).ToList();
            if (citing.Count == 0)
            {
                problems.Add($"{term.Key} ({source}) reaches no provision of the draft");
                continue;
            }

            var text = Spaces(string.Join("\n", citing.Select(p => p.Text)));
            foreach (var fact in term.Accept(facts).Select(Spaces))
            {
                if (!text.Contains(fact, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{term.Key} ({source}): the provisions citing it do not say '{fact}'");
                }
                else if (!Spaces(plainMarkdown).Contains(fact, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{term.Key} ({source}): the Markdown does not say '{fact}'");
                }
            }

            if (term is MostFavouredNation mfn)
            {
                CheckDirection(mfn, agreement, names, citing, problems);
            }
        }

        var all = string.Join("\n", provisions.Select(p => p.Text));
        if (agreement.Establishes != TradeArea.None)
        {
            var area = agreement.Establishes == TradeArea.CustomsUnion ? "customs union" : "free-trade area";
            if (!draft.Preamble.Any(p => p.Text.Contains("establish a " + area, StringComparison.Ordinal)))
            {
                problems.Add($"the {area} the agreement establishes is not in the preamble");
            }
        }

        foreach (var party in agreement.Parties)
        {
            // The first name opens the sentence, with a capital: "The Government of …".
            if (!draft.Preamble.Any(p => Spaces(p.Text).Contains(Spaces(party.FullName), StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"party {party.Code} is not named in full in the preamble");
            }
        }

        var stated = StatedDates(agreement).ToList();
        foreach (var date in stated)
        {
            if (!all.Contains(LegalText.Date(date), StringComparison.Ordinal))
            {
                problems.Add($"the date {LegalText.Date(date)} that the source states is not in the draft");
            }
        }

        if (agreement.WithdrawalNotice is null && Regex.IsMatch(all, @"\bmay (withdraw|terminate|discontinue)\b"))
        {
            problems.Add("the draft grants a right of withdrawal that the source does not state");
        }

        var allowed = Allowed(set, agreement);
        foreach (var provision in provisions)
        {
            problems.AddRange(Unsupported(provision, allowed));
        }

        return problems;
    }

    /// <summary>A text as a draft prints it: runs of white space as one space, none at the ends (drafts collapse
    /// the tabs and repeated spaces a source string may hold).</summary>
    private static string Spaces(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex WhiteSpace();

    /// <summary>"If [grantor] accords … to [beneficiary], it shall accord the same treatment to [beneficiary]".</summary>
    private static void CheckDirection(MostFavouredNation mfn, Agreement agreement, Names names, List<TracedProvision> citing, List<string> problems)
    {
        var beneficiary = Spaces(names.Of(mfn.Beneficiary));
        var others = agreement.Parties.Where(p => p.Code != mfn.Beneficiary).ToList();
        var grantor = others.Count == 1 ? Spaces(names.Of(others[0].Code))
            : "each " + (InstrumentForms.IsBinding(agreement) ? "Party" : "Participant") + " other than " + beneficiary;
        var clause = citing.Select(p => Spaces(p.Text)).FirstOrDefault(t => t.StartsWith("If ", StringComparison.Ordinal));
        if (clause is null || !clause.StartsWith(Spaces("If " + grantor + " accords"), StringComparison.OrdinalIgnoreCase) ||
            !clause.Contains(Spaces("same treatment to " + beneficiary + " immediately"), StringComparison.Ordinal))
        {
            problems.Add($"{mfn.Key}: {grantor} must accord the treatment to {beneficiary}, the party the clause names, in: {clause}");
        }
    }

    /// <summary>The dates the agreement states itself: signature, and entry into force and expiry when they are dates.</summary>
    private static IEnumerable<DateTime> StatedDates(Agreement agreement)
    {
        if (agreement.Signed is { } signed)
        {
            yield return signed;
        }

        if (agreement.EntryIntoForce is EntryIntoForce.OnDate entry)
        {
            yield return entry.Date;
        }

        if (agreement.Expiry is Expiry.OnDate expiry)
        {
            yield return expiry.Date;
        }
    }

    private sealed record AllowedValues(HashSet<DateTime> Dates, HashSet<(string, decimal)> Amounts, HashSet<decimal> Percents, HashSet<(int, TimeUnit)> Durations);

    /// <summary>Every value the sources give for this agreement: reached through the agreement, its zone, the
    /// facilities, producers and amendments of the set, and the derived values the model holds.</summary>
    private static AllowedValues Allowed(AgreementSet set, Agreement agreement)
    {
        var allowed = new AllowedValues([], [], [], []);
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Collect(agreement, allowed, seen, 0);
        foreach (var zone in set.Zones.Where(z => z.Name == agreement.Zone))
        {
            Collect(zone, allowed, seen, 0);
        }

        foreach (var other in set.Facilities.Cast<object>().Concat(set.Producers).Concat(set.Amendments.Where(a => a.Amends == agreement.Name)))
        {
            Collect(other, allowed, seen, 0);
        }

        // A date that waits for notifications is not a date the sources give: the draft must not print it.
        if (agreement.EntryIntoForce is EntryIntoForce.AfterNotifications n && agreement.EffectiveFrom is { } assumed)
        {
            allowed.Dates.Remove(assumed);
            if (agreement.Expiry is Expiry.AfterTerm && agreement.EffectiveUntil is { } until)
            {
                allowed.Dates.Remove(until);
            }

            // Unless the source states the same date itself.
            allowed.Dates.UnionWith(StatedDates(agreement));

            allowed.Durations.Add((n.Days, TimeUnit.Day));
        }
        else if (agreement.EffectiveFrom is { } from)
        {
            allowed.Dates.Add(from);
        }

        if (agreement.EffectiveUntil is { } end && agreement.EntryIntoForce is not EntryIntoForce.AfterNotifications)
        {
            allowed.Dates.Add(end);
        }

        return allowed;
    }

    private static void Collect(object? value, AllowedValues allowed, HashSet<object> seen, int depth)
    {
        switch (value)
        {
            case null or string or Location or SourceText:
                return;
            case DateTime date:
                allowed.Dates.Add(date);
                return;
            case Money money:
                allowed.Amounts.Add((money.Currency, money.Amount));
                return;
            case Percentage percentage:
                allowed.Percents.Add(percentage.Value);
                return;
            case AgreementLang.Model.Duration duration:
                allowed.Durations.Add((duration.Amount, duration.Unit));
                return;
            case EntryIntoForce.AfterNotifications notifications:
                allowed.Durations.Add((notifications.Days, TimeUnit.Day));
                return;
        }

        var type = value.GetType();
        if (depth > 12 || type.IsPrimitive || type.IsEnum || value is decimal || (!type.IsValueType && !seen.Add(value)))
        {
            return;
        }

        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                Collect(item, allowed, seen, depth + 1);
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // Stored values only (positional and init properties): computed ones restate them, or assume a date.
            if (property.GetIndexParameters().Length == 0 && property.SetMethod is not null)
            {
                Collect(property.GetValue(value), allowed, seen, depth + 1);
            }
        }
    }

    private static IEnumerable<string> Unsupported(TracedProvision provision, AllowedValues allowed)
    {
        foreach (Match m in LongDate().Matches(provision.Text))
        {
            var year = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            var month = Array.IndexOf(Months, m.Groups[2].Value) + 1;
            var day = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var valid = year >= 1 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
            if (!valid || !allowed.Dates.Contains(new DateTime(year, month, day)))
            {
                yield return $"{provision.Where} states the date {m.Value}, which no source gives";
            }
        }

        foreach (Match m in Amount().Matches(provision.Text))
        {
            var amount = decimal.Parse(m.Groups[2].Value.Replace(",", ""), CultureInfo.InvariantCulture);
            if (!allowed.Amounts.Contains((m.Groups[1].Value, amount)))
            {
                yield return $"{provision.Where} states the amount {m.Value}, which no source gives";
            }
        }

        foreach (Match m in Percent().Matches(provision.Text))
        {
            var value = decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            if (!allowed.Percents.Contains(value) && value != 0)
            {
                yield return $"{provision.Where} states {m.Value}, which no source gives";
            }
        }

        foreach (Match m in Duration().Matches(provision.Text))
        {
            var amount = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var unit = m.Groups[2].Value.StartsWith("day", StringComparison.Ordinal) ? TimeUnit.Day
                : m.Groups[2].Value.StartsWith("month", StringComparison.Ordinal) ? TimeUnit.Month : TimeUnit.Year;
            if (!allowed.Durations.Contains((amount, unit)))
            {
                yield return $"{provision.Where} states the duration {m.Value}, which no source gives";
            }
        }
    }
}
