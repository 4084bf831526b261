using System.Collections.Immutable;
using AgreementLang.Catalog;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Syntax;

namespace AgreementLang.Semantics;

/// <summary>Binding of values: minerals and stages, money, units, percentages, durations and dates.</summary>
public sealed partial class Binder
{
    private string? BindMineral(NameSyntax name)
    {
        if (_catalog.FindMineral(name.Text) is { } mineral)
        {
            return mineral.Code;
        }

        if (_symbols.TryGetValue(name.Text, out var symbol) && symbol.Syntax is MineralDeclarationSyntax)
        {
            return name.Text;
        }

        Add(Diagnostic.UnknownMineral(Loc(name), name.Text, MineralSuggestion(name.Text)));
        return null;
    }

    /// <summary>A did-you-mean from the catalogue's codes and names and the declared minerals: "lithum" is near
    /// the name lithium, "Dyy" near the code Dy; the suggestion gives both ('lithium' (Li)).</summary>
    private string MineralSuggestion(string text)
    {
        var declared = SymbolsOfKind("mineral").ToArray();
        var suggestion = DidYouMean(text, _catalog.Minerals.Select(m => m.Code).Concat(_catalog.Minerals.Select(m => m.Name)).Concat(declared));
        if (suggestion.Length == 0)
        {
            return "";
        }

        var best = suggestion.Substring("; did you mean '".Length, suggestion.Length - "; did you mean '".Length - "'?".Length);
        return _catalog.FindMineral(best) is { } mineral && !declared.Contains(best)
            ? "; did you mean '" + best + "' (" + (best == mineral.Code ? mineral.Name : mineral.Code) + ")?"
            : suggestion;
    }

    private MineralStage? BindMineralStage(MineralStageSyntax syntax)
    {
        var mineral = BindMineral(syntax.Mineral);
        var stage = BindStage(syntax.Stage);
        return mineral is null || stage is null ? null : new MineralStage(mineral, stage.Name, stage.Level);
    }

    private StageInfo? BindStage(NameSyntax name)
    {
        if (_catalog.FindStage(name.Text) is { } stage)
        {
            return stage;
        }

        var names = _catalog.Stages.Select(s => s.Name).ToArray();
        Add(Diagnostic.UnknownStage(Loc(name), name.Text, DidYouMean(name.Text, names), string.Join(", ", names)));
        return null;
    }

    private Money? BindMoney(MoneySyntax syntax)
    {
        if (_catalog.FindCurrency(syntax.Currency.Text) is null)
        {
            Add(Diagnostic.UnknownCurrency(Loc(syntax.Currency), syntax.Currency.Text,
                DidYouMean(syntax.Currency.Text, _catalog.Currencies.Select(c => c.Code))));
            return null;
        }

        return new Money(syntax.Currency.Text, syntax.Amount);
    }

    /// <summary>The words of a quoted text the drafts copy (a title, a full name, a place, the text of an obligation
    /// or a provision, a benchmark): a blank one would print "# " or " shall …", so it is reported (AGR120).</summary>
    private string? OptionalWords(StringSyntax? syntax, string what) => syntax is null ? null : Words(syntax, what);

    private string Words(StringSyntax syntax, string what)
    {
        if (IsBlank(syntax.Value))
        {
            Add(Diagnostic.BlankText(Loc(syntax), what,
                syntax.Value.Length == 0 ? "empty (\"\")" : "only white space (\"" + Lexical.Printable(syntax.Value) + "\")"));
        }

        return syntax.Value;
    }

