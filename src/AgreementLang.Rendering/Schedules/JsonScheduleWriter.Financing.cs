using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Rendering.Legal;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Schedules;

/// <summary>The financing of the schedule: each loan, equity stake, grant and guarantee with the terms its clause
/// states, and the facilities they draw on.</summary>
public static partial class JsonScheduleWriter
{
    /// <summary>Loans, equity stakes, grants and guarantees, agreement by agreement.</summary>
    private static void WriteFinancingSection(Utf8JsonWriter json, Agreement[] agreements, AgreementSet set)
    {
        json.WriteStartArray("financing");
        foreach (var agreement in agreements)
        {
            foreach (var term in agreement.Terms)
            {
                WriteFinancing(json, agreement, term);
            }
        }

        json.WriteEndArray();
    }

    /// <summary>The financing facilities of the set, by name.</summary>
    private static void WriteFacilities(Utf8JsonWriter json, AgreementSet set)
    {
        json.WriteStartArray("facilities");
        foreach (var facility in set.Facilities.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("name", facility.Name);
            Nullable(json, "title", facility.Title);
            json.WritePropertyName("cap");
            Money(json, facility.Cap);
            json.WriteStartArray("sources");
            foreach (var source in facility.Sources)
            {
                json.WriteStartObject();
                json.WriteString("kind", source.Kind == FacilitySourceKind.Loan ? "loan" : "private-capital");
                Nullable(json, "lender", source.Lender);
                json.WritePropertyName("amount");
                Money(json, source.Amount);
                Nullable(json, "tenor", source.Tenor?.ToString());
                Source(json, source.Location);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Names(json, "participants", facility.Participants.Where(p => !p.Agent).Select(p => p.Name));
            Names(json, "agents", facility.Participants.Where(p => p.Agent).Select(p => p.Name));
            Period(json, facility.Validity);
            Source(json, facility.Location);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteFinancing(Utf8JsonWriter json, Agreement agreement, AgreementTerm term)
    {
        var (instrument, provider, recipient, amount) = term switch
        {
            Loan l => ("loan", l.Lender, l.Borrower, l.Amount),
            EquityStake e => ("equity", e.Investor, e.Investee, e.Amount),
            Grant g => ("grant", g.Grantor, g.Grantee, g.Amount),
            Guarantee g => ("guarantee", g.Guarantor, g.Beneficiary, g.Amount),
            _ => (null, "", "", default(CommittedAmount)),
        };
        if (instrument is null)
        {
            return;
        }

        json.WriteStartObject();
        json.WriteString("agreement", agreement.Name);
        json.WriteString("instrument", instrument);
        json.WriteString("provider", provider);
        json.WriteString("recipient", recipient);
        // The bound as stated; an amount to be agreed has no figure, so "amount" is null rather than zero.
        json.WriteString("bound", amount.Bound switch
        {
            AmountBound.AtLeast => "at-least",
            AmountBound.UpTo => "up-to",
            AmountBound.ToBeAgreed => "to-be-agreed",
            _ => "exactly",
        });
        json.WritePropertyName("amount");
        if (amount.Stated is { } stated)
        {
            Money(json, stated);
        }
        else
        {
            json.WriteNullValue();
        }

        json.WritePropertyName("rate");
        Rate(json, (term as Loan)?.Rate);
        Nullable(json, "stake", term is EquityStake { Stake: { } stake } ? LegalText.Exact(stake.Value) : null);
        Nullable(json, "tenor", term switch
        {
            Loan l => l.Tenor.ToString(),
            Guarantee { Tenor: { } t } => t.ToString(),
            _ => null,
        });
        Nullable(json, "within", term is Grant { Within: { } within } ? within.ToString() : null);
        Nullable(json, "facility", (term as Loan)?.Facility);
        WriteFinancingTerms(json, term switch
        {
            Loan l => l.Terms,
            EquityStake e => e.Terms,
            Grant g => g.Terms,
            Guarantee g => g.Terms,
            _ => FinancingTerms.None,
        });
        Period(json, term.Period);
        Source(json, term.Location);
        json.WriteEndObject();
    }

    /// <summary>What a financing states beyond amount, rate and tenor; null where the source states nothing.</summary>
    private static void WriteFinancingTerms(Utf8JsonWriter json, FinancingTerms terms)
    {
        Nullable(json, "form", terms.Instrument is { } instrument ? FinancingInstruments.Word(instrument) : null);
        json.WritePropertyName("conversionPrice");
        OptionalMoney(json, terms.ConversionPrice);
        if (terms.Warrants is { } warrants)
        {
            json.WriteStartObject("warrants");
            json.WritePropertyName("exercisePrice");
            OptionalMoney(json, warrants.ExercisePrice);
            Nullable(json, "term", warrants.Term?.ToString());
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("warrants");
        }

        Nullable(json, "useOfProceeds", terms.UseOfProceeds);
    }

    private static void OptionalMoney(Utf8JsonWriter json, Money? money)
    {
        if (money is { } value)
        {
            Money(json, value);
        }
        else
        {
            json.WriteNullValue();
        }
    }
}
