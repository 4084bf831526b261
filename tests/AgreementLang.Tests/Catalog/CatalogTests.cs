using System.Collections.Immutable;
using System.Text;
using AgreementLang.Catalog;

namespace AgreementLang.Tests.Catalog;

public class CatalogTests
{
    private static readonly MineralCatalog Catalog = MineralCatalog.Default;

    // The USGS 2025 critical-minerals list, as written in shared/DOMAIN.md.
    private static readonly string[] UsgsNames =
    {
        "aluminum", "antimony", "arsenic", "barite", "beryllium", "bismuth", "boron", "cerium", "cesium", "chromium",
        "cobalt", "copper", "dysprosium", "erbium", "europium", "fluorspar", "gadolinium", "gallium", "germanium",
        "graphite", "hafnium", "holmium", "indium", "iridium", "lanthanum", "lead", "lithium", "lutetium", "magnesium",
        "manganese", "metallurgical coal", "neodymium", "nickel", "niobium", "palladium", "phosphate", "platinum",
        "potash", "praseodymium", "rhenium", "rhodium", "rubidium", "ruthenium", "samarium", "scandium", "silicon",
        "silver", "tantalum", "tellurium", "terbium", "thulium", "tin", "titanium", "tungsten", "uranium", "vanadium",
        "ytterbium", "yttrium", "zinc", "zirconium",
    };

    [Fact]
    public void DefaultLoadsWithoutProblems()
    {
        Assert.Empty(Catalog.Problems);
        Assert.Same(Catalog, MineralCatalog.Default);
    }

    [Fact]
    public void DefaultIsLoadedOnceAcrossThreads()
    {
        var seen = new MineralCatalog[8];
        Parallel.For(0, seen.Length, i => seen[i] = MineralCatalog.Default);
        Assert.All(seen, catalog => Assert.Same(Catalog, catalog));
    }

