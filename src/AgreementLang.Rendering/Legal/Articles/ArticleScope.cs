using AgreementLang.Catalog;
using AgreementLang.Model;
using AgreementLang.Rendering.Templates;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>What every article family of one draft reads: the checked set and the agreement, its zone, the names
/// of its parties and goods, the form of the instrument, the provenance markers its views carry, and the
/// templates.</summary>
internal sealed class ArticleScope(AgreementSet set, Agreement agreement, Zone? zone, Names names, Provenance provenance, InstrumentForm form, TemplateSet templates)
{
    public AgreementSet Set { get; } = set;

    public Agreement Agreement { get; } = agreement;

    public Zone? Zone { get; } = zone;

    public Names Names { get; } = names;

    public Provenance Provenance { get; } = provenance;

    public InstrumentForm Form { get; } = form;

    /// <summary>The wording templates, for the clauses whose fixed wording a family writes into a view (the final clauses).</summary>
    public TemplateSet Templates { get; } = templates;

    /// <summary>Frameworks, memoranda and action plans, and anything marked non-binding, record intentions.</summary>
    public bool Binding { get; } = InstrumentForms.IsBinding(agreement);

    /// <summary>"Party", or "Participant" in a non-binding instrument.</summary>
    public string Party => Binding ? "Party" : "Participant";

    /// <summary>"Agreement", "Framework", "Memorandum", "Action Plan".</summary>
    public string Instrument { get; } = DraftBuilder.InstrumentNoun(agreement.Kind);

    /// <summary>More than two parties: "No Party", "any other Party", "among".</summary>
    public bool Many => Agreement.Parties.Length > 2;
}
