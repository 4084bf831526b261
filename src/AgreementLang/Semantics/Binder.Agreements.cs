using System.Collections.Immutable;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Syntax;
using AgreementLang.Text;

namespace AgreementLang.Semantics;

/// <summary>Binding of agreements and amendments: their identity and life first, then their terms, which
/// need the parties, the zone and the period to be known.</summary>
public sealed partial class Binder
{
    /// <summary>What the terms of one agreement (or of an amendment to it) are bound against.</summary>
    private sealed record TermContext(
        string Agreement,
        ImmutableArray<string> Parties,
        Zone? Zone,
        Period Period,
        DateTime? Signed,
        DateTime? EntryIntoForce,
        ImmutableArray<ExchangeRate> Rates);

    private Agreement BindAgreement(AgreementSyntax syntax)
    {
        var seen = new Dictionary<string, ClauseSyntax>(StringComparer.Ordinal);
        AgreementKind? kind = null;
        bool? binding = null;
        Zone? zone = null;
        string? under = null;
        DateTime? signed = null;
        string? place = null;
        EntryIntoForce entry = new EntryIntoForce.Unstated();
        InForceClause? entrySyntax = null;
        Expiry expiry = new Expiry.Indefinite();
        ExpiryClause? expirySyntax = null;
        Duration? withdrawal = null;
        var parties = ImmutableArray.CreateBuilder<Party>();
        var rates = ImmutableArray.CreateBuilder<ExchangeRate>();
        var clauses = AgreementClauses.None;
        var establishes = TradeArea.None;

        foreach (var clause in syntax.Body)
        {
            if (SingleClauseName(clause) is { } single && !FirstOfItsKind(seen, single, clause, syntax.Name.Text))
            {
                continue;
            }

            switch (clause)
            {
                case KindClause k:
                    clauses = clauses with { Kind = Loc(clause) };
                    kind = k.Kind.Text switch
                    {
                        "bilateral" => AgreementKind.Bilateral,
                        "plurilateral" => AgreementKind.Plurilateral,
                        "framework" => AgreementKind.Framework,
                        "memorandum" => AgreementKind.Memorandum,
                        _ => AgreementKind.ActionPlan,
                    };
                    break;
                case BindingClause b:
                    clauses = clauses with { Binding = Loc(clause) };
                    binding = b.Binding;
                    break;
                case ZoneRefClause z:
                    clauses = clauses with { Zone = Loc(clause) };
                    zone = ResolveZone(z.Zone);
                    break;
                case UnderClause u:
                    clauses = clauses with { Under = Loc(clause) };
                    under = ResolveInstrument(u.Instrument);
                    break;
                case SignedClause s:
                    clauses = clauses with { Signed = Loc(clause) };
                    signed = s.Date.Value;
                    place = OptionalWords(s.Place, "the place of signature of agreement '" + syntax.Name.Text + "'");
                    break;
                case InForceClause f:
                    clauses = clauses with { EntryIntoForce = Loc(clause) };
                    entrySyntax = f;
                    entry = f.Date is { } date ? new EntryIntoForce.OnDate(date.Value)
                        : f.OnSignature ? new EntryIntoForce.OnSignature()
                        : new EntryIntoForce.AfterNotifications((int)Math.Min(f.DaysAfterNotifications!.Value, 100_000m));
                    break;
                case ExpiryClause e:
                    clauses = clauses with { Expiry = Loc(clause) };
                    expirySyntax = e;
                    expiry = e.Date is { } end ? new Expiry.OnDate(end.Value)
                        : BindDuration(e.Term) is { } term ? new Expiry.AfterTerm(term)
                        : new Expiry.Indefinite();
                    break;
                case WithdrawalClause w:
                    clauses = clauses with { Withdrawal = Loc(clause) };
                    withdrawal = BindDuration(w.Notice);
                    break;
                case PartyClause p:
                    if (parties.Any(existing => existing.Code == p.Code.Text))
                    {
                        var first = parties.First(existing => existing.Code == p.Code.Text);
                        Add(Diagnostic.DuplicateClause(Loc(p.Code), "party " + p.Code.Text, syntax.Name.Text, first.Location.Start.Line));
                    }
                    else if (BindCountry(p.Code, allowDeclared: true))
                    {
                        parties.Add(new Party(p.Code.Text, Words(p.FullName, "the full name of party " + p.Code.Text + " in agreement '" + syntax.Name.Text + "'"), BindRole(p.Role), Loc(p)));
                    }

                    break;
                case ExchangeRateClause r when BindExchangeRate(r) is { } rate:
                    rates.Add(rate);
                    break;
                case EstablishesClause e:
                    establishes = e.Area.Text == "customs union" ? TradeArea.CustomsUnion : TradeArea.FreeTradeArea;
                    clauses = clauses with { Establishes = Loc(clause) };
                    break;
            }
        }

        if (parties.Count == 0)
        {
            Add(Diagnostic.MissingClause(Loc(syntax.Name), "agreement", syntax.Name.Text, "party"));
        }

        if (kind is null)
        {
            Add(Diagnostic.MissingClause(Loc(syntax.Name), "agreement", syntax.Name.Text, "kind (bilateral, plurilateral, framework, memorandum or action plan)"));
        }

        if (entry is EntryIntoForce.Unstated)
        {
            Add(Diagnostic.MissingClause(Loc(syntax.Name), "agreement", syntax.Name.Text, "entry into force ('in force ...')"));
        }

        var resolvedKind = kind ?? (parties.Count > 2 ? AgreementKind.Plurilateral : AgreementKind.Bilateral);
        var agreement = new Agreement(syntax.Name.Text, Words(syntax.Title, "the title of agreement '" + syntax.Name.Text + "'"), resolvedKind,
            binding ?? resolvedKind is AgreementKind.Bilateral or AgreementKind.Plurilateral, zone?.Name, under, signed, place, entry, expiry,
            withdrawal, parties.ToImmutable(), ImmutableArray<AgreementTerm>.Empty, rates.ToImmutable(), Loc(syntax.Name), clauses)
        {
            Establishes = establishes,
        };

        CheckLifeDates(agreement, entrySyntax, expirySyntax);
        var context = new TermContext(agreement.Name, agreement.Parties.Select(p => p.Code).ToImmutableArray(), zone, agreement.Period,
            signed, KnownEntryIntoForce(agreement), zone is null ? agreement.ExchangeRates : zone.ExchangeRates.AddRange(agreement.ExchangeRates));
        return agreement with { Terms = BindTerms(syntax.Body, context) };
    }

