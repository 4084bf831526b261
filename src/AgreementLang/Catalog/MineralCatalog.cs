using System.Collections.Immutable;

namespace AgreementLang.Catalog;

/// <summary>
/// The catalogue of minerals, production stages, HS tariff lines, stage yields, currencies and countries that
/// agreements refer to. <see cref="Default"/> is loaded once from the TSV files embedded in the assembly.
/// Instances are immutable and safe to share between threads.
/// </summary>
public sealed class MineralCatalog
{
    private static readonly Lazy<MineralCatalog> LazyDefault =
        new(CatalogLoader.LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, MineralInfo> _mineralsByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MineralInfo> _mineralsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StageInfo> _stagesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Mineral, string Stage), ImmutableArray<HsLine>> _hsLines = new();
    private readonly Dictionary<string, List<StageYield>> _yieldsByMineral = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CurrencyInfo> _currencies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CountryInfo> _countries = new(StringComparer.Ordinal);

    internal MineralCatalog(
        ImmutableArray<MineralInfo> minerals,
        ImmutableArray<StageInfo> stages,
        ImmutableArray<HsLine> hsLines,
        ImmutableArray<StageYield> yields,
        ImmutableArray<CurrencyInfo> currencies,
        ImmutableArray<CountryInfo> countries,
        ImmutableArray<string> problems)
    {
        Minerals = minerals;
        Stages = stages;
        AllHsLines = hsLines;
        AllYields = yields;
        Currencies = currencies;
        Countries = countries;
        Problems = problems;

        // The loader has already removed duplicates; the first entry wins should any remain.
        foreach (var mineral in minerals)
        {
            AddFirst(_mineralsByCode, mineral.Code, mineral);
            AddFirst(_mineralsByName, mineral.Name, mineral);
        }

        foreach (var stage in stages)
        {
            AddFirst(_stagesByName, stage.Name, stage);
        }

        foreach (var group in hsLines.GroupBy(line => (line.Mineral, line.Stage)))
        {
            _hsLines[group.Key] = group.ToImmutableArray();
        }

        foreach (var yield in yields)
        {
            if (!_yieldsByMineral.TryGetValue(yield.Mineral, out var list))
            {
                list = new List<StageYield>();
                _yieldsByMineral[yield.Mineral] = list;
            }

            list.Add(yield);
        }

        foreach (var currency in currencies)
        {
            AddFirst(_currencies, currency.Code, currency);
        }

        foreach (var country in countries)
        {
            AddFirst(_countries, country.Code, country);
        }
    }

    /// <summary>The catalogue loaded from the embedded data, once, on first use (thread-safe).</summary>
    public static MineralCatalog Default => LazyDefault.Value;

    /// <summary>All minerals: the 60 of the USGS 2025 list, then the traded composites (NdPr, REE).</summary>
    public ImmutableArray<MineralInfo> Minerals { get; }

    /// <summary>All production stages, upstream first.</summary>
    public ImmutableArray<StageInfo> Stages { get; }

    /// <summary>All active ISO 4217 codes, in code order.</summary>
    public ImmutableArray<CurrencyInfo> Currencies { get; }

    /// <summary>All ISO 3166-1 alpha-2 codes plus <c>EU</c>, in code order.</summary>
    public ImmutableArray<CountryInfo> Countries { get; }

    /// <summary>Every HS line of the catalogue, in file order.</summary>
    internal ImmutableArray<HsLine> AllHsLines { get; }

    /// <summary>Every direct yield entry of the catalogue, in file order.</summary>
    internal ImmutableArray<StageYield> AllYields { get; }

    /// <summary>Rows the loader skipped, and why; empty for well-formed data.</summary>
    internal ImmutableArray<string> Problems { get; }

    /// <summary>
    /// Finds a mineral by its exact code (case-sensitive: <c>NdPr</c>, <c>Li</c>) or its lower-case name
    /// (<c>lithium</c>). Returns null when there is none.
    /// </summary>
    public MineralInfo? FindMineral(string codeOrName)
    {
        if (codeOrName is null)
        {
            return null;
        }

        if (_mineralsByCode.TryGetValue(codeOrName, out var byCode))
        {
            return byCode;
        }

        return _mineralsByName.TryGetValue(codeOrName, out var byName) ? byName : null;
    }

    /// <summary>Finds a stage by its exact, case-sensitive name (<c>oxide</c>, <c>APT</c>). Null when there is none.</summary>
    public StageInfo? FindStage(string name)
    {
        if (name is null)
        {
            return null;
        }

        return _stagesByName.TryGetValue(name, out var stage) ? stage : null;
    }

    /// <summary>The HS lines of a mineral (by code) at a stage; empty when there are none.</summary>
    public ImmutableArray<HsLine> HsLines(string mineralCode, string stage)
    {
        if (mineralCode is null || stage is null)
        {
            return ImmutableArray<HsLine>.Empty;
        }

        return _hsLines.TryGetValue((mineralCode, stage), out var lines) ? lines : ImmutableArray<HsLine>.Empty;
    }

