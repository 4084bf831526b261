using AgreementLang.Diagnostics;
using AgreementLang.LanguageServer.Workspace;
using AgreementLang.Model;
using AgreementLang.Syntax;
using AgreementLang.Text;

namespace AgreementLang.LanguageServer.Handlers;

/// <summary>Which of a zone's reference prices a hover on a mineral shows: the one in force on the date of the clause
/// under the cursor, as the binder would read it for that clause, rather than every price the zone ever declared. The
/// date is the clause's own start (a validity or staging date), else the entry into force of its agreement (the date of
/// its amendment); with no price in force that day (or no date), the latest price is shown and said to be so.</summary>
internal static class ReferencePriceInForce
{
    /// <summary>The price chosen, the date it was chosen for (null if none is known), what that date is, and whether
    /// the price was the latest one rather than one in force on the date.</summary>
    internal sealed record Choice(WorkspaceDocument Document, ReferencePriceClause Price, DateTime? On, string OnWhat, bool Latest);

    public static Choice? Find(ProjectCompilation project, WorkspaceDocument document, int offset, Func<MineralStageSyntax, bool> isSubject)
    {
        var declaration = document.Syntax.Declarations.FirstOrDefault(d => Holds(d.Span, offset));
        var clause = declaration?.Clauses.FirstOrDefault(c => Holds(c.Span, offset));
        var (on, onWhat) = DateOf(project, declaration, clause);
        var zone = ZoneOf(project, declaration);
        var prices = project.Documents
            .SelectMany(d => d.Syntax.Declarations.OfType<ZoneSyntax>().Where(z => zone is null || z.Name.Text == zone)
                .SelectMany(z => z.Body.OfType<ReferencePriceClause>().Where(c => isSubject(c.Subject)).Select(c => (Document: d, Clause: c))))
            .OrderBy(p => p.Clause.Validity.From.Value)
            .ToArray();
        if (prices.Length == 0)
        {
            return null;
        }

        // Of the prices in force that day the one that started last wins, as a later price supersedes an earlier one.
        var inForce = on is { } date ? prices.LastOrDefault(p => Contains(p.Clause.Validity, date)) : default;
        var chosen = inForce.Clause is null ? prices[^1] : inForce;
        return new Choice(chosen.Document, chosen.Clause, on, onWhat, inForce.Clause is null);
    }

    private static (DateTime? On, string What) DateOf(ProjectCompilation project, DeclarationSyntax? declaration, ClauseSyntax? clause)
    {
        if (clause is not null)
        {
            foreach (var node in SyntaxWalk.Nodes(new SyntaxNode[] { clause }))
            {
                switch (node)
                {
                    case ValiditySyntax validity:
                        return (validity.From.Value, "the clause's start");
                    case StagingSyntax { From: { } from }:
                        return (from.Value, "the clause's start");
                }
            }
        }

        return declaration switch
        {
            AgreementSyntax a => (AgreementNamed(project, a.Name.Text)?.EffectiveFrom, "the agreement's entry into force"),
            AmendmentSyntax m => (m.From.Value, "the amendment's date"),
            _ => (null, ""),
        };
    }

    /// <summary>The zone whose prices apply: the agreement's (or the amended agreement's) zone, the zone being
    /// declared, or null (every zone) when the clause names none.</summary>
    private static string? ZoneOf(ProjectCompilation project, DeclarationSyntax? declaration) => declaration switch
    {
        ZoneSyntax z => z.Name.Text,
        AgreementSyntax a => AgreementNamed(project, a.Name.Text)?.Zone,
        AmendmentSyntax m => AgreementNamed(project, m.Amends.Text)?.Zone,
        _ => null,
    };

    private static Agreement? AgreementNamed(ProjectCompilation project, string name) =>
        project.Compilation.Model.Agreements.FirstOrDefault(a => a.Name == name);

    private static bool Contains(ValiditySyntax validity, DateTime date) =>
        validity.From.Value <= date && (validity.Until is null || date <= validity.Until.Value);

    private static bool Holds(TextSpan span, int offset) => offset >= span.Start && offset <= span.End;
}