    [Fact]
    public void SixtyMineralsAreOnTheUsgsList()
    {
        var onList = Catalog.Minerals.Where(m => m.OnUsgsList).ToList();
        Assert.Equal(60, onList.Count);
        Assert.Equal(UsgsNames.OrderBy(n => n, StringComparer.Ordinal), onList.Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("NdPr")]
    [InlineData("REE")]
    public void CompositesAreNotOnTheUsgsList(string code)
    {
        var mineral = Catalog.FindMineral(code);
        Assert.NotNull(mineral);
        Assert.False(mineral.OnUsgsList);
    }

    [Theory]
    [InlineData("lithium", "Li")]
    [InlineData("Li", "Li")]
    [InlineData("tungsten", "W")]
    [InlineData("W", "W")]
    [InlineData("silver", "Ag")]
    [InlineData("metallurgical coal", "met-coal")]
    [InlineData("met-coal", "met-coal")]
    [InlineData("graphite", "graphite")]
    [InlineData("NdPr", "NdPr")]
    [InlineData("neodymium-praseodymium", "NdPr")]
    [InlineData("rare earths", "REE")]
    public void FindMineralAcceptsCodeOrName(string codeOrName, string expectedCode)
    {
        Assert.Equal(expectedCode, Catalog.FindMineral(codeOrName)?.Code);
    }

    [Theory]
    [InlineData("li")]
    [InlineData("LI")]
    [InlineData("ndpr")]
    [InlineData("Lithium")]
    [InlineData("unobtainium")]
    [InlineData("")]
    public void FindMineralIsExact(string codeOrName)
    {
        Assert.Null(Catalog.FindMineral(codeOrName));
    }

    [Fact]
    public void MineralElements()
    {
        Assert.Equal(new[] { "neodymium", "praseodymium" }, Catalog.FindMineral("NdPr")!.Elements);
        Assert.Equal(new[] { "lithium" }, Catalog.FindMineral("Li")!.Elements);
        var ree = Catalog.FindMineral("REE")!.Elements;
        Assert.Equal(17, ree.Length);
        Assert.Contains("dysprosium", ree);
        Assert.Contains("yttrium", ree);
        Assert.All(Catalog.Minerals, m => Assert.NotEmpty(m.Elements));
    }

    [Theory]
    [InlineData("ore", StageLevel.Ore)]
    [InlineData("concentrate", StageLevel.Ore)]
    [InlineData("oxide", StageLevel.Chemical)]
    [InlineData("carbonate", StageLevel.Chemical)]
    [InlineData("hydroxide", StageLevel.Chemical)]
    [InlineData("sulphate", StageLevel.Chemical)]
    [InlineData("chloride", StageLevel.Chemical)]
    [InlineData("chemical", StageLevel.Chemical)]
    [InlineData("APT", StageLevel.Chemical)]
    [InlineData("metal", StageLevel.Metal)]
    [InlineData("alloy", StageLevel.Alloy)]
    [InlineData("matte", StageLevel.Alloy)]
    [InlineData("ferroalloy", StageLevel.Alloy)]
    [InlineData("magnet", StageLevel.Component)]
    [InlineData("cell", StageLevel.Component)]
    [InlineData("wire", StageLevel.Component)]
    [InlineData("electrode", StageLevel.Component)]
    [InlineData("component", StageLevel.Component)]
    public void StagesHaveTheirLevels(string name, StageLevel level)
    {
        var stage = Catalog.FindStage(name);
        Assert.NotNull(stage);
        Assert.Equal(level, stage.Level);
        Assert.False(string.IsNullOrWhiteSpace(stage.Description));
    }

    [Fact]
    public void StagesAreExactlyTheEighteen()
    {
        Assert.Equal(18, Catalog.Stages.Length);
        Assert.Equal(StageLevel.Chemical, Catalog.FindStage("oxide")!.Level);
        Assert.Null(Catalog.FindStage("Oxide"));
        Assert.Null(Catalog.FindStage("apt"));
        Assert.Null(Catalog.FindStage("powder"));
    }

    [Fact]
    public void StagesRunUpstreamFirst()
    {
        var levels = Catalog.Stages.Select(s => (int)s.Level).ToList();
        Assert.Equal(levels.OrderBy(l => l), levels);
    }

    [Theory]
    [InlineData("NdPr", "oxide", "2846.90", false)]
    [InlineData("NdPr", "metal", "2805.30", false)]
    [InlineData("NdPr", "alloy", "7202.99", true)]
    [InlineData("NdPr", "magnet", "8505.11", false)]
    [InlineData("NdPr", "ore", "2530.90", true)]
    [InlineData("NdPr", "ore", "2612.20", false)]
    [InlineData("Nd", "oxide", "2846.90", false)]
    [InlineData("Pr", "metal", "2805.30", false)]
    [InlineData("Dy", "oxide", "2846.90", false)]
    [InlineData("Tb", "magnet", "8505.11", false)]
    [InlineData("REE", "ore", "2612.20", false)]
    [InlineData("Ce", "oxide", "2846.10", false)]
    [InlineData("Li", "concentrate", "2530.90", true)]
    [InlineData("Li", "carbonate", "2836.91", false)]
    [InlineData("Li", "hydroxide", "2825.20", false)]
    [InlineData("Li", "metal", "2805.19", false)]
    [InlineData("Li", "cell", "8507.60", false)]
    [InlineData("Co", "ore", "2605.00", false)]
    [InlineData("Co", "oxide", "2822.00", false)]
    [InlineData("Co", "sulphate", "2833.29", false)]
    [InlineData("Co", "metal", "8105.20", false)]
    [InlineData("Co", "alloy", "8105.90", false)]
    [InlineData("Ni", "ore", "2604.00", false)]
    [InlineData("Ni", "oxide", "2825.40", false)]
    [InlineData("Ni", "sulphate", "2833.24", false)]
    [InlineData("Ni", "metal", "7502.10", false)]
    [InlineData("Ni", "matte", "7501.10", false)]
    [InlineData("Ni", "alloy", "7502.20", false)]
    [InlineData("graphite", "ore", "2504.10", false)]
    [InlineData("graphite", "ore", "2504.90", false)]
    [InlineData("graphite", "chemical", "3801.10", false)]
    [InlineData("graphite", "electrode", "8545.11", false)]
    [InlineData("Ga", "oxide", "2825.90", true)]
    [InlineData("Ga", "metal", "8112.92", false)]
    [InlineData("Ge", "oxide", "2825.60", false)]
    [InlineData("Ge", "metal", "8112.92", false)]
    [InlineData("Cu", "ore", "2603.00", false)]
    [InlineData("Cu", "metal", "7402", false)]
    [InlineData("Cu", "metal", "7403.11", false)]
    [InlineData("Cu", "matte", "7401", false)]
    [InlineData("Cu", "wire", "7408", false)]
    [InlineData("Sb", "ore", "2617.10", false)]
    [InlineData("Sb", "oxide", "2825.80", false)]
    [InlineData("Sb", "metal", "8110.10", false)]
    [InlineData("Sb", "alloy", "8110.90", false)]
    [InlineData("W", "ore", "2611.00", false)]
    [InlineData("W", "APT", "2841.80", false)]
    [InlineData("W", "metal", "8101.94", false)]
    [InlineData("W", "ferroalloy", "7202.80", false)]
    [InlineData("W", "wire", "8101.96", false)]
    public void DomainHsLinesArePresent(string mineral, string stage, string code, bool uncertain)
    {
        var line = Assert.Single(Catalog.HsLines(mineral, stage), l => l.Code == code);
        Assert.Equal(uncertain, line.Uncertain);
        Assert.Equal(mineral, line.Mineral);
        Assert.Equal(stage, line.Stage);
        Assert.False(string.IsNullOrWhiteSpace(line.Description));
    }

    [Fact]
    public void HsLinesForTwoCodesAndNone()
    {
        Assert.Contains(Catalog.HsLines("NdPr", "oxide"), l => l.Code == "2846.90");
        Assert.Equal(new[] { "7402", "7403.11" }, Catalog.HsLines("Cu", "metal").Select(l => l.Code));
        Assert.Empty(Catalog.HsLines("Li", "magnet"));
        Assert.Empty(Catalog.HsLines("unobtainium", "oxide"));
        Assert.Empty(Catalog.HsLines("ndpr", "oxide"));
    }

    [Theory]
    [InlineData("NdPr", "oxide", "metal", "0.85")]
    [InlineData("Li", "carbonate", "hydroxide", "1.136")]
    [InlineData("Li", "carbonate", "metal", "0.188")]
    [InlineData("Co", "sulphate", "metal", "0.21")]
    [InlineData("W", "APT", "metal", "0.70")]
    [InlineData("W", "oxide", "metal", "0.793")]
    public void DirectYields(string mineral, string from, string to, string factor)
    {
        var yield = Catalog.Yield(mineral, from, to);
        Assert.NotNull(yield);
        Assert.Equal(decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture), yield.Factor);
        Assert.Equal(new StageYield(mineral, from, to, yield.Factor), yield);
    }