    /// <summary>
    /// Kilograms of <paramref name="toStage"/> obtainable from one kilogram of <paramref name="fromStage"/> of a
    /// mineral (by code). Uses the direct entry when there is one; otherwise multiplies the factors along the
    /// shortest chain of entries (ties go to the chain whose entries come first in the data). A stage converts to
    /// itself with factor 1. Returns null when no chain exists; entries are never inverted.
    /// </summary>
    public StageYield? Yield(string mineralCode, string fromStage, string toStage)
    {
        if (mineralCode is null || fromStage is null || toStage is null)
        {
            return null;
        }

        if (string.Equals(fromStage, toStage, StringComparison.Ordinal))
        {
            return _mineralsByCode.ContainsKey(mineralCode) && _stagesByName.ContainsKey(fromStage)
                ? new StageYield(mineralCode, fromStage, toStage, 1m)
                : null;
        }

        if (!_yieldsByMineral.TryGetValue(mineralCode, out var entries))
        {
            return null;
        }

        foreach (var entry in entries)
        {
            if (string.Equals(entry.FromStage, fromStage, StringComparison.Ordinal)
                && string.Equals(entry.ToStage, toStage, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        // Breadth-first search over the mineral's entries: the first time a stage is reached is by a shortest chain.
        var factorTo = new Dictionary<string, decimal>(StringComparer.Ordinal) { [fromStage] = 1m };
        var frontier = new Queue<string>();
        frontier.Enqueue(fromStage);
        while (frontier.Count > 0)
        {
            var stage = frontier.Dequeue();
            var factor = factorTo[stage];
            foreach (var entry in entries)
            {
                if (!string.Equals(entry.FromStage, stage, StringComparison.Ordinal)
                    || factorTo.ContainsKey(entry.ToStage))
                {
                    continue;
                }

                var product = factor * entry.Factor;
                if (string.Equals(entry.ToStage, toStage, StringComparison.Ordinal))
                {
                    return new StageYield(mineralCode, fromStage, toStage, product);
                }

                factorTo[entry.ToStage] = product;
                frontier.Enqueue(entry.ToStage);
            }
        }

        return null;
    }

    /// <summary>Finds an ISO 4217 code (exact, upper-case: <c>USD</c>). Null when there is none.</summary>
    public CurrencyInfo? FindCurrency(string code)
    {
        if (code is null)
        {
            return null;
        }

        return _currencies.TryGetValue(code, out var currency) ? currency : null;
    }

    /// <summary>Finds an ISO 3166-1 alpha-2 code or <c>EU</c> (exact, upper-case: <c>JP</c>). Null when there is none.</summary>
    public CountryInfo? FindCountry(string code)
    {
        if (code is null)
        {
            return null;
        }

        return _countries.TryGetValue(code, out var country) ? country : null;
    }

    /// <summary>
    /// Did-you-mean: the candidates nearest to <paramref name="input"/>, at most <paramref name="max"/> of them,
    /// nearest first. A candidate qualifies when its case-insensitive edit distance (optimal string alignment) to the
    /// input is at most max(1, input length / 3). Equal distances are ordered by the longer common prefix with the
    /// input first (typos are likelier late in a word: "USX" suggests "USD" before "UGX"), then by the nearer length
    /// (a misspelling keeps the word's length more often than not: "dayz" suggests "days" before "day"), then ordinally. Duplicate
    /// and null candidates are ignored. The result is a materialised list.
    /// </summary>
    public static IEnumerable<string> Suggest(string input, IEnumerable<string> candidates, int max = 1)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        if (candidates is null)
        {
            throw new ArgumentNullException(nameof(candidates));
        }

        if (max <= 0)
        {
            return Array.Empty<string>();
        }

        var threshold = Math.Max(1, input.Length / 3);
        var lowered = input.ToLowerInvariant();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var matches = new List<(string Candidate, int Distance, int Prefix)>();
        foreach (var candidate in candidates)
        {
            if (candidate is null || !seen.Add(candidate) || Math.Abs(candidate.Length - input.Length) > threshold)
            {
                continue;
            }

            var loweredCandidate = candidate.ToLowerInvariant();
            var distance = EditDistance.Between(lowered, loweredCandidate);
            if (distance <= threshold)
            {
                matches.Add((candidate, distance, CommonPrefixLength(lowered, loweredCandidate)));
            }
        }

        return matches
            .OrderBy(match => match.Distance)
            .ThenByDescending(match => match.Prefix)
            .ThenBy(match => Math.Abs(match.Candidate.Length - input.Length))
            .ThenBy(match => match.Candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(match => match.Candidate)
            .ToArray();
    }

    private static int CommonPrefixLength(string a, string b)
    {
        var length = 0;
        while (length < a.Length && length < b.Length && a[length] == b[length])
        {
            length++;
        }

        return length;
    }

    private static void AddFirst<T>(Dictionary<string, T> dictionary, string key, T value)
    {
        if (!dictionary.ContainsKey(key))
        {
            dictionary[key] = value;
        }
    }
}
