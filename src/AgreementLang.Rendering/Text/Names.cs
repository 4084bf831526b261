using AgreementLang.Catalog;
using AgreementLang.Model;

namespace AgreementLang.Rendering.Text;

/// <summary>Turns the codes of the model (parties, institutions, facilities, producers, countries, minerals)
/// into the names a treaty text uses. A party is named in full once, in the preamble, and afterwards by its
/// short name: its full name without "the Government of" and without a trailing ", acting through …".</summary>
public sealed class Names
{
    // Country names that read with a definite article ("the United Kingdom", "the Republic of Korea").
    private static readonly string[] ArticlePrefixes =
    [
        "United ", "Republic ", "Kingdom ", "Federation ", "Russian ", "European ", "Netherlands", "Philippines",
        "Democratic ", "Islamic ", "Plurinational ", "Bolivarian ", "Czech", "Dominican ", "Central African",
        "Holy See", "Marshall Islands", "Solomon Islands", "Bahamas", "Gambia", "Comoros", "Maldives", "Seychelles",
        "State of ", "Sultanate ", "Principality ", "Grand Duchy ", "Union ", "Hashemite ", "Lao ", "Syrian ",
        "Sudan", "Congo", "Niger",
    ];

    private readonly AgreementSet _set;
    private readonly Agreement? _agreement;

    public Names(AgreementSet set, Agreement? agreement)
    {
        _set = set;
        _agreement = agreement;
    }

    /// <summary>The short name of a party, institution, facility, producer or country, with "the" where it
    /// takes one: "the United States of America", "Japan", "Project Vault".</summary>
    public string Of(string code)
    {
        if (_agreement?.Parties.FirstOrDefault(p => p.Code == code) is { } party)
        {
            return ShortName(party.FullName);
        }

        if (_set.Facilities.FirstOrDefault(f => f.Name == code) is { } facility)
        {
            return facility.Title ?? facility.Name;
        }

        if (_set.Institutions.FirstOrDefault(i => i.Name == code) is { } institution)
        {
            // An institution is always "the" institution: "the Export-Import Bank of the United States".
            return institution.Title.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? institution.Title : "the " + institution.Title;
        }

        if (_set.Producers.FirstOrDefault(p => p.Name == code) is { } producer)
        {
            return producer.Title;
        }

        return Country(code);
    }

    /// <summary>The same name, capitalised to open a sentence.</summary>
    public string OfAtStart(string code) => Capitalise(Of(code));

    /// <summary>"the United States of America and Japan"; "A, B and C".</summary>
    public string List(IEnumerable<string> codes) => JoinAnd(codes.Select(Of).ToArray());

    /// <summary>A country by ISO code, as prose: "Korea, Republic of" becomes "the Republic of Korea".</summary>
    public static string Country(string code)
    {
        var name = MineralCatalog.Default.FindCountry(code)?.Name;
        if (name is null)
        {
            return code;
        }

        var comma = name.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0)
        {
            name = name.Substring(comma + 2) + " " + name.Substring(0, comma);
        }

        return WithArticle(name);
    }

    /// <summary>"the Government of Japan" → "Japan"; "the United States of America, acting through the
    /// Department of Defense" → "the United States of America".</summary>
    public static string ShortName(string fullName)
    {
        var name = fullName.Trim();
        foreach (var prefix in new[] { "the Government of ", "The Government of " })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                name = name.Substring(prefix.Length);
                break;
            }
        }

        var acting = name.IndexOf(", acting", StringComparison.Ordinal);
        return acting > 0 ? name.Substring(0, acting) : name;
    }

    /// <summary>A mineral as prose: elements by name ("lithium"), composites by their trade code ("NdPr").</summary>
    public string Mineral(string code)
    {
        if (_set.Minerals.FirstOrDefault(m => m.Code == code) is { } declared)
        {
            return declared.Name;
        }

        var info = MineralCatalog.Default.FindMineral(code);
        return info is null || !info.OnUsgsList ? code : info.Name;
    }

    /// <summary>The mineral's full name, for definitions: "neodymium-praseodymium".</summary>
    public string MineralFullName(string code) =>
        _set.Minerals.FirstOrDefault(m => m.Code == code)?.Name ?? MineralCatalog.Default.FindMineral(code)?.Name ?? code;

    /// <summary>The defined term for a good: "NdPr Oxide", "Lithium Carbonate", "Tungsten APT".</summary>
    public string Goods(MineralStage subject) => TitleCase(Mineral(subject.Mineral)) + " " + TitleCase(subject.Stage);

    public static string JoinAnd(IReadOnlyList<string> items, string conjunction = "and") => items.Count switch
    {
        0 => "",
        1 => items[0],
        2 => items[0] + " " + conjunction + " " + items[1],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " " + conjunction + " " + items[items.Count - 1],
    };

    public static string Capitalise(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static string TitleCase(string word) =>
        string.Join("-", word.Split('-').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part.Substring(1)));

    private static string WithArticle(string name) =>
        name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || !ArticlePrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal))
            ? name
            : "the " + name;
}
