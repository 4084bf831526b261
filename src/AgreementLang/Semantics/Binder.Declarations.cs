using System.Collections.Immutable;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Syntax;

namespace AgreementLang.Semantics;

/// <summary>Binding of the declarations other than agreements.</summary>
public sealed partial class Binder
{
    private Zone BindZone(ZoneSyntax syntax)
    {
        var members = ImmutableArray.CreateBuilder<string>();
        var nonMarket = ImmutableArray.CreateBuilder<string>();
        var excluded = ImmutableArray.CreateBuilder<string>();
        var foreign = ImmutableArray.CreateBuilder<string>();
        var prices = ImmutableArray.CreateBuilder<ReferencePrice>();
        var rates = ImmutableArray.CreateBuilder<ExchangeRate>();
        var listings = ImmutableArray.CreateBuilder<ZoneListing>();
        Percentage? threshold = null;
        foreach (var clause in syntax.Body)
        {
            switch (clause)
            {
                case PartyListClause list:
                    var (target, status) = list.Keyword.Text switch
                    {
                        "members" => (members, ZoneStatus.Member),
                        "non-market" => (nonMarket, ZoneStatus.NonMarket),
                        "excluded" => (excluded, ZoneStatus.Excluded),
                        _ => (foreign, ZoneStatus.ForeignEntity),
                    };
                    foreach (var code in list.Codes.Where(c => BindCountry(c)))
                    {
                        target.Add(code.Text);
                        listings.Add(new ZoneListing(code.Text, status, Loc(code)));
                    }

                    break;
                case ReferencePriceClause reference:
                    var subject = BindMineralStage(reference.Subject);
                    var price = BindPrice(reference.Price);
                    if (subject is not null && price is not null)
                    {
                        prices.Add(new ReferencePrice(subject, price.Value, BindValidity(reference.Validity), BindPeriod(reference.Review), Loc(reference)));
                    }

                    break;
                case ExchangeRateClause rate when BindExchangeRate(rate) is { } bound:
                    rates.Add(bound);
                    break;
                case ForeignEntityThresholdClause limit:
                    threshold = BindShare(limit.Threshold, "the foreign-entity threshold of zone '" + syntax.Name.Text + "'") ?? threshold;
                    break;
            }
        }

        return new Zone(syntax.Name.Text, OptionalWords(syntax.Title, "the title of zone '" + syntax.Name.Text + "'"), members.ToImmutable(), nonMarket.ToImmutable(), excluded.ToImmutable(),
            foreign.ToImmutable(), prices.ToImmutable(), rates.ToImmutable(), Loc(syntax.Name))
        {
            Listings = listings.ToImmutable(),
            ForeignEntityThreshold = threshold,
        };
    }

    private ExchangeRate? BindExchangeRate(ExchangeRateClause syntax)
    {
        var from = BindPositiveMoney(syntax.From, "an exchange rate", wholeMinorUnits: false);
        var to = BindPositiveMoney(syntax.To, "an exchange rate", wholeMinorUnits: false);
        return from is null || to is null ? null : new ExchangeRate(from.Value, to.Value, BindValidity(syntax.Validity), Loc(syntax));
    }

    private Producer BindProducer(ProducerSyntax syntax)
    {
        BindCountry(syntax.Country);
        var capacities = ImmutableArray.CreateBuilder<Capacity>();
        foreach (var clause in syntax.Body.OfType<CapacityClause>())
        {
            var subject = BindMineralStage(clause.Subject);
            var quantity = BindQuantity(clause.Quantity);
            if (subject is not null && quantity is not null)
            {
                capacities.Add(new Capacity(subject, quantity.Value, BindValidity(clause.Validity), Loc(clause)));
            }
        }

        return new Producer(syntax.Name.Text, Words(syntax.Title, "the full name of producer '" + syntax.Name.Text + "'"), syntax.Country.Text, capacities.ToImmutable(), Loc(syntax.Name))
        {
            Owners = BindOwners(syntax),
        };
    }

    private Facility? BindFacility(FacilitySyntax syntax)
    {
        var cap = BindPositiveMoney(syntax.Cap, "a facility's cap");
        if (cap is null)
        {
            return null;
        }

        var validity = BindValidity(syntax.Validity);
        if (BindDuration(syntax.Duration) is { } duration && validity.From is { } from)
        {
            validity = validity with { Until = duration.LastDayFrom(from) };
        }

        var sources = ImmutableArray.CreateBuilder<FacilitySource>();
        foreach (var clause in syntax.Body)
        {
            switch (clause)
            {
                case FacilityLoanClause loan when BindPositiveMoney(loan.Amount, "a loan") is { } amount:
                    ResolveActor(loan.Lender, "lender", agreement: null);
                    CheckSameCurrency(amount, cap.Value, loan.Amount, "the loan", "the facility's cap", ImmutableArray<ExchangeRate>.Empty);
                    sources.Add(new FacilitySource(FacilitySourceKind.Loan, loan.Lender.Text, amount, BindRate(loan.Rate), BindDuration(loan.Tenor), Loc(loan)));
                    break;
                case PrivateCapitalClause capital when BindPositiveMoney(capital.Amount, "private capital") is { } amount:
                    CheckSameCurrency(amount, cap.Value, capital.Amount, "the private capital", "the facility's cap", ImmutableArray<ExchangeRate>.Empty);
                    sources.Add(new FacilitySource(FacilitySourceKind.PrivateCapital, null, amount, null, null, Loc(capital)));
                    break;
            }
        }

        return new Facility(syntax.Name.Text, OptionalWords(syntax.Title, "the title of facility '" + syntax.Name.Text + "'"), cap.Value, validity, sources.ToImmutable(), Loc(syntax.Name))
        {
            Participants = BindParticipants(syntax),
            AllSourcesBound = sources.Count == syntax.Body.Count(c => c is FacilityLoanClause or PrivateCapitalClause),
        };
    }

