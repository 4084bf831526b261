using AgreementLang.Catalog;
using AgreementLang.Checks;
using AgreementLang.Configuration;
using AgreementLang.Diagnostics;
using AgreementLang.Formatting;
using AgreementLang.Model;
using AgreementLang.Semantics;
using AgreementLang.Syntax;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace AgreementLang.Tests.Properties;

/// <summary>The whole-period check and <c>--as-of</c> agree on every date: for a generated set (printed and
/// bound, as the other properties do), the conflicts (AGR3xx but <see cref="NotDateBased"/>, by code and place)
/// of the whole-period check are exactly those found <c>--as-of</c> one change date or another — every start,
/// and the day after every end, of any term, agreement, amendment, reference price, capacity, facility or
/// exchange rate, and a day before them all. Runs max(1,000, AGR_PROPERTY_CASES / 10) sets, since each checks
/// the set once per change date (10,000 sets take about 10 s).</summary>
public sealed class AsOfPropertyTests
{
    private static readonly CompilationOptions Whole = CompilationOptions.Default;

    private readonly ITestOutputHelper _output;

    public AsOfPropertyTests(ITestOutputHelper output)
    {
        _output = output;
    }

    internal static int Cases => Math.Max(1_000, PropertyRun.Cases / 10);

    [Fact]
    public void The_whole_period_conflicts_are_the_union_of_the_as_of_conflicts_over_every_change_date()
    {
        PropertyRun.Check(_output, "whole period = union of as-of", PropertyChecks.Models(), c =>
        {
            var text = ModelPrinter.Print(ModelFactory.Build(c.Seed, c.Size));
            var document = Parser.Parse("generated.agr", text);
            var (set, _) = Binder.Bind(new[] { document });
            var whole = Conflicts(set, Whole);
            var union = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var date in ChangeDates(set))
            {
                union.UnionWith(Conflicts(set, new CompilationOptions(new Dictionary<string, DiagnosticSeverity>(), date)));
            }

            if (!whole.SetEquals(union))
            {
                throw new XunitException($"{c}: whole period only: {string.Join("; ", whole.Except(union))}; as-of only: " +
                                         $"{string.Join("; ", union.Except(whole))}\n{text}");
            }
        }, Cases);
    }

    /// <summary>Conflicts that compare what the texts state rather than what applies on a date: AGR311 compares a
    /// term's stated end (its own period, not the version an amendment or the agreement's expiry cut short) with
    /// the end of the instrument it rests on, and reports it once for the agreement, whichever date that term
    /// applies on — so a term reported whole-period may apply only on dates its agreement is no longer in force
    /// (an offtake from a plant that opens after the agreement expires).
    /// AGR308 reports, for a price, the first price of the zone it cannot be compared with: which one is first depends
    /// on the prices that apply (over the whole period, a reference price that only starts years later), so on a
    /// date it may name another pair, at another place, than over the whole period; likewise a price converted over
    /// a period at an exchange rate valid for part of it is incomparable on a date the rate does not cover.</summary>
    internal static readonly HashSet<string> NotDateBased = new(StringComparer.Ordinal) { "AGR308", "AGR311" };

    /// <summary>Rules that report a spell of conflict once, when it begins, at the newest term then in force
    /// (AGR305: offtakes over capacity): on a later date of the spell --as-of reports it at the newest term on
    /// that date. They are compared by what is over-committed (the producer and subject, or the facility, that
    /// the message names before "add up to"), not by place.</summary>
    internal static readonly HashSet<string> OncePerSpell = new(StringComparer.Ordinal) { "AGR305", "AGR306" };

    /// <summary>The date-based conflicts across agreements, as "code path(line,col)".</summary>
    private static SortedSet<string> Conflicts(AgreementSet set, CompilationOptions options) =>
        new(Checker.Run(set, MineralCatalog.Default, options)
            .Where(d => d.Code.StartsWith("AGR3", StringComparison.Ordinal) && !NotDateBased.Contains(d.Code))
            .Select(Key), StringComparer.Ordinal);

    private static string Key(Diagnostic d) =>
        OncePerSpell.Contains(d.Code) && d.Message.IndexOf(" add", StringComparison.Ordinal) is var end and > 0
            ? d.Code + " " + d.Message.Substring(0, end)
            : d.Code + " " + d.Location;

    /// <summary>Every date on which something of the set starts or stops applying, and the day before the first.</summary>
    internal static SortedSet<DateTime> ChangeDates(AgreementSet set)
    {
        var dates = new SortedSet<DateTime>();
        void Add(Period period)
        {
            if (period.From is { } from)
            {
                dates.Add(from);
            }

            if (period.Until is { } until)
            {
                dates.Add(Dates.AddDays(until, 1));
            }
        }

        foreach (var agreement in set.Agreements)
        {
            Add(agreement.Period);
            foreach (var term in agreement.Terms)
            {
                Add(term.Period);
            }
        }

        foreach (var amendment in set.Amendments)
        {
            dates.Add(amendment.From);
            foreach (var term in amendment.Terms)
            {
                Add(term.Period);
            }
        }

        foreach (var zone in set.Zones)
        {
            foreach (var reference in zone.ReferencePrices)
            {
                Add(reference.Validity);
            }

            foreach (var rate in zone.ExchangeRates)
            {
                Add(rate.Validity);
            }
        }

        foreach (var agreement in set.Agreements)
        {
            foreach (var rate in agreement.ExchangeRates)
            {
                Add(rate.Validity);
            }
        }

        foreach (var producer in set.Producers)
        {
            foreach (var capacity in producer.Capacities)
            {
                Add(capacity.Validity);
            }
        }

        foreach (var facility in set.Facilities)
        {
            Add(facility.Validity);
        }

        dates.Add(dates.Count > 0 ? Dates.AddDays(dates.Min, -1) : new DateTime(2026, 1, 1));
        return dates;
    }
}
