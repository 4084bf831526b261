using System.Collections.Immutable;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>An agreement as its parties stand from each date an amendment adds some.</summary>
public sealed partial class CheckContext
{
    /// <summary>The agreement with its parties from each date an amendment adds some: the original from the first
    /// day, then a version with the added parties from each such amendment's date (amendments in the order they
    /// apply). One entry when no amendment adds a party.</summary>
    private static List<(DateTime From, Agreement Version)> PartyEpochs(Agreement agreement, ImmutableArray<Amendment> changes)
    {
        var epochs = new List<(DateTime From, Agreement Version)> { (DateTime.MinValue, agreement) };
        foreach (var amendment in changes.Where(a => !a.Parties.IsEmpty))
        {
            var parties = Consolidation.ApplyParties(epochs[epochs.Count - 1].Version.Parties, amendment);
            if (epochs[epochs.Count - 1].From == amendment.From)
            {
                epochs[epochs.Count - 1] = (amendment.From, agreement with { Parties = parties });
            }
            else
            {
                epochs.Add((amendment.From, agreement with { Parties = parties }));
            }
        }

        return epochs;
    }

    /// <summary>A period cut at the dates the agreement's parties change, each piece with the agreement as it then
    /// stands.</summary>
    private static IEnumerable<(Agreement Owner, Period Period)> Split(List<(DateTime From, Agreement Version)> epochs, Period period)
    {
        if (epochs.Count == 1)
        {
            yield return (epochs[0].Version, period);
            yield break;
        }

        for (var i = 0; i < epochs.Count; i++)
        {
            var start = epochs[i].From == DateTime.MinValue ? (DateTime?)null : epochs[i].From;
            DateTime? end = i + 1 < epochs.Count ? Dates.AddDays(epochs[i + 1].From, -1) : null;
            var piece = new Period(Later(period.From, start), Earlier(period.Until, end));
            if (piece.From is { } f && piece.Until is { } u && f > u)
            {
                continue;
            }

            yield return (epochs[i].Version, piece);
        }
    }
}