    private DeclaredMineral BindMineralDeclaration(MineralDeclarationSyntax syntax)
    {
        var stages = ImmutableArray.CreateBuilder<DeclaredStage>();
        foreach (var clause in syntax.Body.OfType<MineralStageLineClause>())
        {
            if (BindStage(clause.Stage) is { } stage)
            {
                stages.Add(new DeclaredStage(stage.Name, clause.HsCodes.Where(ValidHsCode).Select(c => c.Text).ToImmutableArray(), Loc(clause)));
            }
        }

        return new DeclaredMineral(syntax.Name.Text, Words(syntax.Title, "the name of mineral '" + syntax.Name.Text + "'"), stages.ToImmutable(), Loc(syntax.Name));
    }

    private NationalLine? BindLine(LineDeclarationSyntax syntax)
    {
        var country = BindCountry(syntax.Country);
        var valid = ValidHsCode(syntax.Name);
        var subject = BindMineralStage(syntax.Subject);
        return country && valid && subject is not null
            ? new NationalLine(syntax.Country.Text, syntax.Name.Text, Words(syntax.Description, "the description of tariff line " + syntax.Country.Text + " " + syntax.Name.Text), subject, Loc(syntax.Name))
            : null;
    }

    private Stockpile BindStockpile(StockpileSyntax syntax)
    {
        ResolveActor(syntax.Holder, "holder", agreement: null);
        Zone? zone = null;
        if (syntax.Zone is { } zoneName)
        {
            zone = ResolveZone(zoneName);
        }

        var holdings = ImmutableArray.CreateBuilder<Holding>();
        var releases = ImmutableArray.CreateBuilder<ReleaseRule>();
        foreach (var clause in syntax.Body)
        {
            switch (clause)
            {
                case HoldingClause holding when BindMineralStage(holding.Subject) is { } subject && BindQuantity(holding.Quantity) is { } quantity:
                    holdings.Add(new Holding(subject, quantity, Loc(holding)));
                    break;
                case ReleaseClause release when BindMineralStage(release.Subject) is { } subject:
                    UnitPrice? price = null;
                    if (release.Price is { } priceSyntax)
                    {
                        price = BindPrice(priceSyntax);
                        if (price is null)
                        {
                            break;
                        }
                    }

                    releases.Add(new ReleaseRule(subject, price, Loc(release), release.AtMarketPrice));
                    break;
            }
        }

        return new Stockpile(syntax.Name.Text, Words(syntax.Title, "the title of stockpile '" + syntax.Name.Text + "'"), syntax.Holder.Text, zone?.Name, holdings.ToImmutable(), releases.ToImmutable(),
            Loc(syntax.Name))
        {
            Buyers = BindBuyers(syntax),
        };
    }

    private Zone? ResolveZone(NameSyntax name)
    {
        if (_zones.TryGetValue(name.Text, out var zone))
        {
            return zone;
        }

        if (_symbols.TryGetValue(name.Text, out var symbol))
        {
            Add(Diagnostic.WrongKindOfName(Loc(name), name.Text, symbol.Syntax.KindName, "a zone"));
        }
        else
        {
            Add(Diagnostic.UnknownName(Loc(name), "zone", name.Text, DidYouMean(name.Text, SymbolsOfKind("zone"))));
        }

        return null;
    }

    /// <summary>A lender, borrower, buyer or holder: a country code, a declared institution, producer or facility.</summary>
    private bool ResolveActor(NameSyntax name, string role, Agreement? agreement)
    {
        if (_symbols.TryGetValue(name.Text, out var symbol))
        {
            if (symbol.Syntax is InstitutionSyntax or ProducerSyntax or FacilitySyntax)
            {
                return true;
            }

            Add(Diagnostic.WrongKindOfName(Loc(name), name.Text, symbol.Syntax.KindName, "a " + role + " (a party, institution, entity, producer or facility)"));
            return false;
        }

        if (_catalog.FindCountry(name.Text) is not null)
        {
            return true;
        }

        var candidates = _symbols.Where(s => s.Value.Syntax is InstitutionSyntax or ProducerSyntax or FacilitySyntax).Select(s => s.Key)
            .Concat(agreement?.Parties.Select(p => p.Code) ?? Enumerable.Empty<string>());
        Add(Diagnostic.UnknownName(Loc(name), role, name.Text, DidYouMean(name.Text, candidates)));
        return false;
    }

    /// <summary>Reports two amounts that must be in one currency when they are not and no rate links them.</summary>
    private void CheckSameCurrency(Money value, Money reference, SyntaxNode at, string what, string referenceWhat, ImmutableArray<ExchangeRate> rates)
    {
        if (value.Currency == reference.Currency ||
            rates.Any(r => (r.From.Currency == value.Currency && r.To.Currency == reference.Currency) ||
                           (r.To.Currency == value.Currency && r.From.Currency == reference.Currency)))
        {
            return;
        }

        Add(Diagnostic.CurrencyMismatch(Loc(at), what, value.Currency, referenceWhat, reference.Currency));
    }
}
