using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>Floors defended by an adjustable tariff, grouped by whom the tariff reaches.</summary>
public sealed partial class CheckContext
{
    private Dictionary<(string Importer, string Mineral, string Stage), List<FloorDefence>> BuildFloorDefences()
    {
        var result = new Dictionary<(string, string, string), List<FloorDefence>>();
        var groups = new Dictionary<(string, string, string, string), FloorDefence>();
        foreach (var floor in Floors)
        {
            if (floor.Term.Mechanism is not { Kind: FloorMechanismKind.AdjustableTariff } mechanism)
            {
                continue;
            }

            var scope = mechanism.Scope ?? Scope.All;
            var signature = FloorDefence.Signature(scope, floor.Agreement);
            foreach (var importer in floor.Agreement.Parties)
            {
                var key = (importer.Code, floor.Term.Subject.Mineral, floor.Term.Subject.Stage);
                if (!groups.TryGetValue((key.Code, key.Mineral, key.Stage, signature), out var group))
                {
                    group = new FloorDefence(scope, floor.Agreement);
                    groups[(key.Code, key.Mineral, key.Stage, signature)] = group;
                    if (!result.TryGetValue(key, out var list))
                    {
                        list = new List<FloorDefence>();
                        result[key] = list;
                    }

                    list.Add(group);
                }

                group.Floors.Add(floor);
            }
        }

        return result;
    }
}
