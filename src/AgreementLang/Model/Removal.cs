using System.Collections.Immutable;
using AgreementLang.Text;

namespace AgreementLang.Model;

/// <summary>The keys of the terms: what an amendment's term (or removal) must share with an earlier term to
/// replace (or delete) it. Each term's <see cref="AgreementTerm.Key"/> and each <see cref="Removal"/> is built
/// here, so the two cannot drift apart.</summary>
public static class TermKeys
{
    public const string ExportDutyBan = "no export duties";

    public static string Floor(MineralStage subject) => "floor " + subject;

    public static string Tariff(string exporter, string importer, MineralStage subject, string? line) =>
        "tariff " + exporter + "->" + importer + " " + subject + " " + line;

    public static string ExportMeasure(ExportMeasureKind kind, string party, MineralStage subject) => "export " + kind + " " + party + " " + subject;

    public static string Loan(string lender, string borrower) => "loan " + lender + "->" + borrower;

    public static string Equity(string investor, string investee) => "equity " + investor + "->" + investee;

    public static string Grant(string grantor, string grantee) => "grant " + grantor + "->" + grantee;

    public static string Guarantee(string guarantor, string beneficiary) => "guarantee " + guarantor + "->" + beneficiary;

    public static string Offtake(string producer, string buyer, MineralStage subject) => "offtake " + producer + "->" + buyer + " " + subject;

    public static string Origin(MineralStage subject) => "origin " + subject;

    public static string MostFavouredNation(string beneficiary, string mineral, string? stage, MfnSubject subject) =>
        "mfn " + beneficiary + " " + mineral + " " + stage + " " + subject;

    public static string Obligation(IEnumerable<string> parties, string text) => "obligation " + string.Join(",", parties) + " " + text;

    public static string Provision(ProvisionTopic topic) => "provision " + ProvisionTopics.Word(topic);
}

/// <summary>A clause an amendment deletes from the amended agreement, from the amendment's date:
/// <c>remove floor NdPr oxide</c>. <see cref="Clause"/> is the canonical text after <c>remove</c> (what the
/// formatter and the model printer write, and what a diagnostic names); <see cref="Key"/> is the
/// <see cref="AgreementTerm.Key"/> of the terms it deletes.</summary>
public sealed record Removal(string Clause, string Key, Location Location)
{
    public static Removal Floor(MineralStage subject, Location location) =>
        new("floor " + subject, TermKeys.Floor(subject), location);

    public static Removal Tariff(string exporter, string importer, MineralStage subject, string? line, Location location) =>
        new("tariff " + exporter + " -> " + importer + " " + subject + (line is null ? "" : " line " + line),
            TermKeys.Tariff(exporter, importer, subject, line), location);

    public static Removal ExportDutyBan(Location location) => new("export duties", TermKeys.ExportDutyBan, location);

    public static Removal ExportMeasure(ExportMeasureKind kind, string party, MineralStage subject, Location location) =>
        new("export " + (kind == ExportMeasureKind.Tax ? "tax " : "quota ") + party + " on " + subject,
            TermKeys.ExportMeasure(kind, party, subject), location);

    public static Removal Loan(string lender, string borrower, Location location) =>
        new("financing loan from " + lender + " to " + borrower, TermKeys.Loan(lender, borrower), location);

    public static Removal Equity(string investor, string investee, Location location) =>
        new("financing equity " + investor + " in " + investee, TermKeys.Equity(investor, investee), location);

    public static Removal Grant(string grantor, string grantee, Location location) =>
        new("financing grant from " + grantor + " to " + grantee, TermKeys.Grant(grantor, grantee), location);

    public static Removal Guarantee(string guarantor, string beneficiary, Location location) =>
        new("financing guarantee from " + guarantor + " to " + beneficiary, TermKeys.Guarantee(guarantor, beneficiary), location);

    public static Removal Offtake(string producer, string buyer, MineralStage subject, Location location) =>
        new("offtake " + producer + " -> " + buyer + " " + subject, TermKeys.Offtake(producer, buyer, subject), location);

    public static Removal Origin(MineralStage subject, Location location) =>
        new("origin " + subject, TermKeys.Origin(subject), location);

    public static Removal MostFavouredNation(string beneficiary, string mineral, string? stage, MfnSubject subject, Location location) =>
        new("most favoured nation " + beneficiary + " on " + mineral + (stage is null ? "" : " " + stage) + (subject == MfnSubject.Floor ? " floor" : " tariff"),
            TermKeys.MostFavouredNation(beneficiary, mineral, stage, subject), location);

    public static Removal Obligation(ImmutableArray<string> parties, string text, Location location) =>
        new("obligation " + string.Join(", ", parties) + " \"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
            TermKeys.Obligation(parties, text), location);

    public static Removal Provision(ProvisionTopic topic, Location location) =>
        new("provision " + ProvisionTopics.Word(topic), TermKeys.Provision(topic), location);

    /// <summary>The removal that deletes <paramref name="term"/> (and any term of the same key).</summary>
    public static Removal Of(AgreementTerm term, Location location) => term.Accept(new Remover(location));

    /// <summary>Every kind of term can be removed: the visitor makes a new kind a compile error here.</summary>
    private sealed class Remover(Location location) : ITermVisitor<Removal>
    {
        public Removal Visit(Model.Floor term) => Floor(term.Subject, location);

        public Removal Visit(TariffCommitment term) => Tariff(term.Exporter, term.Importer, term.Subject, term.Line, location);

        public Removal Visit(Model.ExportDutyBan term) => ExportDutyBan(location);

        public Removal Visit(Model.ExportMeasure term) => ExportMeasure(term.Kind, term.Party, term.Subject, location);

        public Removal Visit(Model.Loan term) => Loan(term.Lender, term.Borrower, location);

        public Removal Visit(EquityStake term) => Equity(term.Investor, term.Investee, location);

        public Removal Visit(Model.Grant term) => Grant(term.Grantor, term.Grantee, location);

        public Removal Visit(Model.Guarantee term) => Guarantee(term.Guarantor, term.Beneficiary, location);

        public Removal Visit(Model.Offtake term) => Offtake(term.Producer, term.Buyer, term.Subject, location);

        public Removal Visit(OriginRule term) => Origin(term.Subject, location);

        public Removal Visit(Model.MostFavouredNation term) => MostFavouredNation(term.Beneficiary, term.Mineral, term.Stage, term.Subject, location);

        public Removal Visit(StatedProvision term) => Provision(term.Topic, location);

        public Removal Visit(Model.Obligation term) => Obligation(term.Parties, term.Text, location);
    }
}
