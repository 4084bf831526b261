using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using AgreementLang.Diagnostics;
using AgreementLang.Text;
using AgreementLang.Trimming;
using Sprache;
using static AgreementLang.Syntax.ValueGrammar;
using static AgreementLang.Syntax.ClauseGrammar;

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

/// <summary>Declaration headers and the clause tables of each kind of block. A table holds, for each first word, a
/// parser that reaches its clause family's static field only when called: a family's parsers (a class such as
/// <see cref="FloorGrammar"/>) are built when the runtime first initialises that class, so a file builds only the
/// families it uses, and a process that checks three small files does not pay for the whole grammar at start-up.
/// Class initialisation is thread-safe, so files may be parsed in parallel from the first.</summary>
internal static class Grammar
{
    internal static readonly Parser<StringSyntax?> OptionalTitle = Title.Maybe();

    public static readonly BlockGrammar ZoneBlock = new("a zone", new Dictionary<string, Parser<ClauseSyntax>>
    {
        ["members"] = input => ZoneGrammar.Members(input), ["non-market"] = input => ZoneGrammar.NonMarket(input),
        ["excluded"] = input => ZoneGrammar.Excluded(input), ["foreign"] = input => ZoneGrammar.ForeignEntityClause(input), ["reference"] = input => ZoneGrammar.ReferencePrice(input),
        ["exchange"] = input => ZoneGrammar.ExchangeRate(input),
    });

    public static readonly BlockGrammar FacilityBlock = new("a facility", new Dictionary<string, Parser<ClauseSyntax>>
    {
        ["loan"] = input => SupplyGrammar.FacilityLoan(input), ["private"] = input => SupplyGrammar.PrivateCapital(input),
        ["participant"] = input => SupplyGrammar.Participant(input), ["agent"] = input => SupplyGrammar.Agent(input),
    });

    public static readonly BlockGrammar ProducerBlock = new("a producer", new Dictionary<string, Parser<ClauseSyntax>>
    {
        ["capacity"] = input => SupplyGrammar.Capacity(input), ["owned"] = input => SupplyGrammar.Owned(input),
    });

    public static readonly BlockGrammar StockpileBlock = new("a stockpile", new Dictionary<string, Parser<ClauseSyntax>>
    {
        ["holds"] = input => SupplyGrammar.Holding(input), ["release"] = input => SupplyGrammar.Release(input),
        ["buyer"] = input => SupplyGrammar.Buyers(input),
    });

    public static readonly BlockGrammar MineralBlock = new("a mineral", new Dictionary<string, Parser<ClauseSyntax>>
    {
        ["stage"] = input => SupplyGrammar.MineralStageLine(input),
    });

    public static readonly BlockGrammar FloorBlock = new("a floor", new Dictionary<string, Parser<ClauseSyntax>>
    {
        ["enforced"] = input => FloorGrammar.Mechanism(input), ["tariff"] = input => FloorGrammar.TariffCap(input),
        ["review"] = input => FloorGrammar.Review(input),
    });

    /// <summary>What a financing clause's block may state beyond amount, rate and tenor.</summary>
    public static readonly BlockGrammar FinancingBlock = new("a financing", new Dictionary<string, Parser<ClauseSyntax>>
    {
        ["instrument"] = input => FinancingTermsGrammar.Instrument(input), ["conversion"] = input => FinancingTermsGrammar.ConversionPrice(input),
        ["warrants"] = input => FinancingTermsGrammar.Warrants(input), ["use"] = input => FinancingTermsGrammar.UseOfProceeds(input),
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
        ["kind"] = input => Kind(input), ["binding"] = input => Binding(input), ["non-binding"] = input => Binding(input),
        ["zone"] = input => ZoneRef(input), ["under"] = input => Under(input), ["signed"] = input => Signed(input),
        ["in"] = input => InForce(input), ["expires"] = input => Expires(input), ["term"] = input => TermClause(input),
        ["indefinite"] = input => Indefinite(input), ["withdrawal"] = input => Withdrawal(input), ["party"] = input => Party(input),
        ["floor"] = input => FloorGrammar.Floor(input), ["tariff"] = input => TradeGrammar.Tariff(input),
        ["no"] = input => TradeGrammar.ExportDutyBan(input), ["export"] = input => TradeGrammar.ExportMeasure(input),
        ["financing"] = input => FinancingGrammar.Financing(input), ["offtake"] = input => OfftakeGrammar.Offtake(input),
        ["origin"] = input => OriginGrammar.Origin(input), ["most"] = input => PreferenceGrammar.MostFavouredNation(input),
        ["obligation"] = input => ObligationGrammar.Obligation(input), ["exchange"] = input => ZoneGrammar.ExchangeRate(input),
        ["provision"] = input => ObligationGrammar.Provision(input), ["establishes"] = input => PreferenceGrammar.Establishes(input),
    };

    public static readonly BlockGrammar AgreementBlock = new("an agreement", AgreementClauses());

    /// <summary>An amendment states what an agreement may, and what to remove from it.</summary>
    public static readonly BlockGrammar AmendmentBlock = new("an amendment", AmendmentClauses());

    internal static Dictionary<string, Parser<ClauseSyntax>> AmendmentClauses()
    {
        var clauses = AgreementClauses();
        clauses["remove"] = input => RemovalGrammar.Remove(input);
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

    /// <summary>Forces every clause family of the grammar to be built (so that each keyword parser has registered its
    /// word: see <see cref="Keywords.Registered"/>), and registers the unit words as keywords.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = NativeBuild.OwnTypes)]
    [UnconditionalSuppressMessage("Trimming", "IL2065", Justification = NativeBuild.OwnTypes)]
    [UnconditionalSuppressMessage("Trimming", "IL2059", Justification = NativeBuild.OwnTypes)]
    public static void EnsureBuilt()
    {
        // Every static class of the grammar holds its parsers in static fields; running its initializer builds them.
        foreach (var type in typeof(Grammar).Assembly.GetTypes())
        {
            if (type.Namespace == typeof(Grammar).Namespace && type.IsAbstract && type.IsSealed &&
                type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).Any(IsParser))
            {
                RuntimeHelpers.RunClassConstructor(type.TypeHandle);
            }
        }

        foreach (var word in UnitWords)
        {
            Keywords.Register(word);
        }
    }

    private static bool IsParser(FieldInfo field) =>
        field.FieldType.IsGenericType && field.FieldType.GetGenericTypeDefinition() == typeof(Parser<>);
}