    private Amendment? BindAmendment(AmendmentSyntax syntax, IReadOnlyDictionary<string, Agreement> agreements)
    {
        if (!agreements.TryGetValue(syntax.Amends.Text, out var target))
        {
            if (_symbols.TryGetValue(syntax.Amends.Text, out var symbol))
            {
                Add(Diagnostic.WrongKindOfName(Loc(syntax.Amends), syntax.Amends.Text, symbol.Syntax.KindName, "an agreement"));
            }
            else
            {
                Add(Diagnostic.UnknownName(Loc(syntax.Amends), "agreement", syntax.Amends.Text, DidYouMean(syntax.Amends.Text, SymbolsOfKind("agreement"))));
            }

            return null;
        }

        var signed = syntax.Body.OfType<SignedClause>().FirstOrDefault()?.Date.Value;
        var zone = target.Zone is { } zoneName && _zones.TryGetValue(zoneName, out var z) ? z : null;
        var added = BindAmendmentParties(syntax);
        // From its date the amendment's clauses may name the parties it adds, and those that earlier amendments of
        // the same agreement added; the agreement's own clauses may not (they apply before the parties join).
        var parties = target.Parties.Select(p => p.Code)
            .Concat(_partiesAddedByAmendments.Where(a => a.Amends == target.Name && a.From <= syntax.From.Value).SelectMany(a => a.Codes))
            .Concat(added.Select(p => p.Code))
            .Distinct(StringComparer.Ordinal)
            .ToImmutableArray();
        var context = new TermContext(target.Name, parties, zone,
            new Period(syntax.From.Value, target.EffectiveUntil), signed, syntax.From.Value,
            zone is null ? target.ExchangeRates : zone.ExchangeRates.AddRange(target.ExchangeRates));
        foreach (var place in syntax.Body.OfType<SignedClause>())
        {
            OptionalWords(place.Place, "the place of signature of amendment '" + syntax.Name.Text + "'");
        }

        return new Amendment(syntax.Name.Text, Words(syntax.Title, "the title of amendment '" + syntax.Name.Text + "'"), target.Name, syntax.From.Value, signed, BindTerms(syntax.Body, context),
            Loc(syntax.Name)) { Removals = BindRemovals(syntax.Body), Parties = added };
    }

