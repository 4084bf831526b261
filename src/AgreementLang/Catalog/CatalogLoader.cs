using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AgreementLang.Catalog;

/// <summary>
/// Reads the catalogue's tab-separated files. In each file, lines starting with <c>#</c> and blank lines are
/// skipped, the first other line is the header, and each further line is one row. A malformed row is skipped and
/// reported in <see cref="MineralCatalog.Problems"/>; loading never throws for a malformed row or a missing file.
/// </summary>
internal static class CatalogLoader
{
    internal const string ResourcePrefix = "AgreementLang.Catalog.";
    internal const string MineralsFile = "minerals.tsv";
    internal const string StagesFile = "stages.tsv";
    internal const string HsFile = "hs.tsv";
    internal const string YieldsFile = "yields.tsv";
    internal const string CurrenciesFile = "currencies.tsv";
    internal const string CountriesFile = "countries.tsv";

    private static readonly char[] Tab = { '\t' };
    private static readonly char[] Comma = { ',' };

    /// <summary>Loads the catalogue from the TSV files embedded in this assembly.</summary>
    internal static MineralCatalog LoadEmbedded() => Load(OpenEmbedded);

    /// <summary>Opens an embedded data file by file name, or returns null when it is not embedded.</summary>
    internal static TextReader? OpenEmbedded(string fileName)
    {
        var stream = typeof(CatalogLoader).Assembly.GetManifestResourceStream(ResourcePrefix + fileName);
        return stream is null ? null : new StreamReader(stream, Encoding.UTF8);
    }

    /// <summary>Loads a catalogue, asking <paramref name="open"/> for each file by name (null: file missing).</summary>
    internal static MineralCatalog Load(Func<string, TextReader?> open)
    {
        var problems = ImmutableArray.CreateBuilder<string>();

        var minerals = ReadMinerals(open, problems);
        var stages = ReadStages(open, problems);
        var mineralCodes = new HashSet<string>(minerals.Select(m => m.Code), StringComparer.Ordinal);
        var stageNames = new HashSet<string>(stages.Select(s => s.Name), StringComparer.Ordinal);
        var hsLines = ReadHsLines(open, mineralCodes, stageNames, problems);
        var yields = ReadYields(open, mineralCodes, stageNames, problems);
        var currencies = ReadCurrencies(open, problems);
        var countries = ReadCountries(open, problems);

        return new MineralCatalog(minerals, stages, hsLines, yields, currencies, countries, problems.ToImmutable());
    }

