using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Text;

namespace AgreementLang.Checks;

/// <summary>AGR307: a party that one instrument treats as one of its own and another as an outsider — a member
/// of a zone that the same or another zone lists as non-market, excluded or a foreign entity of concern; or a
/// party to an agreement of a zone that this very zone lists so. Listings are indexed by party code. Reported at
/// the later-listed of the two.</summary>
public sealed class PartyStatusConflictRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.PartyStatusConflict;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        var byCode = CheckContext.Group(context.Set.Zones.SelectMany(z => z.Listings.Select(l => (Zone: z, Listing: l))),
            x => new[] { x.Listing.Code });

        foreach (var listings in byCode.Values)
        {
            foreach (var member in listings.Where(x => x.Listing.Status == ZoneStatus.Member))
            {
                foreach (var outsider in listings.Where(x => x.Listing.Status != ZoneStatus.Member))
                {
                    var memberLater = Compare(member.Listing.Location, outsider.Listing.Location) > 0;
                    var (primary, other) = memberLater ? (member, outsider) : (outsider, member);
                    diagnostics.Add(Diagnostic.PartyStatusConflict(primary.Listing.Location, primary.Listing.Code,
                            Status(primary.Listing.Status) + " in zone " + primary.Zone.Name, Status(other.Listing.Status),
                            "zone " + other.Zone.Name + " (" + other.Listing.Location + ")")
                        .WithRelated(other.Listing.Location, primary.Listing.Code + " listed as " + Status(other.Listing.Status) + " in zone " + other.Zone.Name));
                }
            }
        }

        foreach (var agreement in context.Agreements)
        {
            if (agreement.Zone is not { } zone)
            {
                continue;
            }

            foreach (var party in agreement.Parties)
            {
                if (!byCode.TryGetValue(party.Code, out var listings))
                {
                    continue;
                }

                foreach (var outsider in listings)
                {
                    if (outsider.Zone.Name == zone && outsider.Listing.Status != ZoneStatus.Member)
                    {
                        diagnostics.Add(Diagnostic.PartyStatusConflict(party.Location, party.Code,
                                "a party to " + agreement.Name + ", an agreement of zone " + zone + ",", Status(outsider.Listing.Status),
                                "zone " + zone + " (" + outsider.Listing.Location + ")")
                            .WithRelated(outsider.Listing.Location, party.Code + " listed as " + Status(outsider.Listing.Status) + " in zone " + zone));
                        break;
                    }
                }
            }
        }
    }

    private static int Compare(Location a, Location b)
    {
        var byPath = string.CompareOrdinal(a.Path, b.Path);
        return byPath != 0 ? byPath : a.Span.Start.CompareTo(b.Span.Start);
    }

    private static string Status(ZoneStatus status) => status switch
    {
        ZoneStatus.Member => "a member",
        ZoneStatus.NonMarket => "non-market",
        ZoneStatus.Excluded => "excluded",
        _ => "a foreign entity of concern",
    };
}
