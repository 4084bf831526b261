using System.Collections.Immutable;
using AgreementLang.Model;
using AgreementLang.Syntax;

namespace AgreementLang.Semantics;

/// <summary>Binding of bounded and open amounts, and of what a most-favoured-nation clause excepts.</summary>
public sealed partial class Binder
{
    /// <summary>"USD 1 billion", "at least USD 1 billion", "up to USD 2 billion" or "an amount to be agreed"; a figure
    /// must be positive whatever its bound.</summary>
    private CommittedAmount? BindCommitment(CommitmentSyntax syntax, string what)
    {
        if (syntax.Money is null)
        {
            return CommittedAmount.ToBeAgreed;
        }

        var bound = syntax.Bound?.Text switch
        {
            "at least" => AmountBound.AtLeast,
            "up to" => AmountBound.UpTo,
            _ => AmountBound.Exactly,
        };
        return BindPositiveMoney(syntax.Money, what) is { } money ? new CommittedAmount(bound, money) : null;
    }

    /// <summary>The exceptions of a most-favoured-nation clause; a named agreement must exist (AGR101 with a
    /// did-you-mean otherwise) and is left out when it does not.</summary>
    private MfnExceptions? BindMfnExceptions(IReadOnlyList<NameSyntax>? exceptions)
    {
        if (exceptions is null || exceptions.Count == 0)
        {
            return null;
        }

        var free = false;
        var customs = false;
        var agreements = ImmutableArray.CreateBuilder<string>();
        foreach (var exception in exceptions)
        {
            switch (exception.Text)
            {
                case "free-trade areas":
                    free = true;
                    break;
                case "customs unions":
                    customs = true;
                    break;
                default:
                    if (ResolveInstrument(exception) is { } name && !agreements.Contains(name))
                    {
                        agreements.Add(name);
                    }

                    break;
            }
        }

        return new MfnExceptions(free, customs, agreements.ToImmutable());
    }
}
