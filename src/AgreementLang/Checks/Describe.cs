using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>The phrases conflict messages are built from, so every rule names terms, places and scopes the
/// same way.</summary>
public static class Describe
{
    /// <summary>"here" for the term a diagnostic is reported at, "in US-AU-2025 (us-au.agr(9,3))" for another.</summary>
    public static string Where<T>(EffectiveTerm<T> term, bool primary)
        where T : AgreementTerm => primary ? "here" : "in " + term.Place;

    /// <summary>A term as a noun phrase: "the floor for NdPr oxide", "the loan from VAULT to JP".</summary>
    public static string Term(AgreementTerm term) => term switch
    {
        Floor f => "the floor for " + f.Subject,
        TariffCommitment t => "the tariff commitment on " + t.Subject + " from " + t.Exporter + " into " + t.Importer,
        ExportDutyBan b => "the ban on export duties on " + string.Join(", ", b.Minerals),
        ExportMeasure m => "the export " + (m.Kind == ExportMeasureKind.Tax ? "tax" : "quota") + " of " + m.Party + " on " + m.Subject,
        Loan l => "the loan from " + l.Lender + " to " + l.Borrower,
        EquityStake e => "the equity stake of " + e.Investor + " in " + e.Investee,
        Grant g => "the grant from " + g.Grantor + " to " + g.Grantee,
        Guarantee g => "the guarantee from " + g.Guarantor + " to " + g.Beneficiary,
        Offtake o => "the offtake of " + o.Producer + "'s " + o.Subject + " output by " + o.Buyer,
        OriginRule r => "the rule of origin for " + r.Subject,
        MostFavouredNation m => "the most-favoured-nation clause for " + m.Beneficiary,
        Obligation o => "the obligation of " + Parties(o.Parties),
        _ => "the term",
    };

    /// <summary>Whose goods a measure reaches: "non-members of zone FORGE", "all origins", "CN, RU".</summary>
    public static string Scope(Scope scope, Agreement owner) => scope.Kind switch
    {
        ScopeKind.All => "all origins",
        ScopeKind.NonMembers => owner.Zone is { } zone ? "non-members of zone " + zone : "non-parties to " + owner.Name,
        _ => string.Join(", ", scope.Codes),
    };

    /// <summary>"US", "US and JP", "US, JP and AU".</summary>
    public static string Parties(IReadOnlyList<string> codes) => codes.Count switch
    {
        0 => "",
        1 => codes[0],
        _ => string.Join(", ", codes.Take(codes.Count - 1)) + " and " + codes[codes.Count - 1],
    };

    /// <summary>The kind of instrument as a word for messages.</summary>
    public static string Kind(Agreement agreement) => agreement.Kind switch
    {
        AgreementKind.Framework => "framework",
        AgreementKind.Memorandum => "memorandum",
        AgreementKind.ActionPlan => "action plan",
        _ => "agreement",
    };

    /// <summary>A list of parts with at most <paramref name="max"/> shown, then "and N more".</summary>
    public static string List(IReadOnlyList<string> parts, int max = 5) =>
        parts.Count <= max ? string.Join(", ", parts) : string.Join(", ", parts.Take(max)) + " and " + (parts.Count - max) + " more";
}
