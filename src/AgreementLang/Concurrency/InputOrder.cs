using System.Runtime.ExceptionServices;

namespace AgreementLang.Concurrency;

/// <summary>Work that is independent item by item (reading, parsing or rendering one file, running one rule) spread
/// over the machine's cores, with the results kept in the order of the input: whatever the threads' timing, the
/// caller sees exactly what a sequential loop would give, so output stays byte-identical from run to run.</summary>
public static class InputOrder
{
    /// <summary><paramref name="map"/> of every item, in the items' order, on at most <paramref name="threads"/> threads
    /// (0: one per core; more than the cores only pays for work that waits, such as flushing files to disk). With one
    /// thread, on one core by default, or for a single item, the loop runs on the calling thread. An exception thrown by <paramref name="map"/> is rethrown as itself (that of the
    /// first item to fail, in item order), not wrapped in an <see cref="AggregateException"/>, so callers catch what
    /// they would catch around the sequential loop.</summary>
    public static TResult[] Map<T, TResult>(IReadOnlyList<T> items, Func<T, TResult> map, int threads = 0)
    {
        var results = new TResult[items.Count];
        var degree = threads > 0 ? threads : Environment.ProcessorCount;
        if (items.Count < 2 || degree < 2)
        {
            for (var i = 0; i < results.Length; i++)
            {
                results[i] = map(items[i]);
            }

            return results;
        }

        // Every item runs even after a failure, and failures are kept by item, so which one is rethrown does not
        // depend on the threads' timing.
        var failures = new ExceptionDispatchInfo?[items.Count];
        Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = degree }, i =>
        {
            try
            {
                results[i] = map(items[i]);
            }
            catch (Exception e)
            {
                failures[i] = ExceptionDispatchInfo.Capture(e);
            }
        });
        foreach (var failure in failures)
        {
            failure?.Throw();
        }

        return results;
    }
}
