using AgreementLang.Diagnostics;
using Sprache;
using AgreementLang.Text;
using static AgreementLang.Syntax.ValueGrammar;
using static AgreementLang.Syntax.ClauseGrammar;
using static AgreementLang.Syntax.TermGrammar;

namespace AgreementLang.Syntax;

/// <summary>A parsed declaration header: what the declaration is, whether a block follows, and how to build
/// the declaration once its block (if any) is parsed.</summary>
internal sealed record DeclarationHeader(
    string Description,
    BlockGrammar? Block,
    Func<IReadOnlyList<ClauseSyntax>, TextSpan, DeclarationSyntax> Build,
    TextSpan Span);

/// <summary>The clauses a block accepts, keyed by their first word.</summary>
internal sealed class BlockGrammar
{
    public BlockGrammar(string description, IReadOnlyDictionary<string, Parser<ClauseSyntax>> clauses)
    {
        Description = description;
        Clauses = clauses;
    }

    public string Description { get; }

    public IReadOnlyDictionary<string, Parser<ClauseSyntax>> Clauses { get; }
}

/// <summary>Declaration headers and the clause tables of each kind of block.</summary>
internal static class Grammar
{
    internal static readonly Parser<StringSyntax?> OptionalTitle = Title.Maybe();

    public static readonly BlockGrammar ZoneBlock = new("a zone", new Dictionary<string, Parser<ClauseSyntax>>
    {
        ["members"] = Members, ["non-market"] = NonMarket, ["excluded"] = Excluded, ["foreign"] = ActorGrammar.ForeignEntityClause,
        ["reference"] = ReferencePrice, ["exchange"] = ExchangeRate,
    });

    public static readonly BlockGrammar FacilityBlock = new("a facility", new Dictionary<string, Parser<ClauseSyntax>>
    {
        ["loan"] = FacilityLoan, ["private"] = PrivateCapital, ["participant"] = ActorGrammar.Participant,
        ["agent"] = ActorGrammar.Agent,
    });

    public static readonly BlockGrammar ProducerBlock = new("a producer", new Dictionary<string, Parser<ClauseSyntax>>
    {
        ["capacity"] = Capacity, ["owned"] = ActorGrammar.Owned,
    });

    public static readonly BlockGrammar StockpileBlock = new("a stockpile", new Dictionary<string, Parser<ClauseSyntax>>
    {
        ["holds"] = Holding, ["release"] = Release, ["buyer"] = ActorGrammar.Buyers,
    });

    public static readonly BlockGrammar MineralBlock = new("a mineral", new Dictionary<string, Parser<ClauseSyntax>>
    {
        ["stage"] = MineralStageLine,
    });

    public static readonly BlockGrammar FloorBlock = new("a floor", new Dictionary<string, Parser<ClauseSyntax>>
    {
        ["enforced"] = Mechanism, ["tariff"] = TariffCap, ["review"] = Review,
    });

    /// <summary>What a financing clause's block may state beyond amount, rate and tenor.</summary>
    public static readonly BlockGrammar FinancingBlock = new("a financing", new Dictionary<string, Parser<ClauseSyntax>>
    {
        ["instrument"] = ActorGrammar.Instrument, ["conversion"] = ActorGrammar.ConversionPrice,
        ["warrants"] = ActorGrammar.Warrants, ["use"] = ActorGrammar.UseOfProceeds,
    });

    /// <summary>The block a clause may open with '{' (null if it takes none): the parser and the editor's completion
    /// both ask here, so the two cannot disagree on which clauses have blocks.</summary>
    internal static BlockGrammar? NestedBlock(ClauseSyntax clause) => clause switch
    {
        FloorClause => FloorBlock,
        FinancingClauseSyntax => FinancingBlock,
        _ => null,
    };

    internal static Dictionary<string, Parser<ClauseSyntax>> AgreementClauses() => new()
    {
        ["kind"] = Kind, ["binding"] = Binding, ["non-binding"] = Binding, ["zone"] = ZoneRef, ["under"] = Under,
        ["signed"] = Signed, ["in"] = InForce, ["expires"] = Expires, ["term"] = TermClause, ["indefinite"] = Indefinite,
        ["withdrawal"] = Withdrawal, ["party"] = Party, ["floor"] = Floor, ["tariff"] = Tariff, ["no"] = ExportDutyBan,
        ["export"] = ExportMeasure, ["financing"] = Financing, ["offtake"] = Offtake, ["origin"] = Origin,
        ["most"] = MostFavouredNation, ["obligation"] = Obligation, ["exchange"] = ExchangeRate,
        ["provision"] = Provision, ["establishes"] = Establishes,
    };

    public static readonly BlockGrammar AgreementBlock = new("an agreement", AgreementClauses());

    /// <summary>An amendment states what an agreement may, and what to remove from it.</summary>
    public static readonly BlockGrammar AmendmentBlock = new("an amendment", AmendmentClauses());

    internal static Dictionary<string, Parser<ClauseSyntax>> AmendmentClauses()
    {
        var clauses = AgreementClauses();
        clauses["remove"] = Remove;
        return clauses;
    }

    internal static readonly Parser<DeclarationHeader> ZoneHeader =
        from keyword in Kw.Zone
        from name in ZoneName
        from title in OptionalTitle
        select new DeclarationHeader("zone " + name.Text, ZoneBlock,
            (body, span) => new ZoneSyntax(name, title, body, span), Cover(keyword, title?.Span ?? name.Span));