    [Fact]
    public void NdPrOxideToMetalIs085()
    {
        Assert.Equal(0.85m, Catalog.Yield("NdPr", "oxide", "metal")!.Factor);
    }

    [Fact]
    public void ChainedYieldsMultiply()
    {
        var oxideToMetal = Catalog.Yield("NdPr", "oxide", "metal")!.Factor;
        var metalToAlloy = Catalog.Yield("NdPr", "metal", "alloy")!.Factor;
        var alloyToMagnet = Catalog.Yield("NdPr", "alloy", "magnet")!.Factor;

        Assert.Equal(new StageYield("NdPr", "oxide", "alloy", oxideToMetal * metalToAlloy), Catalog.Yield("NdPr", "oxide", "alloy"));
        Assert.Equal(oxideToMetal * metalToAlloy * alloyToMagnet, Catalog.Yield("NdPr", "oxide", "magnet")!.Factor);
        Assert.Equal(2.72m, Catalog.Yield("NdPr", "oxide", "magnet")!.Factor);

        // Spodumene concentrate to lithium metal goes through carbonate (the direct carbonate -> metal entry, not hydroxide).
        Assert.Equal(0.148m * 0.188m, Catalog.Yield("Li", "concentrate", "metal")!.Factor);
        Assert.Equal(0.148m * 1.136m, Catalog.Yield("Li", "concentrate", "hydroxide")!.Factor);
    }

    [Fact]
    public void DirectYieldWinsOverChain()
    {
        // APT -> oxide -> metal would give 0.888 x 0.793; the direct entry says 0.70.
        Assert.Equal(0.70m, Catalog.Yield("W", "APT", "metal")!.Factor);
    }

    [Fact]
    public void YieldsAreNotInvertedOrInvented()
    {
        Assert.Null(Catalog.Yield("NdPr", "metal", "oxide"));
        Assert.Null(Catalog.Yield("NdPr", "oxide", "cell"));
        Assert.Null(Catalog.Yield("Cu", "ore", "metal"));
        Assert.Null(Catalog.Yield("unobtainium", "oxide", "metal"));
        Assert.Null(Catalog.Yield("NdPr", "oxide", "nonsense"));
    }

