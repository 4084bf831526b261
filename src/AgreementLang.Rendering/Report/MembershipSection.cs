using System.Collections.Immutable;
using AgreementLang.Model;

namespace AgreementLang.Rendering.Report;

/// <summary>Each zone's lists as declared (members, non-market, excluded, foreign entities of concern), and the
/// parties to its agreements that it does not list as members.</summary>
internal static class MembershipSection
{
    public static ImmutableArray<ZoneMembership> Build(AgreementSet set) =>
        set.Zones.OrderBy(z => z.Name, StringComparer.Ordinal).Select(zone =>
        {
            ImmutableArray<MemberEntry> Listed(ZoneStatus status) => zone.Listings.Where(l => l.Status == status)
                .Select(l => new MemberEntry(l.Code, ReportSources.Of(l.Location))).ToImmutableArray();

            var nonMembers = set.Agreements.Where(a => a.Zone == zone.Name).SelectMany(a => a.Parties).Select(p => p.Code)
                .Where(code => !zone.Members.Contains(code)).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
            return new ZoneMembership(zone.Name, Listed(ZoneStatus.Member), Listed(ZoneStatus.NonMarket), Listed(ZoneStatus.Excluded),
                Listed(ZoneStatus.ForeignEntity), nonMembers, ReportSources.Of(zone.Location));
        }).ToImmutableArray();
}