    internal static readonly Parser<DeclarationHeader> FacilityHeader =
        from keyword in Kw.Facility
        from name in FacilityName
        from title in OptionalTitle
        from capWord in Kw.Cap
        from cap in Money
        from validity in OptionalValidity
        from duration in OptionalForDuration
        select new DeclarationHeader("facility " + name.Text, FacilityBlock,
            (body, span) => new FacilitySyntax(name, title, cap, validity, duration, body, span),
            Cover(keyword, duration?.Span ?? validity?.Span ?? cap.Span));

    internal static readonly Parser<DeclarationHeader> ProducerHeader =
        from keyword in Kw.Producer
        from name in ProducerName
        from title in Title
        from inWord in In
        from country in Code
        select new DeclarationHeader("producer " + name.Text, ProducerBlock,
            (body, span) => new ProducerSyntax(name, title, country, body, span), Cover(keyword, country.Span));

    internal static readonly Parser<NameSyntax?> OptionalEntityKind = ActorGrammar.EntityKind.Maybe();

    /// <summary><c>institution EXIM "…" of US</c>: a public body, or, with <c>as</c> a kind, any entity.</summary>
    internal static readonly Parser<DeclarationHeader> InstitutionHeader =
        from keyword in Kw.Institution
        from name in InstitutionName
        from title in Title
        from ofWord in Of
        from country in Code
        from kind in OptionalEntityKind
        select new DeclarationHeader("institution " + name.Text, null,
            (body, span) => new InstitutionSyntax(name, title, country, span) { Kind = kind }, Cover(keyword, kind?.Span ?? country.Span));

    /// <summary><c>entity HARTREE "Hartree Partners LP" of US as agent</c>: an actor that is not a party.</summary>
    internal static readonly Parser<DeclarationHeader> EntityHeader =
        from keyword in Tokens.Keyword("entity")
        from name in ActorGrammar.EntityName
        from title in Title
        from ofWord in Of
        from country in Code
        from kind in ActorGrammar.EntityKind
        select new DeclarationHeader("entity " + name.Text, null,
            (body, span) => new InstitutionSyntax(name, title, country, span) { Kind = kind, Entity = true }, Cover(keyword, kind.Span));

    internal static readonly Parser<NameSyntax?> OptionalZoneName = (from z in Kw.Zone from n in ZoneName select n).Maybe();

    internal static readonly Parser<DeclarationHeader> StockpileHeader =
        from keyword in Kw.Stockpile
        from name in StockpileName
        from title in Title
        from held in Kw.Held
        from byWord in Kw.By
        from holder in Actor
        from zone in OptionalZoneName
        select new DeclarationHeader("stockpile " + name.Text, StockpileBlock,
            (body, span) => new StockpileSyntax(name, title, holder, zone, body, span),
            Cover(keyword, zone?.Span ?? holder.Span));

    internal static readonly Parser<DeclarationHeader> MineralHeader =
        from keyword in Kw.Mineral
        from name in NewMineral
        from title in Title
        select new DeclarationHeader("mineral " + name.Text, MineralBlock,
            (body, span) => new MineralDeclarationSyntax(name, title, body, span), Cover(keyword, title.Span));

    internal static readonly Parser<DeclarationHeader> LineHeader =
        from keyword in Kw.Tariff
        from line in Kw.Line
        from country in Code
        from code in Tokens.HsCode
        from description in Description
        from subject in MineralStage
        select new DeclarationHeader("tariff line " + code.Text, null,
            (body, span) => new LineDeclarationSyntax(country, code, description, subject, span), Cover(keyword, subject.Span));

    internal static readonly Parser<DeclarationHeader> AgreementHeader =
        from keyword in Kw.Agreement
        from name in AgreementName
        from title in Title
        select new DeclarationHeader("agreement " + name.Text, AgreementBlock,
            (body, span) => new AgreementSyntax(name, title, body, span), Cover(keyword, title.Span));

    internal static readonly Parser<DeclarationHeader> AmendmentHeader =
        from keyword in Kw.Amendment
        from name in AmendmentName
        from title in Title
        from amends in Kw.Amends
        from target in AgreementName
        from fromWord in From
        from date in Tokens.Date
        select new DeclarationHeader("amendment " + name.Text, AmendmentBlock,
            (body, span) => new AmendmentSyntax(name, title, target, date, body, span), Cover(keyword, date.Span));

    public static readonly IReadOnlyDictionary<string, Parser<DeclarationHeader>> Declarations =
        new Dictionary<string, Parser<DeclarationHeader>>
        {
            ["zone"] = ZoneHeader, ["facility"] = FacilityHeader, ["producer"] = ProducerHeader,
            ["institution"] = InstitutionHeader, ["entity"] = EntityHeader, ["stockpile"] = StockpileHeader, ["mineral"] = MineralHeader,
            ["tariff"] = LineHeader, ["agreement"] = AgreementHeader, ["amendment"] = AmendmentHeader,
        };

    /// <summary>Forces the static grammar (and with it the keyword registry) to be built.</summary>
    public static void EnsureBuilt()
    {
        // Reading a field runs the static initializers of the whole grammar (a static method alone would not).
        _ = Declarations.Count;
        _ = Kw.Zone;
        foreach (var word in UnitWords)
        {
            Keywords.Register(word);
        }
    }
}
