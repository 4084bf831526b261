using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using AgreementLang.Model;

namespace AgreementLang.Formatting;

/// <summary>Writes a bound model back as <c>.agr</c> text that binds to the same model (the unparser). Every value
/// is written explicitly (kind, binding, indefinite term), so the text does not depend on the binder's defaults.
/// A term's period is written only when it differs from the one the binder would derive from the agreement, the
/// way an author writes it. Parts of a model that no text can produce — a period with an end but no start, a
/// string with a line break, a WO3 basis on a unit other than mtu — are written as near as the grammar allows, and
/// the property tests never generate them.
///
/// Used by the property tests (generated model → text → parse and bind → the same model) and available to tools
/// that build models in code.</summary>
public static partial class ModelPrinter
{
    public static string Print(AgreementSet set)
    {
        var writer = new Writer(set);
        foreach (var zone in set.Zones)
        {
            writer.Zone(zone);
        }

        foreach (var institution in set.Institutions)
        {
            writer.Line(0, institution.Kind == EntityKind.PublicBody
                ? $"institution {institution.Name} {Quote(institution.Title)} of {institution.Country}"
                : $"entity {institution.Name} {Quote(institution.Title)} of {institution.Country} as {EntityKinds.Word(institution.Kind)}").Blank();
        }

        foreach (var producer in set.Producers)
        {
            writer.Producer(producer);
        }

        foreach (var facility in set.Facilities)
        {
            writer.Facility(facility);
        }

        foreach (var mineral in set.Minerals)
        {
            writer.Line(0, $"mineral {mineral.Code} {Quote(mineral.Name)} {{");
            foreach (var stage in mineral.Stages)
            {
                writer.Line(1, $"stage {stage.Stage} hs {string.Join(", ", stage.HsCodes)}");
            }

            writer.Line(0, "}").Blank();
        }

        foreach (var line in set.Lines)
        {
            writer.Line(0, $"tariff line {line.Country} {line.Code} {Quote(line.Description)} {line.Subject}").Blank();
        }

        foreach (var stockpile in set.Stockpiles)
        {
            writer.Stockpile(stockpile);
        }

        foreach (var agreement in set.Agreements)
        {
            writer.Agreement(agreement);
        }

        foreach (var amendment in set.Amendments)
        {
            writer.Amendment(amendment);
        }

        return writer.ToString();
    }

    /// <summary>One amendment of <paramref name="target"/>, alone (a generated protocol): its terms' periods are
    /// written where they differ from what the binder derives from the amendment's date and the target's expiry.</summary>
    public static string Print(Amendment amendment, Agreement target)
    {
        var context = AgreementSet.Empty with { Agreements = ImmutableArray.Create(target), Amendments = ImmutableArray.Create(amendment) };
        var writer = new Writer(context);
        writer.Amendment(amendment);
        return writer.ToString();
    }

    /// <summary>A string literal: quotes and backslashes escaped.</summary>
    public static string Quote(string? text) => "\"" + (text ?? "").Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public static string Amount(decimal amount) => FormatLexer.CanonicalAmount(amount.ToString(CultureInfo.InvariantCulture));

    public static string Money(Money money) => money.Currency + " " + Amount(money.Amount);

    public static string Percent(Percentage percent) => Amount(percent.Value) + "%";

    /// <summary>"USD 1 billion", "at least USD 1 billion", "up to USD 2 billion" or "an amount to be agreed".</summary>
    public static string Commitment(CommittedAmount amount) =>
        amount.Stated is { } money ? amount.BoundWords + Money(money) : "an amount to be agreed";

    public static string Price(UnitPrice price) =>
        Money(price.Money) + " per " + Units.Symbol(price.Unit) + Basis(price.Basis, price.Unit);

    public static string Quantity(Quantity quantity) =>
        Amount(quantity.Amount) + " " + Units.Symbol(quantity.Unit) + Basis(quantity.Basis, quantity.Unit);

    public static string Validity(Period period) =>
        period.From is { } from ? "from " + Dates.Iso(from) + (period.Until is { } until ? " until " + Dates.Iso(until) : "") : "";

    public static string Rate(Rate rate) =>
        rate.Specific is { } price ? Price(price)
        : rate.Benchmark is { } benchmark ? Quote(benchmark) + " + " + Percent(rate.Percent ?? new Percentage(0))
        : Percent(rate.Percent ?? new Percentage(0));

    public static string Scope(Scope scope) => scope.Kind switch
    {
        ScopeKind.NonMembers => "non-members",
        ScopeKind.All => "all",
        _ => string.Join(", ", scope.Codes),
    };

    private static string Basis(QuantityBasis basis, MassUnit unit) =>
        basis == Units.DefaultBasis(unit) ? "" : basis switch
        {
            QuantityBasis.Gross => " gross",
            QuantityBasis.ContainedMetal => " contained",
            QuantityBasis.RareEarthOxide => " REO",
            QuantityBasis.LithiumCarbonateEquivalent => " LCE",
            _ => "",
        };

    private static string Period(ReviewPeriod period) => period switch
    {
        ReviewPeriod.Monthly => "monthly",
        ReviewPeriod.Quarterly => "quarterly",
        ReviewPeriod.SemiAnnually => "semi-annually",
        _ => "annually",
    };

    private static string Kind(AgreementKind kind) => kind switch
    {
        AgreementKind.Bilateral => "bilateral",
        AgreementKind.Plurilateral => "plurilateral",
        AgreementKind.Framework => "framework",
        AgreementKind.Memorandum => "memorandum",
        _ => "action plan",
    };

    private static string Suffix(string text) => text.Length == 0 ? "" : " " + text;
}
