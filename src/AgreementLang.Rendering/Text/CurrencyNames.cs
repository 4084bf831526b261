using AgreementLang.Catalog;

namespace AgreementLang.Rendering.Text;

/// <summary>How a currency is named in running text ("United States dollars", "euros"). The ISO names of the
/// catalogue ("US Dollar", "Yen") are labels, not prose, so the currencies that agreements of this kind use are
/// written out here; any other falls back to its ISO name.</summary>
public sealed record CurrencyNames(string Singular, string Plural, string? MinorSingular, string? MinorPlural)
{
    private static readonly Dictionary<string, CurrencyNames> Known = new(StringComparer.Ordinal)
    {
        ["USD"] = new("United States dollar", "United States dollars", "cent", "cents"),
        ["EUR"] = new("euro", "euros", "cent", "cents"),
        ["JPY"] = new("Japanese yen", "Japanese yen", null, null),
        ["AUD"] = new("Australian dollar", "Australian dollars", "cent", "cents"),
        ["CAD"] = new("Canadian dollar", "Canadian dollars", "cent", "cents"),
        ["GBP"] = new("pound sterling", "pounds sterling", "penny", "pence"),
        ["CNY"] = new("Chinese yuan renminbi", "Chinese yuan renminbi", "fen", "fen"),
        ["KRW"] = new("Korean won", "Korean won", null, null),
        ["INR"] = new("Indian rupee", "Indian rupees", "paisa", "paise"),
        ["MXN"] = new("Mexican peso", "Mexican pesos", "centavo", "centavos"),
        ["CHF"] = new("Swiss franc", "Swiss francs", "centime", "centimes"),
        ["SGD"] = new("Singapore dollar", "Singapore dollars", "cent", "cents"),
        ["BRL"] = new("Brazilian real", "Brazilian reais", "centavo", "centavos"),
        ["ZAR"] = new("South African rand", "South African rand", "cent", "cents"),
        ["CLP"] = new("Chilean peso", "Chilean pesos", null, null),
        ["IDR"] = new("Indonesian rupiah", "Indonesian rupiah", null, null),
    };

    public static CurrencyNames For(string code)
    {
        if (Known.TryGetValue(code, out var names))
        {
            return names;
        }

        // An ISO name is a label ("Swiss Franc"): used as is, it is at least unambiguous.
        var iso = MineralCatalog.Default.FindCurrency(code)?.Name ?? code;
        return new CurrencyNames(iso, iso, null, null);
    }
}
