using AgreementLang.Syntax;

namespace AgreementLang.LanguageServer.Workspace;

/// <summary>What ties a document to the others, for the first, focused check after an edit: the parties its
/// agreements name, the names it declares and the agreements its amendments amend, and whether it declares anything
/// but agreements (a zone, facility, producer, institution, stockpile, mineral or tariff line, which any agreement
/// may use).</summary>
public sealed class DocumentLinks
{
    public DocumentLinks(DocumentSyntax syntax)
    {
        foreach (var declaration in syntax.Declarations)
        {
            Declares.Add(declaration.Name.Text);
            switch (declaration)
            {
                case AgreementSyntax agreement:
                    Parties.UnionWith(agreement.Body.OfType<PartyClause>().Select(p => p.Code.Text));
                    break;
                case AmendmentSyntax amendment:
                    Amends.Add(amendment.Amends.Text);
                    Parties.UnionWith(amendment.Body.OfType<PartyClause>().Select(p => p.Code.Text));
                    break;
                default:
                    DeclaresShared = true;
                    break;
            }
        }
    }

    public HashSet<string> Parties { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Declares { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Amends { get; } = new(StringComparer.Ordinal);

    public bool DeclaresShared { get; }

    /// <summary>True when <paramref name="other"/> should be checked with this document in the focused pass: it
    /// declares what agreements use, shares a party, amends one of this document's agreements or is amended here.</summary>
    public bool Touches(DocumentLinks other) =>
        other.DeclaresShared || other.Parties.Overlaps(Parties) || other.Amends.Overlaps(Declares) || other.Declares.Overlaps(Amends);
}
