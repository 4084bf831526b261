using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Rendering.Legal;
using AgreementLang.Rendering.Text;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Schedules;

/// <summary>How values are written: decimal strings for amounts, prices, rates and quantities (a JSON number is
/// read as a binary double), ISO dates for periods, and the source location of every entry.</summary>
public static partial class JsonScheduleWriter
{
    internal static void Names(Utf8JsonWriter json, string property, IEnumerable<string> names)
    {
        json.WriteStartArray(property);
        foreach (var name in names)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
    }

    private static void Subject(Utf8JsonWriter json, AgreementSet set, MineralStage subject)
    {
        json.WriteString("mineral", subject.Mineral);
        json.WriteString("stage", subject.Stage);
        json.WriteStartArray("hs");
        foreach (var line in Annexes.HsLines(set, subject))
        {
            json.WriteStringValue(line.Code);
        }

        json.WriteEndArray();
    }

    private static void Price(Utf8JsonWriter json, UnitPrice price)
    {
        json.WriteStartObject();
        json.WriteString("currency", price.Money.Currency);
        json.WriteString("amount", LegalText.Exact(price.Money.Amount));
        json.WriteString("unit", Units.Symbol(price.Unit));
        json.WriteString("basis", Units.BasisText(price.Basis));
        json.WriteEndObject();
    }

    private static void Money(Utf8JsonWriter json, Money money)
    {
        json.WriteStartObject();
        json.WriteString("currency", money.Currency);
        json.WriteString("amount", LegalText.Exact(money.Amount));
        json.WriteEndObject();
    }

    private static void Quantity(Utf8JsonWriter json, Quantity? quantity)
    {
        if (quantity is not { } q)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("amount", LegalText.Exact(q.Amount));
        json.WriteString("unit", Units.Symbol(q.Unit));
        json.WriteString("basis", Units.BasisText(q.Basis));
        json.WriteEndObject();
    }

    private static void Rate(Utf8JsonWriter json, Rate? rate)
    {
        if (rate is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        Nullable(json, "percent", rate.Percent is { } p ? LegalText.Exact(p.Value) : null);
        json.WritePropertyName("specific");
        if (rate.Specific is { } specific)
        {
            Price(json, specific);
        }
        else
        {
            json.WriteNullValue();
        }

        Nullable(json, "benchmark", rate.Benchmark);
        json.WriteEndObject();
    }

    internal static void Period(Utf8JsonWriter json, Period period)
    {
        Nullable(json, "from", period.From is { } from ? Dates.Iso(from) : null);
        Nullable(json, "until", period.Until is { } until ? Dates.Iso(until) : null);
    }

    internal static void Source(Utf8JsonWriter json, Location location)
    {
        json.WriteStartObject("source");
        json.WriteString("path", location.Path);
        json.WriteNumber("line", location.Start.Line);
        json.WriteNumber("column", location.Start.Column);
        json.WriteEndObject();
    }

    /// <summary>"transaction-value", "net-cost", or null when the rule states no method.</summary>
    private static string? ValuationMethod(OriginValuation? valuation) => valuation switch
    {
        OriginValuation.NetCost => "net-cost",
        OriginValuation.TransactionValue => "transaction-value",
        _ => null,
    };

    internal static void Nullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
