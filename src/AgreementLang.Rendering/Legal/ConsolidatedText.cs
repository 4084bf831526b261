using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal;

/// <summary>The note a consolidated draft carries: the date it is as of and the amendments it incorporates,
/// each with its identifier and the date it applies from.</summary>
public static class ConsolidatedText
{
    /// <summary>"Consolidated text as of 1 June 2027, incorporating the Protocol … (US-JP-2026-P1) in force from
    /// 1 March 2027."</summary>
    public static string Note(ConsolidatedAgreement consolidated)
    {
        var binding = DraftBuilder.IsBinding(consolidated.Agreement);
        var applied = consolidated.Applied
            .Select(a => "the " + a.Title + " (" + a.Name + ") " + (binding ? "in force" : "in effect") + " from " + LegalText.Date(a.From))
            .ToArray();
        return "Consolidated text as of " + LegalText.Date(consolidated.AsOf) + ", incorporating " + Names.JoinAnd(applied) + ".";
    }

    /// <summary>The draft with its consolidation note, when an amendment applies by the date; else unchanged (the
    /// text as signed is the text as of that date).</summary>
    public static Draft Mark(Draft draft, ConsolidatedAgreement consolidated) =>
        consolidated.IsAmended ? draft with { Consolidation = [Note(consolidated)], ConsolidatedAsOf = consolidated.AsOf } : draft;
}