    /// <summary>The parties an amendment adds, each code once (a second <c>party</c> of one code is AGR114).</summary>
    private ImmutableArray<Party> BindAmendmentParties(AmendmentSyntax syntax)
    {
        var parties = ImmutableArray.CreateBuilder<Party>();
        foreach (var p in syntax.Body.OfType<PartyClause>())
        {
            if (parties.Any(existing => existing.Code == p.Code.Text))
            {
                var first = parties.First(existing => existing.Code == p.Code.Text);
                Add(Diagnostic.DuplicateClause(Loc(p.Code), "party " + p.Code.Text, syntax.Name.Text, first.Location.Start.Line));
            }
            else if (BindCountry(p.Code, allowDeclared: true))
            {
                parties.Add(new Party(p.Code.Text, Words(p.FullName, "the full name of party " + p.Code.Text + " in amendment '" + syntax.Name.Text + "'"),
                    BindRole(p.Role), Loc(p)));
            }
        }

        return parties.ToImmutable();
    }

    /// <summary>The removals of an amendment, each with the key of the clause it deletes; a removal whose mineral or
    /// stage is unknown is reported and left out.</summary>
    private ImmutableArray<Removal> BindRemovals(IReadOnlyList<ClauseSyntax> body)
    {
        var removals = ImmutableArray.CreateBuilder<Removal>();
        foreach (var clause in body)
        {
            if (clause is not RemoveClause r)
            {
                continue;
            }

            var subject = r.Subject is null ? null : BindMineralStage(r.Subject);
            if (r.Subject is not null && subject is null)
            {
                continue;
            }

            var location = Loc(r);
            var names = r.Names.Select(n => n.Text).ToArray();
            Removal? removal = r.Kind.Text switch
            {
                "floor" => Removal.Floor(subject!, location),
                "tariff" => Removal.Tariff(names[0], names[1], subject!, r.Line?.Text, location),
                "export duties" => Removal.ExportDutyBan(location),
                "export tax" => Removal.ExportMeasure(ExportMeasureKind.Tax, names[0], subject!, location),
                "export quota" => Removal.ExportMeasure(ExportMeasureKind.Quota, names[0], subject!, location),
                "loan" => Removal.Loan(names[0], names[1], location),
                "equity" => Removal.Equity(names[0], names[1], location),
                "grant" => Removal.Grant(names[0], names[1], location),
                "guarantee" => Removal.Guarantee(names[0], names[1], location),
                "offtake" => Removal.Offtake(names[0], names[1], subject!, location),
                "origin" => Removal.Origin(subject!, location),
                "provision" => Removal.Provision(ProvisionTopics.Parse(names[0])!.Value, location),
                "most favoured nation" => BindMostFavouredNationRemoval(r, names, location),
                _ => Removal.Obligation(names.ToImmutableArray(), r.Text!.Value, location),
            };
            if (removal is not null)
            {
                removals.Add(removal);
            }
        }

        return removals.ToImmutable();
    }

    private Removal? BindMostFavouredNationRemoval(RemoveClause r, string[] names, Location location)
    {
        var mineral = BindMineral(r.Mineral!);
        var stage = r.Stage is null ? null : BindStage(r.Stage);
        return mineral is null || (r.Stage is not null && stage is null) ? null
            : Removal.MostFavouredNation(names[0], mineral, stage?.Name, names[1] == "floor" ? MfnSubject.Floor : MfnSubject.Tariff, location);
    }