    [Fact]
    public void AStageYieldsItselfWithFactorOne()
    {
        Assert.Equal(1m, Catalog.Yield("Li", "carbonate", "carbonate")!.Factor);
        Assert.Null(Catalog.Yield("Li", "nonsense", "nonsense"));
        Assert.Null(Catalog.Yield("unobtainium", "oxide", "oxide"));
    }

    [Fact]
    public void YieldFactorsArePlausible()
    {
        // Composition-based factors: only alloying and hydration add mass, and never by more than a factor of 4.
        Assert.All(Catalog.AllYields, y => Assert.InRange(y.Factor, 0.01m, 4m));
        Assert.All(
            Catalog.AllYields,
            y => Assert.True(Catalog.FindStage(y.FromStage)!.Level <= Catalog.FindStage(y.ToStage)!.Level, y.ToString()));
    }

    [Theory]
    [InlineData("USD", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KRW", 0)]
    [InlineData("AUD", 2)]
    [InlineData("EUR", 2)]
    [InlineData("CNY", 2)]
    [InlineData("MXN", 2)]
    [InlineData("GBP", 2)]
    [InlineData("INR", 2)]
    [InlineData("KWD", 3)]
    [InlineData("CLF", 4)]
    [InlineData("XCG", 2)]
    [InlineData("ZWG", 2)]
    [InlineData("XAU", -1)]
    [InlineData("XDR", -1)]
    public void CurrenciesHaveMinorUnits(string code, int minorUnits)
    {
        var currency = Catalog.FindCurrency(code);
        Assert.NotNull(currency);
        Assert.Equal(minorUnits, currency.MinorUnits);
        Assert.False(string.IsNullOrWhiteSpace(currency.Name));
    }

    [Fact]
    public void CurrencyDetails()
    {
        Assert.Equal(2, Catalog.FindCurrency("USD")!.MinorUnits);
        Assert.Equal(0, Catalog.FindCurrency("JPY")!.MinorUnits);
        Assert.Equal("Yuan Renminbi", Catalog.FindCurrency("CNY")!.Name);
        Assert.Null(Catalog.FindCurrency("usd"));
        Assert.Null(Catalog.FindCurrency("HRK"));
        Assert.Null(Catalog.FindCurrency("ZWL"));
        Assert.Null(Catalog.FindCurrency("DEM"));
        Assert.InRange(Catalog.Currencies.Length, 175, 185);
        Assert.Equal(Catalog.Currencies.Select(c => c.Code).OrderBy(c => c, StringComparer.Ordinal), Catalog.Currencies.Select(c => c.Code));
    }

    [Theory]
    [InlineData("EU", "European Union")]
    [InlineData("JP", "Japan")]
    [InlineData("US", "United States")]
    [InlineData("AU", "Australia")]
    [InlineData("MX", "Mexico")]
    [InlineData("CN", "China")]
    [InlineData("KR", "Korea, Republic of")]
    [InlineData("GB", "United Kingdom")]
    public void CountriesArePresent(string code, string name)
    {
        Assert.Equal(name, Catalog.FindCountry(code)?.Name);
    }

    [Fact]
    public void CountriesAreThe249AssignedCodesPlusEu()
    {
        Assert.Equal(250, Catalog.Countries.Length);
        Assert.Single(Catalog.Countries, c => c.Code == "EU");
        Assert.Null(Catalog.FindCountry("jp"));
        Assert.Null(Catalog.FindCountry("UK"));
        Assert.Null(Catalog.FindCountry("JPN"));
    }

    [Fact]
    public void NoDuplicates()
    {
        AssertDistinct(Catalog.Minerals.Select(m => m.Code), StringComparer.OrdinalIgnoreCase);
        AssertDistinct(Catalog.Minerals.Select(m => m.Name), StringComparer.Ordinal);
        AssertDistinct(Catalog.Stages.Select(s => s.Name), StringComparer.OrdinalIgnoreCase);
        AssertDistinct(Catalog.Currencies.Select(c => c.Code), StringComparer.Ordinal);
        AssertDistinct(Catalog.Countries.Select(c => c.Code), StringComparer.Ordinal);
        AssertDistinct(Catalog.AllHsLines.Select(l => l.Mineral + "|" + l.Stage + "|" + l.Code), StringComparer.Ordinal);
        AssertDistinct(Catalog.AllYields.Select(y => y.Mineral + "|" + y.FromStage + "|" + y.ToStage), StringComparer.Ordinal);

        // A name that is another mineral's code would make FindMineral ambiguous.
        var codes = new HashSet<string>(Catalog.Minerals.Select(m => m.Code), StringComparer.Ordinal);
        Assert.All(Catalog.Minerals, m => Assert.True(!codes.Contains(m.Name) || m.Code == m.Name, m.Name));
    }

    // The integrity checks read the embedded files directly, so that a row the loader would skip still fails here.
    [Fact]
    public void RawMineralRowsAreWellFormed()
    {
        var rows = RawRows("minerals.tsv");
        Assert.Equal(62, rows.Count);
        AssertDistinct(rows.Select(r => r[0]), StringComparer.Ordinal);
        AssertDistinct(rows.Select(r => r[1]), StringComparer.Ordinal);
        Assert.All(rows, r => Assert.Contains(r[2], new[] { "yes", "no" }));
        Assert.All(rows, r => Assert.Equal(r[1].ToLowerInvariant(), r[1]));
    }

    [Fact]
    public void RawStageRowsAreWellFormed()
    {
        var rows = RawRows("stages.tsv");
        AssertDistinct(rows.Select(r => r[0]), StringComparer.Ordinal);
        Assert.All(rows, r => Assert.True(Enum.TryParse<StageLevel>(r[1], false, out _) && !char.IsDigit(r[1][0]), r[1]));
    }

    [Fact]
    public void RawHsRowsNameKnownMineralsAndStages()
    {
        var minerals = RawRows("minerals.tsv").Select(r => r[0]).ToImmutableHashSet(StringComparer.Ordinal);
        var stages = RawRows("stages.tsv").Select(r => r[0]).ToImmutableHashSet(StringComparer.Ordinal);
        var rows = RawRows("hs.tsv");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(5, r.Length));
        Assert.All(rows, r => Assert.Contains(r[0], minerals));
        Assert.All(rows, r => Assert.Contains(r[1], stages));
        Assert.All(rows, r => Assert.Matches(@"^\d{4}(\.\d{2})?$", r[2]));
        Assert.All(rows, r => Assert.Contains(r[3], new[] { "yes", "no" }));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r[4])));
        AssertDistinct(rows.Select(r => r[0] + "|" + r[1] + "|" + r[2]), StringComparer.Ordinal);
        Assert.Equal(rows.Count, Catalog.AllHsLines.Length);
    }

    [Fact]
    public void RawYieldRowsNameKnownMineralsAndStages()
    {
        var minerals = RawRows("minerals.tsv").Select(r => r[0]).ToImmutableHashSet(StringComparer.Ordinal);
        var stages = RawRows("stages.tsv").Select(r => r[0]).ToImmutableHashSet(StringComparer.Ordinal);
        var rows = RawRows("yields.tsv");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(r[0], minerals));
        Assert.All(rows, r => Assert.Contains(r[1], stages));
        Assert.All(rows, r => Assert.Contains(r[2], stages));
        Assert.All(rows, r => Assert.Matches(@"^\d+(\.\d+)?$", r[3]));
        Assert.All(rows, r => Assert.True(r.Length >= 5 && r[4].Length > 0, "each yield row gives its source: " + r[0] + " " + r[1]));
        AssertDistinct(rows.Select(r => r[0] + "|" + r[1] + "|" + r[2]), StringComparer.Ordinal);
        Assert.Equal(rows.Count, Catalog.AllYields.Length);
    }

    [Fact]
    public void RawCurrencyRowsAreWellFormed()
    {
        var rows = RawRows("currencies.tsv");
        Assert.All(rows, r => Assert.Matches("^[A-Z]{3}$", r[0]));
        Assert.All(rows, r => Assert.Matches(@"^(\d|N\.A\.)$", r[2]));
        AssertDistinct(rows.Select(r => r[0]), StringComparer.Ordinal);
        Assert.Equal(rows.Count, Catalog.Currencies.Length);
    }

    [Fact]
    public void RawCountryRowsAreWellFormed()
    {
        var rows = RawRows("countries.tsv");
        Assert.All(rows, r => Assert.Matches("^[A-Z]{2}$", r[0]));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r[1])));
        AssertDistinct(rows.Select(r => r[0]), StringComparer.Ordinal);
        Assert.Equal(rows.Count, Catalog.Countries.Length);
    }

    [Fact]
    public void EveryFileStartsWithProvenanceComments()
    {
        foreach (var file in new[] { "minerals.tsv", "stages.tsv", "hs.tsv", "yields.tsv", "currencies.tsv", "countries.tsv" })
        {
            var text = ReadResource(file);
            Assert.StartsWith("# ", text, StringComparison.Ordinal);
        }

        Assert.Contains("USGS", ReadResource("minerals.tsv"), StringComparison.Ordinal);
        Assert.Contains("ISO 4217", ReadResource("currencies.tsv"), StringComparison.Ordinal);
        Assert.Contains("ISO 3166-1", ReadResource("countries.tsv"), StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestFindsMisspelledMineral()
    {
        var names = Catalog.Minerals.Select(m => m.Name);
        Assert.Equal(new[] { "lithium" }, MineralCatalog.Suggest("lithum", names));
        Assert.Equal(new[] { "tungsten" }, MineralCatalog.Suggest("tungstn", names));
        Assert.Equal(new[] { "nickel" }, MineralCatalog.Suggest("nickle", names));
    }

    [Fact]
    public void SuggestFindsMisspelledStage()
    {
        var stages = Catalog.Stages.Select(s => s.Name);
        Assert.Equal(new[] { "oxide" }, MineralCatalog.Suggest("oxyde", stages));
        Assert.Equal(new[] { "sulphate" }, MineralCatalog.Suggest("sulfate", stages));
        Assert.Equal(new[] { "APT" }, MineralCatalog.Suggest("apt", stages));
        Assert.Equal(new[] { "oxide" }, MineralCatalog.Suggest("Oxide", stages));
    }

    [Fact]
    public void SuggestFindsMisspelledCodes()
    {
        // The near misses of examples/errors. USX is one edit from UGX, USD and USN: the longer common prefix
        // puts USD and USN first, and the ordinal order then puts USD before USN.
        Assert.Equal(new[] { "USD" }, MineralCatalog.Suggest("USX", Catalog.Currencies.Select(c => c.Code)));
        Assert.Equal(new[] { "USD", "USN", "UGX" }, MineralCatalog.Suggest("USX", Catalog.Currencies.Select(c => c.Code), max: 3));
        Assert.Equal(new[] { "NdPr" }, MineralCatalog.Suggest("NdPrr", Catalog.Minerals.Select(m => m.Code)));
        Assert.Equal(new[] { "JP" }, MineralCatalog.Suggest("jp", Catalog.Countries.Select(c => c.Code)));
    }

    [Fact]
    public void SuggestRespectsThresholdOrderAndMax()
    {
        var candidates = new[] { "cab", "abd", "abc", "abc", "xyz" };

        // "abx" (length 3) allows distance 1: abc and abd qualify, ordered ordinally at equal distance.
        Assert.Equal(new[] { "abc" }, MineralCatalog.Suggest("abx", candidates));
        Assert.Equal(new[] { "abc", "abd" }, MineralCatalog.Suggest("abx", candidates, max: 5));
        Assert.Empty(MineralCatalog.Suggest("abx", candidates, max: 0));
        Assert.Empty(MineralCatalog.Suggest("qqq", candidates, max: 5));

        // A nearer candidate comes before an ordinally smaller one, and before one with a longer common prefix.
        Assert.Equal(new[] { "abcdez", "abcaaf" }, MineralCatalog.Suggest("abcdef", new[] { "abcaaf", "abcdez" }, max: 2));
        Assert.Equal(new[] { "xbcdef", "abcdzz" }, MineralCatalog.Suggest("abcdef", new[] { "abcdzz", "xbcdef" }, max: 2));

        // At equal distance the longer common prefix (case-insensitive) wins over the ordinal order, which then decides.
        Assert.Equal(new[] { "Abz", "abz", "xbc" }, MineralCatalog.Suggest("abc", new[] { "xbc", "abz", "Abz" }, max: 3));
        Assert.Equal(new[] { "floor", "for" }, MineralCatalog.Suggest("flor", new[] { "for", "floor" }, max: 2));

        // Nine characters allow distance 3, and no more.
        Assert.Equal(new[] { "hydroxide" }, MineralCatalog.Suggest("hidroxsid", new[] { "hydroxide" }));
        Assert.Empty(MineralCatalog.Suggest("hidroksyd", new[] { "hydroxide" }));
    }

    [Fact]
    public void SuggestRejectsNulls()
    {
        Assert.Throws<ArgumentNullException>(() => MineralCatalog.Suggest(null!, new[] { "a" }));
        Assert.Throws<ArgumentNullException>(() => MineralCatalog.Suggest("a", null!));
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("oxide", "oxide", 0)]
    [InlineData("oxyde", "oxide", 1)]
    [InlineData("lithum", "lithium", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "ac", 1)]
    [InlineData("sulphate", "sulfate", 2)]
    [InlineData("ca", "abc", 3)]
    [InlineData("Oxide", "oxide", 1)]
    public void EditDistanceValues(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
        Assert.Equal(expected, EditDistance.Between(b, a));
    }

    [Fact]
    public void LoaderSkipsAndReportsMalformedRows()
    {
        var files = new Dictionary<string, string>
        {
            ["minerals.tsv"] = "# test\ncode\tname\tusgs\telements\nLi\tlithium\tyes\tlithium\nLi\tlithium again\tyes\tlithium\nCo\tcobalt\tmaybe\tcobalt\nshort\n",
            ["stages.tsv"] = "name\tlevel\tdescription\noxide\tChemical\tOxide\nmetal\tMetal\tMetal\nodd\tSolid\tBad level\n",
            ["hs.tsv"] = "mineral\tstage\ths\tuncertain\tdescription\nLi\tmetal\t2805.19\tno\tLithium\nLi\tmetal\t28051\tno\tBad code\nXx\tmetal\t2805.19\tno\tUnknown mineral\n",
            ["yields.tsv"] = "mineral\tfrom\tto\tfactor\tnote\nLi\toxide\tmetal\t0.46\tLi2O\nLi\tmetal\toxide\t-2\tnegative\nLi\toxide\tmetal\t0.5\tduplicate\n",
            ["currencies.tsv"] = "code\tname\tminor_units\nUSD\tUS Dollar\t2\nusd\tlower\t2\nXAU\tGold\tN.A.\nJPY\tYen\tnone\n",

            // countries.tsv is missing.
        };

        var catalog = CatalogLoader.Load(name => files.TryGetValue(name, out var text) ? new StringReader(text) : null);

        Assert.Equal(new[] { "Li" }, catalog.Minerals.Select(m => m.Code));
        Assert.Equal(new[] { "oxide", "metal" }, catalog.Stages.Select(s => s.Name));
        Assert.Single(catalog.HsLines("Li", "metal"));
        Assert.Equal(0.46m, catalog.Yield("Li", "oxide", "metal")!.Factor);
        Assert.Equal(new[] { "USD", "XAU" }, catalog.Currencies.Select(c => c.Code));
        Assert.Equal(-1, catalog.FindCurrency("XAU")!.MinorUnits);
        Assert.Empty(catalog.Countries);
        Assert.Null(catalog.FindCountry("EU"));

        Assert.Equal(11, catalog.Problems.Length);
        Assert.Contains("countries.tsv: not found", catalog.Problems);
        Assert.Contains("minerals.tsv:4: duplicate mineral code or name", catalog.Problems);
        Assert.Contains("hs.tsv:3: HS code must be dddd or dddd.dd", catalog.Problems);
    }

    [Fact]
    public void LoaderReportsAWrongHeader()
    {
        var catalog = CatalogLoader.Load(name => name == "stages.tsv" ? new StringReader("level\tname\tdescription\nMetal\tmetal\tx\n") : null);
        Assert.Contains("stages.tsv:1: header must start with name level description", catalog.Problems);
    }

    [Theory]
    [InlineData("2846.90", true)]
    [InlineData("7402", true)]
    [InlineData("284690", false)]
    [InlineData("2846.9", false)]
    [InlineData("28a6.90", false)]
    [InlineData("2846,90", false)]
    public void HsCodeFormat(string code, bool valid)
    {
        Assert.Equal(valid, CatalogLoader.IsHsCode(code));
    }

    private static void AssertDistinct(IEnumerable<string> values, StringComparer comparer)
    {
        var duplicates = values.GroupBy(v => v, comparer).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    private static string ReadResource(string file)
    {
        using var stream = typeof(MineralCatalog).Assembly.GetManifestResourceStream("AgreementLang.Catalog." + file);
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The data rows of an embedded file: not comments, not blank, not the header.</summary>
    private static List<string[]> RawRows(string file)
    {
        return ReadResource(file)
            .Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .ToList();
    }
}
