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

    private static readonly string[] GovernmentPrefixes = ["the Government of ", "The Government of "];

    // A country's name in prose depends only on the catalogue, which is the same for the whole process.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Countries = new(StringComparer.Ordinal);

    private readonly AgreementSet _set;
    private readonly Agreement? _agreement;

    // A draft names the same few parties, institutions and goods in almost every sentence and table row.
    private readonly Dictionary<string, string> _of = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Mineral, string Stage), string> _goods = new();

    public Names(AgreementSet set, Agreement? agreement)
    {
        _set = set;
        _agreement = agreement;
    }

    /// <summary>The short name of a party, institution, facility, producer or country, with "the" where it
    /// takes one: "the United States of America", "Japan", "Project Vault".</summary>
    public string Of(string code)
    {
        if (!_of.TryGetValue(code, out var name))
        {
            name = Resolve(code);
            _of.Add(code, name);
        }

        return name;
    }

    /// <summary>The same name, capitalised to open a sentence.</summary>
    public string OfAtStart(string code) => Capitalise(Of(code));

    /// <summary>"the United States of America and Japan"; "A, B and C".</summary>
    public string List(IEnumerable<string> codes)
    {
        var names = new List<string>();
        foreach (var code in codes)
        {
            names.Add(Of(code));
        }

        return JoinAnd(names);
    }

    /// <summary>A country by ISO code, as prose: "Korea, Republic of" becomes "the Republic of Korea".</summary>
    public static string Country(string code) => Countries.TryGetValue(code, out var name) ? name : Countries.GetOrAdd(code, CountryName);

    /// <summary>"the Government of Japan" → "Japan"; "the United States of America, acting through the
    /// Department of Defense" → "the United States of America".</summary>
    public static string ShortName(string fullName)
    {
        var name = fullName.Trim();
        foreach (var prefix in GovernmentPrefixes)
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
        if (Declared(code) is { } declared)
        {
            return declared.Name;
        }

        var info = MineralCatalog.Default.FindMineral(code);
        return info is null || !info.OnUsgsList ? code : info.Name;
    }

    /// <summary>The mineral's full name, for definitions: "neodymium-praseodymium".</summary>
    public string MineralFullName(string code) =>
        Declared(code)?.Name ?? MineralCatalog.Default.FindMineral(code)?.Name ?? code;

    /// <summary>The defined term for a good: "NdPr Oxide", "Lithium Carbonate", "Tungsten APT".</summary>
    public string Goods(MineralStage subject)
    {
        if (!_goods.TryGetValue((subject.Mineral, subject.Stage), out var goods))
        {
            goods = TitleCase(Mineral(subject.Mineral)) + " " + TitleCase(subject.Stage);
            _goods.Add((subject.Mineral, subject.Stage), goods);
        }

        return goods;
    }

    /// <summary>"A and B", "A, B and C". An item that holds a comma of its own ("the United States of America,
    /// acting through the Department of Defense") is closed by a comma before "and", and in a longer list the
    /// items are parted by semicolons, so that no reader can take the next item for part of it.</summary>
    public static string JoinAnd(IReadOnlyList<string> items, string conjunction = "and")
    {
        switch (items.Count)
        {
            case 0:
                return "";
            case 1:
                return items[0];
            case 2:
                return items[0] + (items[0].Contains(',') ? ", " : " ") + conjunction + " " + items[1];
        }

        var separator = ", ";
        foreach (var item in items)
        {
            separator = item.Contains(',') ? "; " : separator;
        }

        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < items.Count - 1; i++)
        {
            if (i > 0)
            {
                builder.Append(separator);
            }

            builder.Append(items[i]);
        }

        return builder.Append(separator == "; " ? "; " : " ").Append(conjunction).Append(' ').Append(items[items.Count - 1]).ToString();
    }

    public static string Capitalise(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private string Resolve(string code)
    {
        if (_agreement is not null)
        {
            foreach (var party in _agreement.Parties)
            {
                if (party.Code == code)
                {
                    return ShortName(party.FullName);
                }
            }
        }

        foreach (var facility in _set.Facilities)
        {
            if (facility.Name == code)
            {
                return facility.Title ?? facility.Name;
            }
        }

        foreach (var institution in _set.Institutions)
        {
            if (institution.Name == code)
            {
                // A public body is always "the" institution: "the Export-Import Bank of the United States"; a
                // company or other entity goes by its legal name as written ("General Motors Company").
                return institution.Kind != EntityKind.PublicBody || institution.Title.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
                    ? institution.Title
                    : "the " + institution.Title;
            }
        }

        foreach (var producer in _set.Producers)
        {
            if (producer.Name == code)
            {
                return producer.Title;
            }
        }

        return Country(code);
    }

    private DeclaredMineral? Declared(string code)
    {
        foreach (var mineral in _set.Minerals)
        {
            if (mineral.Code == code)
            {
                return mineral;
            }
        }

        return null;
    }

    private static string CountryName(string code)
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

    /// <summary>Each part between hyphens starts with a capital: "neodymium-praseodymium" → "Neodymium-Praseodymium".</summary>
    private static string TitleCase(string word)
    {
        char[]? chars = null;
        for (var i = 0; i < word.Length; i++)
        {
            if ((i == 0 || word[i - 1] == '-') && char.ToUpperInvariant(word[i]) is var upper && upper != word[i])
            {
                chars ??= word.ToCharArray();
                chars[i] = upper;
            }
        }

        return chars is null ? word : new string(chars);
    }

    private static string WithArticle(string name)
    {
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            return name;
        }

        foreach (var prefix in ArticlePrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return "the " + name;
            }
        }

        return name;
    }
}
