using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>A sweep over the periods of a group of terms: visits each date on which the set of terms in force
/// changes, with that set, in date order. Sums over the active terms are kept by the caller through the
/// enter and leave callbacks, so a group of n terms costs O(n log n) however much they overlap.</summary>
public static class Timeline
{
    public static void Sweep<T>(
        IReadOnlyList<T> items,
        Func<T, Period> period,
        IEnumerable<DateTime> extraDates,
        Action<T> enter,
        Action<T> leave,
        Action<DateTime, IReadOnlyCollection<T>> visit)
    {
        var starts = new List<(DateTime Date, int Index)>(items.Count);
        var ends = new List<(DateTime Date, int Index)>(items.Count);
        var dates = new List<DateTime>(extraDates);
        for (var i = 0; i < items.Count; i++)
        {
            var p = period(items[i]);
            var start = p.From ?? DateTime.MinValue;
            starts.Add((start, i));
            dates.Add(start);
            if (p.Until is { } until && until < DateTime.MaxValue.Date)
            {
                // A term in force until a day leaves the set the day after.
                var end = until.AddDays(1);
                ends.Add((end, i));
                dates.Add(end);
            }
        }

        dates.Sort();
        starts.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Index.CompareTo(b.Index));
        ends.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Index.CompareTo(b.Index));
        var active = new HashSet<T>();
        int s = 0, e = 0;
        for (var d = 0; d < dates.Count; d++)
        {
            var date = dates[d];
            if (d > 0 && dates[d - 1] == date)
            {
                continue;
            }

            while (e < ends.Count && ends[e].Date <= date)
            {
                var item = items[ends[e].Index];
                if (active.Remove(item))
                {
                    leave(item);
                }

                e++;
            }

            while (s < starts.Count && starts[s].Date <= date)
            {
                var index = starts[s].Index;
                var p = period(items[index]);
                if (p.Until is not { } until || until >= date)
                {
                    active.Add(items[index]);
                    enter(items[index]);
                }

                s++;
            }

            if (active.Count > 0)
            {
                visit(date, active);
            }
        }
    }
}