    /// <summary>AGR119 for each removal that deletes nothing from the agreement as amended before it.</summary>
    private void CheckRemovals(AgreementSet set)
    {
        foreach (var amendment in set.Amendments)
        {
            if (amendment.Removals.IsEmpty || set.Agreements.FirstOrDefault(a => a.Name == amendment.Amends) is not { } target)
            {
                continue;
            }

            foreach (var removal in Consolidation.Unmatched(set, target, amendment))
            {
                var earlier = Consolidation.AmendmentsOf(set, target.Name).TakeWhile(a => !ReferenceEquals(a, amendment)).Select(a => a.Name).ToArray();
                Add(Diagnostic.RemovalMatchesNothing(removal.Location, removal.Clause, amendment.Name, target.Name,
                    earlier.Length == 0 ? "" : " as amended by " + string.Join(", ", earlier)));
            }
        }
    }

    private static DateTime? KnownEntryIntoForce(Agreement agreement) => agreement.EntryIntoForce switch
    {
        EntryIntoForce.OnDate d => d.Date,
        EntryIntoForce.OnSignature => agreement.Signed,
        _ => null,
    };

    private void CheckLifeDates(Agreement agreement, InForceClause? entrySyntax, ExpiryClause? expirySyntax)
    {
        if (entrySyntax?.Date is { } entryDate && agreement.Signed is { } signed && entryDate.Value < signed)
        {
            Add(Diagnostic.ImpossibleDates(Loc(entryDate), "entry into force", Dates.Iso(entryDate.Value), "signature", Dates.Iso(signed)));
        }

        if (expirySyntax?.Date is { } end && agreement.EffectiveFrom is { } from && end.Value < from)
        {
            Add(Diagnostic.ImpossibleDates(Loc(end), "expiry", Dates.Iso(end.Value), "entry into force", Dates.Iso(from)));
        }
    }

    private static string? SingleClauseName(ClauseSyntax clause) => clause switch
    {
        KindClause => "kind",
        BindingClause => "binding",
        ZoneRefClause => "zone",
        UnderClause => "under",
        SignedClause => "signature",
        InForceClause => "entry into force",
        ExpiryClause => "expiry",
        WithdrawalClause => "withdrawal notice",
        EstablishesClause => "establishes",
        _ => null,
    };

    private bool FirstOfItsKind(Dictionary<string, ClauseSyntax> seen, string what, ClauseSyntax clause, string owner)
    {
        if (seen.TryGetValue(what, out var first))
        {
            Add(Diagnostic.DuplicateClause(Loc(clause), what, owner, _source.GetLinePosition(first.Span.Start).Line));
            return false;
        }

        seen[what] = clause;
        return true;
    }

    private static PartyRole BindRole(NameSyntax? role) => role?.Text switch
    {
        "chair" => PartyRole.Chair,
        "observer" => PartyRole.Observer,
        "guarantor" => PartyRole.Guarantor,
        "lender" => PartyRole.Lender,
        "borrower" => PartyRole.Borrower,
        "producer" => PartyRole.Producer,
        "buyer" => PartyRole.Buyer,
        _ => PartyRole.Party,
    };

    private string? ResolveInstrument(NameSyntax name)
    {
        if (_symbols.TryGetValue(name.Text, out var symbol))
        {
            if (symbol.Syntax is AgreementSyntax)
            {
                return name.Text;
            }

            Add(Diagnostic.WrongKindOfName(Loc(name), name.Text, symbol.Syntax.KindName, "an agreement"));
            return null;
        }

        Add(Diagnostic.UnknownName(Loc(name), "agreement", name.Text, DidYouMean(name.Text, SymbolsOfKind("agreement"))));
        return null;
    }

    private bool RequireParty(NameSyntax code, TermContext context)
    {
        if (context.Parties.Contains(code.Text))
        {
            return true;
        }

        // A code already reported as no country at all (a party 'UK' meant as GB) is not reported again as no party.
        if (_unknownCountries.Contains(code.Text))
        {
            return false;
        }

        Add(Diagnostic.NotAParty(Loc(code), code.Text, context.Agreement,
            context.Parties.IsEmpty ? "not stated" : string.Join(", ", context.Parties)));
        return false;
    }
}
