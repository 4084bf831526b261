using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using AgreementLang.Text;
using AgreementLang.Trimming;

namespace AgreementLang.Model.Versions;

/// <summary>How a diff writes values and field names: a field's name in words (<c>TariffCap</c> → <c>tariff cap</c>),
/// and a value as a negotiator reads it (<c>USD 110.00/kg</c>, <c>2026-03-01</c>, <c>EIF</c>). Amounts keep the
/// scale they were written with (110.00 stays 110.00); whether two values differ is decided by
/// <see cref="StructuralDump"/>, for which 110 and 110.00 are the same amount.</summary>
public static class ValueText
{
    /// <summary><c>EntryIntoForce</c> → <c>entry into force</c>; an all-capitals run stays one word (<c>HsCodes</c> → <c>hs codes</c>).</summary>
    public static string Words(string name)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]))
            {
                builder.Append(' ');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>The singular of a list's name, for one item of it: <c>Parties</c> → <c>party</c>.</summary>
    public static string Item(string listName) => listName switch
    {
        "Parties" => "party",
        "Capacities" => "capacity",
        "ForeignEntities" => "foreign entity",
        "NonMarket" => "non-market",
        "Excluded" => "excluded",
        "HsCodes" => "HS code",
        _ => Words(listName.EndsWith("s", StringComparison.Ordinal) ? listName.Substring(0, listName.Length - 1) : listName),
    };

    public static string Of(object? value) => value switch
    {
        null => "none",
        string text => text,
        bool flag => flag ? "yes" : "no",
        decimal number => Number(number),
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        DateTime date => Dates.Iso(date),
        Enum => Words(value.ToString()!),
        Money money => money.Currency + " " + Number(money.Amount),
        CommittedAmount amount => amount.Stated is { } stated ? amount.BoundWords + Of(stated) : "an amount to be agreed",
        UnitPrice price => Of(price.Money) + "/" + Units.Symbol(price.Unit) +
                           (price.Basis == Units.DefaultBasis(price.Unit) ? "" : " " + Units.BasisText(price.Basis)),
        Quantity quantity => Number(quantity.Amount) + " " + Units.Symbol(quantity.Unit) +
                             (quantity.Basis == Units.DefaultBasis(quantity.Unit) ? "" : " " + Units.BasisText(quantity.Basis)),
        Period period => period.From is null && period.Until is null ? "always" : period.ToString(),
        EntryIntoForce.OnDate d => Dates.Iso(d.Date),
        EntryIntoForce.OnSignature => "on signature",
        EntryIntoForce.AfterNotifications n => n.Days.ToString(CultureInfo.InvariantCulture) + " days after notifications",
        EntryIntoForce.Unstated => "unstated",
        Expiry.OnDate d => Dates.Iso(d.Date),
        Expiry.AfterTerm t => "after " + t.Term,
        Expiry.Indefinite => "indefinite",
        IEnumerable sequence => string.Join(", ", sequence.Cast<object?>().Select(Of)),
        _ when OwnToString(value.GetType()) => value.ToString()!,
        _ => Record(value),
    };

    /// <summary>A number as written: thousands separated, its own decimals kept.</summary>
    public static string Number(decimal number)
    {
        var scale = (decimal.GetBits(number)[3] >> 16) & 0xFF;
        return number.ToString("N" + scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>A record without a ToString of its own: its non-empty fields, one after the other.</summary>
    private static string Record(object value)
    {
        var parts = new List<string>();
        foreach (var property in Fields(value.GetType()))
        {
            var field = property.GetValue(value);
            switch (field)
            {
                case null:
                case false:
                case IEnumerable and not string when !((IEnumerable)field).Cast<object>().Any():
                    continue;
                case true:
                    parts.Add(Words(property.Name));
                    break;
                default:
                    parts.Add(Of(field));
                    break;
            }
        }

        return string.Join(" ", parts);
    }

    /// <summary>The data of a record, in declaration order, without places in the source (as
    /// <see cref="StructuralDump"/> reads it).</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = NativeBuild.OwnTypes)]
    public static IReadOnlyList<PropertyInfo> Fields(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0 && !IsPlace(p.PropertyType))
            .OrderBy(p => p.DeclaringType == type ? 1 : 0)
            .ThenBy(NativeBuild.DeclarationOrder)
            .ToArray();

    private static bool IsPlace(Type type) =>
        type == typeof(Location) || type == typeof(TextSpan) || type == typeof(AgreementClauses) || type == typeof(SourceText);

    /// <summary>Whether the type writes its own ToString (Money, Staging, Rate…) rather than the compiler's
    /// record one, which would print places in the source.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = NativeBuild.OwnTypes)]
    private static bool OwnToString(Type type)
    {
        var method = type.GetMethod("ToString", Type.EmptyTypes);
        return method is not null && method.DeclaringType == type && method.GetCustomAttribute<CompilerGeneratedAttribute>() is null;
    }
}
