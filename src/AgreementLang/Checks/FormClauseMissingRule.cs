using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>
/// AGR206: a contract between a government body and a company that states no termination notice, governing law,
/// dispute resolution, assignment, confidentiality or appropriations. A draft never supplies such a clause itself
/// (it would grant a right or impose a duty the source does not state), so the negotiator learns here that the
/// text will be silent on it. A treaty without a withdrawal clause is not reported: international law supplies
/// the rule (Vienna Convention on the Law of Treaties, Article 56), and its draft is silent too.
/// </summary>
public sealed class FormClauseMissingRule : IRule
{
    private static readonly ProvisionTopic[] ContractTopics =
    [
        ProvisionTopic.GoverningLaw, ProvisionTopic.DisputeResolution, ProvisionTopic.Assignment, ProvisionTopic.Confidentiality,
        ProvisionTopic.Appropriations,
    ];

    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.FormClauseMissing;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var agreement in context.Agreements)
        {
            if (InstrumentForms.Of(context.Set, agreement) != InstrumentForm.Contract)
            {
                continue;
            }

            // One warning an agreement, naming every clause it lacks.
            var missing = new List<string>();
            var how = new List<string>();
            if (agreement.WithdrawalNotice is null)
            {
                missing.Add("termination notice");
                how.Add("'withdrawal notice 90 days'");
            }

            foreach (var topic in ContractTopics)
            {
                if (!States(agreement, topic))
                {
                    var word = ProvisionTopics.Word(topic);
                    missing.Add(word.Replace('-', ' '));
                    how.Add("'provision " + word + " \"…\"'");
                }
            }

            if (missing.Count > 0)
            {
                diagnostics.Add(Diagnostic.FormClauseMissing(agreement.Location, agreement.Name, "a contract between a government body and a company",
                    string.Join(", ", missing), string.Join(", ", how)));
            }
        }
    }

    private static bool States(Agreement agreement, ProvisionTopic topic)
    {
        foreach (var term in agreement.Terms)
        {
            if (term is StatedProvision p && p.Topic == topic)
            {
                return true;
            }
        }

        return false;
    }
}
