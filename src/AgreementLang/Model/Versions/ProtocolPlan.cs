using System.Collections.Immutable;
using AgreementLang.Text;

namespace AgreementLang.Model.Versions;

/// <summary>The amendment that turns one version of an agreement's terms into another, by the language's own
/// amendment semantics (<see cref="Consolidation.Apply"/>): a key whose terms differ is restated whole (a term
/// replaces every term of its key), a key that is gone is removed, a new key is added. Both versions are taken as of
/// the protocol's date, so that amendments already in force are part of the text being amended.
///
/// The plan only proposes: whether the amendment really means the new version is decided by reading the printed
/// protocol back (<see cref="AgreementLang.Versions.ProtocolGenerator"/>), which also names what no amendment can
/// say (a new title, party or entry into force; two terms of one key).</summary>
public static class ProtocolPlan
{
    /// <summary>The amendment <paramref name="id"/> of <paramref name="agreement"/> from <paramref name="date"/>.</summary>
    public static Amendment Make(AgreementSet before, AgreementSet after, string agreement, string id, string title, DateTime date, Location place)
    {
        var old = Consolidation.AsOf(before, date).Agreements.First(a => a.Name == agreement);
        var @new = Consolidation.AsOf(after, date).Agreements.First(a => a.Name == agreement);
        var oldGroups = Groups(old.Terms);
        var newGroups = Groups(@new.Terms);

        var stated = ImmutableArray.CreateBuilder<AgreementTerm>();
        foreach (var group in newGroups)
        {
            if (!oldGroups.TryGetValue(group.Key, out var earlier) || !StructuralDump.Equal(earlier, group.Value))
            {
                stated.AddRange(group.Value.Select(t => Restated(t, @new, date)));
            }
        }

        var removals = oldGroups.Where(g => !newGroups.ContainsKey(g.Key)).Select(g => Removal.Of(g.Value[0], place)).ToImmutableArray();
        return new Amendment(id, title, agreement, date, null, stated.ToImmutable(), place) { Removals = removals };
    }

    /// <summary>A term the new version states for the agreement's whole life is restated from the protocol's date
    /// on (what the binder gives a clause of the protocol with no dates); any other period is kept as it is, and the
    /// printer writes its dates.</summary>
    private static AgreementTerm Restated(AgreementTerm term, Agreement agreement, DateTime date) =>
        term.Period == agreement.Period ? term with { Period = new Period(date, agreement.EffectiveUntil) } : term;

    /// <summary>The terms by key, keys in order of first appearance.</summary>
    private static OrderedGroups Groups(ImmutableArray<AgreementTerm> terms)
    {
        var groups = new OrderedGroups();
        foreach (var term in terms)
        {
            groups.Add(term.Key, term);
        }

        return groups;
    }

    private sealed class OrderedGroups : IEnumerable<KeyValuePair<string, List<AgreementTerm>>>
    {
        private readonly Dictionary<string, List<AgreementTerm>> _groups = new(StringComparer.Ordinal);
        private readonly List<string> _order = new();

        public void Add(string key, AgreementTerm term)
        {
            if (!_groups.TryGetValue(key, out var list))
            {
                _groups[key] = list = new List<AgreementTerm>();
                _order.Add(key);
            }

            list.Add(term);
        }

        public bool ContainsKey(string key) => _groups.ContainsKey(key);

        public bool TryGetValue(string key, out List<AgreementTerm> terms) => _groups.TryGetValue(key, out terms!);

        public IEnumerator<KeyValuePair<string, List<AgreementTerm>>> GetEnumerator() =>
            _order.Select(k => new KeyValuePair<string, List<AgreementTerm>>(k, _groups[k])).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