    /// <summary>No character but white space and invisible format characters (a zero-width space).</summary>
    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An amount of money (a cap, a loan, an investment, a grant, a guarantee): greater than zero, and in
    /// whole minor units of its currency (AGR121), since a draft says it in words ("ten United States dollars and
    /// one cent"). A price per unit may be finer (USD 0.0125 per lb), and so may the two sides of an exchange rate
    /// (<paramref name="wholeMinorUnits"/> false).</summary>
    private Money? BindPositiveMoney(MoneySyntax syntax, string what, bool wholeMinorUnits = true)
    {
        var money = BindMoney(syntax);
        if (money is { Amount: <= 0 } zero)
        {
            Add(Diagnostic.InvalidAmount(Loc(syntax), what, zero.ToString()));
            return null;
        }

        if (wholeMinorUnits && money is { } m && _catalog.FindCurrency(m.Currency) is { MinorUnits: >= 0 } currency &&
            decimal.Round(m.Amount, currency.MinorUnits) != m.Amount)
        {
            var unit = currency.MinorUnits == 0 ? "no decimals: its smallest amount is " + m.Currency + " 1"
                : (currency.MinorUnits == 1 ? "1 decimal" : currency.MinorUnits.ToString(System.Globalization.CultureInfo.InvariantCulture) + " decimals") +
                  ": its smallest amount is " + m.Currency + " " + (1m / Pow10(currency.MinorUnits)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Add(Diagnostic.AmountFinerThanMinorUnit(Loc(syntax), what,
                m.Currency + " " + m.Amount.ToString("#,0.############################", System.Globalization.CultureInfo.InvariantCulture),
                m.Currency + " (" + currency.Name + ")", unit));
            return null;
        }

        return money;
    }

    private static decimal Pow10(int exponent)
    {
        var value = 1m;
        for (var i = 0; i < exponent; i++)
        {
            value *= 10;
        }

        return value;
    }

    private MassUnit? BindUnit(NameSyntax name)
    {
        if (Units.ParseUnit(name.Text) is { } unit)
        {
            return unit;
        }

        Add(Diagnostic.UnknownUnit(Loc(name), name.Text, "unit of mass", string.Join(", ", ValueWords.Units),
            DidYouMean(name.Text, ValueWords.Units)));
        return null;
    }

    private QuantityBasis BindBasis(NameSyntax? name, MassUnit unit) =>
        name is null ? Units.DefaultBasis(unit) : Units.ParseBasis(name.Text) ?? Units.DefaultBasis(unit);

    private UnitPrice? BindPrice(PriceSyntax syntax)
    {
        var money = BindMoney(syntax.Money);
        var unit = BindUnit(syntax.Unit);
        if (money is null || unit is null)
        {
            return null;
        }

        if (money.Value.Amount <= 0)
        {
            Add(Diagnostic.InvalidAmount(Loc(syntax), "a price", money.Value.ToString()));
            return null;
        }

        return new UnitPrice(money.Value, unit.Value, BindBasis(syntax.Basis, unit.Value));
    }

    private Quantity? BindQuantity(QuantitySyntax syntax)
    {
        var unit = BindUnit(syntax.Unit);
        if (unit is null)
        {
            return null;
        }

        if (syntax.Amount.Value <= 0)
        {
            Add(Diagnostic.InvalidAmount(Loc(syntax), "a quantity", syntax.Amount.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return null;
        }

        return new Quantity(syntax.Amount.Value, unit.Value, BindBasis(syntax.Basis, unit.Value));
    }

    /// <summary>A share (of capacity, equity, content, clawback) must lie between 0% and 100%.</summary>
    private Percentage? BindShare(PercentSyntax? syntax, string what)
    {
        if (syntax is null)
        {
            return null;
        }

        if (syntax.Value > 100m)
        {
            Add(Diagnostic.PercentageOutOfRange(Loc(syntax), syntax.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), what));
            return null;
        }

        return new Percentage(syntax.Value);
    }

    private Duration? BindDuration(DurationSyntax? syntax)
    {
        if (syntax is null)
        {
            return null;
        }

        if (syntax.Amount.Value <= 0 || syntax.Amount.Value > 10_000)
        {
            Add(Diagnostic.InvalidAmount(Loc(syntax), "a duration (at most 10,000 units)", syntax.Amount.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return null;
        }

        var unit = syntax.Unit.Text.StartsWith("day", StringComparison.Ordinal) ? TimeUnit.Day
            : syntax.Unit.Text.StartsWith("month", StringComparison.Ordinal) ? TimeUnit.Month
            : TimeUnit.Year;
        return new Duration((int)syntax.Amount.Value, unit);
    }

    private static ReviewPeriod? BindPeriod(NameSyntax? syntax) => syntax?.Text switch
    {
        "monthly" => ReviewPeriod.Monthly,
        "quarterly" => ReviewPeriod.Quarterly,
        "semi-annually" => ReviewPeriod.SemiAnnually,
        "annually" => ReviewPeriod.Annually,
        _ => null,
    };

    private Period BindValidity(ValiditySyntax? syntax)
    {
        if (syntax is null)
        {
            return Period.Always;
        }

        if (syntax.Until is { } until && until.Value < syntax.From.Value)
        {
            Add(Diagnostic.ImpossibleDates(Loc(until), "the end date", Dates.Iso(until.Value), "the start date", Dates.Iso(syntax.From.Value)));
            return new Period(syntax.From.Value, null);
        }

        return new Period(syntax.From.Value, syntax.Until?.Value);
    }

    private Rate? BindRate(RateSyntax? syntax)
    {
        if (syntax is null)
        {
            return null;
        }

        if (syntax.Specific is { } specific)
        {
            return BindPrice(specific) is { } price ? new Rate(null, price, null) : null;
        }

        return new Rate(syntax.Percent is { } p ? new Percentage(p.Value) : null, null, OptionalWords(syntax.Benchmark, "the benchmark of a rate"));
    }

    private Scope BindScope(ScopeSyntax? syntax)
    {
        if (syntax is null)
        {
            return Scope.All;
        }

        if (syntax.Keyword is { } keyword)
        {
            return keyword.Text == "non-members" ? new Scope(ScopeKind.NonMembers, ImmutableArray<string>.Empty) : Scope.All;
        }

        return new Scope(ScopeKind.Listed, syntax.Codes.Where(c => BindCountry(c, use: true)).Select(c => c.Text).ToImmutableArray());
    }

    /// <summary>A country code, EU, or a declared producer or institution (which may be a party too). Where a code
    /// is declared (a member list, a party, a country of a producer or institution) an unknown one is reported each
    /// time; where a clause only uses it (<paramref name="use"/>: a scope such as <c>on imports from UK</c>), one
    /// already reported is not reported again.</summary>
    private bool BindCountry(NameSyntax code, bool allowDeclared = false, bool use = false)
    {
        // A declared producer or institution wins over a country code it happens to spell (MP is also the
        // Northern Mariana Islands).
        if (allowDeclared && _symbols.TryGetValue(code.Text, out var symbol) && symbol.Syntax is ProducerSyntax or InstitutionSyntax)
        {
            return true;
        }

        if (_catalog.FindCountry(code.Text) is not null)
        {
            return true;
        }

        var candidates = _catalog.Countries.Select(c => c.Code);
        if (allowDeclared)
        {
            candidates = candidates.Concat(SymbolsOfKind("producer")).Concat(SymbolsOfKind("institution")).Concat(SymbolsOfKind("entity"));
        }

        if (_unknownCountries.Add(code.Text) || !use)
        {
            Add(Diagnostic.UnknownCountry(Loc(code), code.Text, CountrySuggestion(code.Text, candidates)));
        }

        return false;
    }

    /// <summary>Codes that are in common use but are not ISO 3166-1 alpha-2: the United Kingdom is GB, Greece (EL in
    /// the EU's own usage) is GR.</summary>
    private static readonly Dictionary<string, string> CountryAliases = new(StringComparer.Ordinal)
    {
        ["UK"] = "GB", ["EL"] = "GR",
    };

    /// <summary>A did-you-mean for a party code: a known alias (UK → GB), a near code (USA → US), or a country
    /// written by its name (Japan → JP).</summary>
    private string CountrySuggestion(string text, IEnumerable<string> candidates)
    {
        if (CountryAliases.TryGetValue(text, out var alias) && _catalog.FindCountry(alias) is { } aliased)
        {
            return "; did you mean '" + alias + "' (" + aliased.Name + ")?";
        }

        var byCode = DidYouMean(text, candidates);
        if (byCode.Length > 0)
        {
            return byCode;
        }

        // "Japan", "France": the English short name, or the part of it before a comma ("Korea, Republic of").
        var byName = _catalog.Countries.FirstOrDefault(c => string.Equals(c.Name.Split(',')[0], text, StringComparison.OrdinalIgnoreCase));
        if (byName is null && text.Length > 3)
        {
            var near = MineralCatalog.Suggest(text, _catalog.Countries.Select(c => c.Name.Split(',')[0])).FirstOrDefault();
            byName = near is null ? null : _catalog.Countries.First(c => c.Name.Split(',')[0] == near);
        }

        return byName is null ? "" : "; did you mean '" + byName.Code + "' (" + byName.Name + ")?";
    }

    private ImmutableArray<string> BindCountries(IEnumerable<NameSyntax> codes) =>
        codes.Where(c => BindCountry(c)).Select(c => c.Text).ToImmutableArray();

    private bool ValidHsCode(NameSyntax code)
    {
        var digits = code.Text.Count(char.IsDigit);
        if (digits < 4 || digits > 10)
        {
            Add(Diagnostic.InvalidHsCode(Loc(code), code.Text));
            return false;
        }

        return true;
    }
}

/// <summary>The words of units and bases, for messages and suggestions.</summary>
internal static class ValueWords
{
    public static readonly string[] Units = ValueGrammar.UnitWords;
}