    private static ImmutableArray<MineralInfo> ReadMinerals(
        Func<string, TextReader?> open, ImmutableArray<string>.Builder problems)
    {
        var result = ImmutableArray.CreateBuilder<MineralInfo>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in ReadRows(open, MineralsFile, new[] { "code", "name", "usgs", "elements" }, problems))
        {
            var code = row.Fields[0];
            var name = row.Fields[1];
            if (code.Length == 0 || name.Length == 0)
            {
                problems.Add(row.Describe("empty code or name"));
                continue;
            }

            if (!TryParseYesNo(row.Fields[2], out var onUsgsList))
            {
                problems.Add(row.Describe("usgs must be yes or no"));
                continue;
            }

            if (codes.Contains(code) || names.Contains(name))
            {
                problems.Add(row.Describe("duplicate mineral code or name"));
                continue;
            }

            var elements = row.Fields[3]
                .Split(Comma)
                .Select(element => element.Trim())
                .Where(element => element.Length > 0)
                .ToImmutableArray();
            codes.Add(code);
            names.Add(name);
            result.Add(new MineralInfo(code, name, onUsgsList, elements));
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<StageInfo> ReadStages(
        Func<string, TextReader?> open, ImmutableArray<string>.Builder problems)
    {
        var result = ImmutableArray.CreateBuilder<StageInfo>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in ReadRows(open, StagesFile, new[] { "name", "level", "description" }, problems))
        {
            var name = row.Fields[0];
            if (name.Length == 0 || !names.Add(name))
            {
                problems.Add(row.Describe("empty or duplicate stage name"));
                continue;
            }

            if (!TryParseLevel(row.Fields[1], out var level))
            {
                names.Remove(name);
                problems.Add(row.Describe("unknown stage level"));
                continue;
            }

            result.Add(new StageInfo(name, level, row.Fields[2]));
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<HsLine> ReadHsLines(
        Func<string, TextReader?> open,
        HashSet<string> mineralCodes,
        HashSet<string> stageNames,
        ImmutableArray<string>.Builder problems)
    {
        var result = ImmutableArray.CreateBuilder<HsLine>();
        var keys = new HashSet<(string, string, string)>();
        var header = new[] { "mineral", "stage", "hs", "uncertain", "description" };
        foreach (var row in ReadRows(open, HsFile, header, problems))
        {
            var mineral = row.Fields[0];
            var stage = row.Fields[1];
            var code = row.Fields[2];
            if (!mineralCodes.Contains(mineral) || !stageNames.Contains(stage))
            {
                problems.Add(row.Describe("unknown mineral or stage"));
                continue;
            }

            if (!IsHsCode(code))
            {
                problems.Add(row.Describe("HS code must be dddd or dddd.dd"));
                continue;
            }

            if (!TryParseYesNo(row.Fields[3], out var uncertain))
            {
                problems.Add(row.Describe("uncertain must be yes or no"));
                continue;
            }

            if (!keys.Add((mineral, stage, code)))
            {
                problems.Add(row.Describe("duplicate HS line"));
                continue;
            }

            result.Add(new HsLine(mineral, stage, code, row.Fields[4], uncertain));
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<StageYield> ReadYields(
        Func<string, TextReader?> open,
        HashSet<string> mineralCodes,
        HashSet<string> stageNames,
        ImmutableArray<string>.Builder problems)
    {
        var result = ImmutableArray.CreateBuilder<StageYield>();
        var keys = new HashSet<(string, string, string)>();
        var header = new[] { "mineral", "from", "to", "factor" };
        foreach (var row in ReadRows(open, YieldsFile, header, problems))
        {
            var mineral = row.Fields[0];
            var from = row.Fields[1];
            var to = row.Fields[2];
            if (!mineralCodes.Contains(mineral) || !stageNames.Contains(from) || !stageNames.Contains(to))
            {
                problems.Add(row.Describe("unknown mineral or stage"));
                continue;
            }

            if (string.Equals(from, to, StringComparison.Ordinal))
            {
                problems.Add(row.Describe("a yield must join two different stages"));
                continue;
            }

            if (!decimal.TryParse(row.Fields[3], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var factor)
                || factor <= 0m)
            {
                problems.Add(row.Describe("factor must be a positive decimal number"));
                continue;
            }

            if (!keys.Add((mineral, from, to)))
            {
                problems.Add(row.Describe("duplicate yield"));
                continue;
            }

            result.Add(new StageYield(mineral, from, to, factor));
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<CurrencyInfo> ReadCurrencies(
        Func<string, TextReader?> open, ImmutableArray<string>.Builder problems)
    {
        var result = ImmutableArray.CreateBuilder<CurrencyInfo>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in ReadRows(open, CurrenciesFile, new[] { "code", "name", "minor_units" }, problems))
        {
            var code = row.Fields[0];
            if (!IsUpperLetters(code, 3))
            {
                problems.Add(row.Describe("currency code must be 3 upper-case letters"));
                continue;
            }

            int minorUnits;
            if (string.Equals(row.Fields[2], "N.A.", StringComparison.Ordinal))
            {
                minorUnits = -1;
            }
            else if (!int.TryParse(row.Fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out minorUnits)
                || minorUnits > 9)
            {
                problems.Add(row.Describe("minor_units must be a digit or N.A."));
                continue;
            }

            if (!codes.Add(code))
            {
                problems.Add(row.Describe("duplicate currency code"));
                continue;
            }

            result.Add(new CurrencyInfo(code, row.Fields[1], minorUnits));
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<CountryInfo> ReadCountries(
        Func<string, TextReader?> open, ImmutableArray<string>.Builder problems)
    {
        var result = ImmutableArray.CreateBuilder<CountryInfo>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in ReadRows(open, CountriesFile, new[] { "code", "name" }, problems))
        {
            var code = row.Fields[0];
            if (!IsUpperLetters(code, 2))
            {
                problems.Add(row.Describe("country code must be 2 upper-case letters"));
                continue;
            }

            if (!codes.Add(code))
            {
                problems.Add(row.Describe("duplicate country code"));
                continue;
            }

            result.Add(new CountryInfo(code, row.Fields[1]));
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// The data rows of one file, each with at least as many (trimmed) fields as <paramref name="header"/> names.
    /// Reports a missing file, an unexpected header and short rows to <paramref name="problems"/>.
    /// </summary>
    private static IEnumerable<Row> ReadRows(
        Func<string, TextReader?> open, string file, string[] header, ImmutableArray<string>.Builder problems)
    {
        using var reader = open(file);
        if (reader is null)
        {
            problems.Add(file + ": not found");
            yield break;
        }

        var lineNumber = 0;
        var seenHeader = false;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split(Tab).Select(field => field.Trim()).ToArray();
            var row = new Row(file, lineNumber, fields);
            if (!seenHeader)
            {
                seenHeader = true;
                if (fields.Length < header.Length
                    || !header.Select((name, i) => string.Equals(name, fields[i], StringComparison.Ordinal)).All(same => same))
                {
                    problems.Add(row.Describe("header must start with " + string.Join(" ", header)));
                }

                continue;
            }

            if (fields.Length < header.Length)
            {
                problems.Add(row.Describe("expected " + header.Length.ToString(CultureInfo.InvariantCulture) + " fields"));
                continue;
            }

            yield return row;
        }
    }

    private static bool TryParseYesNo(string text, out bool value)
    {
        value = string.Equals(text, "yes", StringComparison.Ordinal);
        return value || string.Equals(text, "no", StringComparison.Ordinal);
    }

    private static bool TryParseLevel(string text, out StageLevel level)
    {
        switch (text)
        {
            case "Ore":
                level = StageLevel.Ore;
                return true;
            case "Chemical":
                level = StageLevel.Chemical;
                return true;
            case "Metal":
                level = StageLevel.Metal;
                return true;
            case "Alloy":
                level = StageLevel.Alloy;
                return true;
            case "Component":
                level = StageLevel.Component;
                return true;
            default:
                level = StageLevel.Ore;
                return false;
        }
    }

    /// <summary>True for a 4-digit HS heading (<c>7402</c>) or a 6-digit subheading written <c>dddd.dd</c>.</summary>
    internal static bool IsHsCode(string code)
    {
        if (code.Length != 4 && code.Length != 7)
        {
            return false;
        }

        for (var i = 0; i < code.Length; i++)
        {
            var ok = i == 4 ? code[i] == '.' : code[i] >= '0' && code[i] <= '9';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUpperLetters(string code, int length)
    {
        return code.Length == length && code.All(c => c >= 'A' && c <= 'Z');
    }

    private sealed class Row
    {
        private readonly string _file;
        private readonly int _lineNumber;

        public Row(string file, int lineNumber, string[] fields)
        {
            _file = file;
            _lineNumber = lineNumber;
            Fields = fields;
        }

        public string[] Fields { get; }

        public string Describe(string problem) =>
            _file + ":" + _lineNumber.ToString(CultureInfo.InvariantCulture) + ": " + problem;
    }
}
