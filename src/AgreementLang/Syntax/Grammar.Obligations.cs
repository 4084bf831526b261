using AgreementLang.Diagnostics;
using Sprache;
using AgreementLang.Text;
using static AgreementLang.Syntax.ValueGrammar;

namespace AgreementLang.Syntax;

/// <summary>Obligations with their deadlines, and the provisions of an instrument's form. Built on first use, like every clause family (see <see cref="Grammar"/>).</summary>
internal static class ObligationGrammar
{
    internal static readonly Parser<NameSyntax> DeadlineAnchor =
        Kw.Signature.Select(span => new NameSyntax("signature", span)).XOr(EntryIntoForceWords).Describe("'signature' or 'entry into force'", "signature", "entry");

    /// <summary>"of US-AU-2026" after a deadline's anchor: the anchor is that instrument's date, not this one's.</summary>
    internal static readonly Parser<NameSyntax?> OptionalOfInstrument = (from ofWord in Of from name in AgreementName select name).Maybe();

    internal static readonly Parser<DeadlineSyntax> Deadline =
        (from byWord in Kw.By
         from date in Tokens.Date
         select new DeadlineSyntax(date, null, null, Cover(byWord, date.Span)))
        .XOr(from within in Kw.Within
             from duration in Duration
             from ofWord in Of
             from anchor in DeadlineAnchor
             from instrument in OptionalOfInstrument
             select new DeadlineSyntax(null, duration, anchor, Cover(within, instrument?.Span ?? anchor.Span), instrument));

    internal static readonly Parser<DeadlineSyntax?> OptionalDeadline = Deadline.Maybe();

    // The words are the language's own (the syntax layer knows no model); VocabularyTests keep them equal to the
    // model's ProvisionTopic words, as for entity kinds.
    private static readonly string[] ProvisionTopicWords =
        ["governing-law", "dispute-resolution", "assignment", "confidentiality", "appropriations", "depositary", "accession"];

    internal static readonly Parser<NameSyntax> ProvisionTopic =
        Tokens.OneOf("a provision topic: " + string.Join(", ", ProvisionTopicWords), ProvisionTopicWords);

    internal static readonly Parser<StringSyntax> ProvisionText = Tokens.QuotedText("the provision's text, in quotes");

    internal static readonly Parser<ClauseSyntax> Provision =
        from keyword in Kw.Provision
        from topic in ProvisionTopic
        from text in ProvisionText
        select (ClauseSyntax)new ProvisionClause(topic, text, Cover(keyword, text.Span));

    internal static readonly Parser<ClauseSyntax> Obligation =
        from keyword in Kw.Obligation
        from parties in CodeList
        from text in Undertaking
        from deadline in OptionalDeadline
        select (ClauseSyntax)new ObligationClause(parties.ToArray(), text, deadline, Cover(keyword, deadline?.Span ?? text.Span));
}
