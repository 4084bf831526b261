namespace AgreementLang.Model;

/// <summary>The form of an instrument: it chooses the fixed wording of its draft (docs/rendering.md, "Forms of
/// instrument") and the clauses the checks expect it to state (AGR206).</summary>
public enum InstrumentForm
{
    /// <summary>A binding bilateral agreement between governments.</summary>
    Treaty,

    /// <summary>A binding agreement among more than two governments: depositary, accession, one original.</summary>
    Plurilateral,

    /// <summary>A framework, memorandum or action plan, or anything marked non-binding: "Participants", "intend".</summary>
    NonBinding,

    /// <summary>A contract between a government body and a company: no recitals of states, no treaty clauses.</summary>
    Contract,
}

public static class InstrumentForms
{
    /// <summary>The form follows from the source: a party that is a declared producer (a company) makes a
    /// contract; otherwise a binding bilateral or plurilateral agreement is a treaty or a plurilateral one, and
    /// everything else records intentions.</summary>
    public static InstrumentForm Of(AgreementSet set, Agreement agreement)
    {
        foreach (var party in agreement.Parties)
        {
            foreach (var producer in set.Producers)
            {
                if (producer.Name == party.Code)
                {
                    return InstrumentForm.Contract;
                }
            }
        }

        if (!IsBinding(agreement))
        {
            return InstrumentForm.NonBinding;
        }

        return agreement.Kind == AgreementKind.Plurilateral || agreement.Parties.Length > 2 ? InstrumentForm.Plurilateral : InstrumentForm.Treaty;
    }

    /// <summary>Frameworks, memoranda and action plans, and anything marked non-binding, record intentions.</summary>
    public static bool IsBinding(Agreement agreement) =>
        agreement.Binding && agreement.Kind is AgreementKind.Bilateral or AgreementKind.Plurilateral;

    public static string Name(InstrumentForm form) => form switch
    {
        InstrumentForm.Treaty => "treaty",
        InstrumentForm.Plurilateral => "plurilateral",
        InstrumentForm.NonBinding => "non-binding",
        InstrumentForm.Contract => "contract",
        _ => throw new ArgumentOutOfRangeException(nameof(form)),
    };
}
