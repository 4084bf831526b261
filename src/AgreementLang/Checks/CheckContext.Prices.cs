using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>Reference prices and stated floors by zone, mineral and stage.</summary>
public sealed partial class CheckContext
{
    private Dictionary<(string Zone, string Mineral, string Stage), List<PriceEntry>> BuildPrices()
    {
        var result = new Dictionary<(string, string, string), List<PriceEntry>>();
        void Add(PriceEntry entry)
        {
            var key = (entry.Zone!.Name, entry.Subject.Mineral, entry.Subject.Stage);
            if (!result.TryGetValue(key, out var list))
            {
                list = new List<PriceEntry>();
                result[key] = list;
            }

            list.Add(entry);
        }

        // Zone entries get negative orders, in declaration order, so they count as older than any agreement.
        var order = -1_000_000_000;
        foreach (var zone in Set.Zones)
        {
            foreach (var reference in zone.ReferencePrices)
            {
                if (AsOf is not { } date || reference.Validity.Contains(date))
                {
                    Add(PriceEntry.ForReference(zone, reference, order));
                }

                order++;
            }
        }

        foreach (var floor in StatedFloors)
        {
            if (floor.Zone is not null)
            {
                Add(floor);
            }
        }

        return result;
    }
}
