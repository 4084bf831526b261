using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using AgreementLang.Text;
using AgreementLang.Trimming;

namespace AgreementLang.Model;

/// <summary>A canonical, deterministic text dump of a model (or of a syntax tree) that leaves out every place
/// in the source: <see cref="Location"/>, <see cref="TextSpan"/> and <see cref="SourceText"/> members are skipped.
/// Two models are the same model exactly when their dumps are equal, which is what the formatter checks before
/// it rewrites a file and what the property tests compare.
///
/// Why a dump and not record equality: the records hold <c>ImmutableArray</c>s, which compare by reference, and
/// every record carries a <see cref="Location"/> that changes whenever a line moves. Why reflection: the model
/// grows on several branches at once; a hand-written dump would silently ignore a new field, this one cannot.
/// Members are the settable (positional or init) properties, in declaration order, so computed properties such as
/// <see cref="Agreement.Period"/> are not dumped twice; decimals are written without trailing zeros (110.00 and
/// 110 are the same amount), dates as yyyy-MM-dd.</summary>
public static class StructuralDump
{
    private static readonly Dictionary<Type, (string Name, Func<object, object?> Get)[]> Properties = new();
    private static readonly object Gate = new();

    public static string Of(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value, 0);
        return builder.ToString();
    }

    /// <summary>Whether two models (or trees) are structurally equal, places in the source aside.</summary>
    public static bool Equal(object? a, object? b) => FirstDifference(a, b) is null;

    /// <summary>Null when <paramref name="a"/> and <paramref name="b"/> dump alike; otherwise the first line that
    /// differs, with its path ("Agreements[3]: ..."). Sequences, and the sequences a record holds, are compared
    /// element by element, so that comparing the models of a 20 MB set never builds its whole dump at once.</summary>
    public static string? FirstDifference(object? a, object? b) => FirstDifference(a, b, "", 2);

    private static string? FirstDifference(object? a, object? b, string path, int levels)
    {
        if (levels > 0 && a is IEnumerable first && b is IEnumerable second && a is not string && b is not string &&
            !IsDefaultImmutableArray(a) && !IsDefaultImmutableArray(b))
        {
            var left = first.GetEnumerator();
            var right = second.GetEnumerator();
            for (var index = 0; ; index++)
            {
                var more = left.MoveNext();
                if (more != right.MoveNext())
                {
                    return $"{path}[{index}] is {(more ? "lost" : "added")}";
                }

                if (!more)
                {
                    return null;
                }

                if (FirstDifference(left.Current, right.Current, $"{path}[{index}]", levels - 1) is { } difference)
                {
                    return difference;
                }
            }
        }

        if (levels > 0 && a is not null && b is not null && a.GetType() == b.GetType() && PropertiesOf(a.GetType()).Any(p => p.Get(a) is IEnumerable and not string))
        {
            foreach (var (name, get) in PropertiesOf(a.GetType()))
            {
                if (FirstDifference(get(a), get(b), path.Length == 0 ? name : path + "." + name, levels - 1) is { } difference)
                {
                    return difference;
                }
            }

            return null;
        }

        var before = Of(a);
        var after = Of(b);
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return null;
        }

        var x = before.Split('\n');
        var y = after.Split('\n');
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            if (x[i] != y[i])
            {
                return $"{path}: '{Short(x[i].Trim())}' would become '{Short(y[i].Trim())}'";
            }
        }

        return $"{path}: '{Short((x.Length > y.Length ? x[y.Length] : y[x.Length]).Trim())}' would be {(x.Length > y.Length ? "lost" : "added")}";
    }

    private static string Short(string text) => text.Length <= 80 ? text : text.Substring(0, 80) + "…";

    private static void Write(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string text:
                builder.Append('"');
                foreach (var c in text)
                {
                    if (c == '"' || c == '\\')
                    {
                        builder.Append('\\').Append(c);
                    }
                    else if (char.IsControl(c) || c == '\u2028' || c == '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                }

                builder.Append('"');
                return;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                return;
            case decimal number:
                builder.Append(Canonical(number));
                return;
            case int or long or short or byte:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
            case DateTime date:
                builder.Append(date.TimeOfDay == TimeSpan.Zero
                    ? Dates.Iso(date)
                    : date.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture));
                return;
            case Enum:
                builder.Append(value.GetType().Name).Append('.').Append(value);
                return;
            case IEnumerable when IsDefaultImmutableArray(value):
                // A default ImmutableArray throws when enumerated; the dump must never throw.
                builder.Append("default");
                return;
            case IEnumerable sequence:
                builder.Append('[');
                var any = false;
                foreach (var item in sequence)
                {
                    builder.Append(any ? "," : "").Append('\n').Append(' ', (depth + 1) * 2);
                    Write(builder, item, depth + 1);
                    any = true;
                }

                if (any)
                {
                    builder.Append('\n').Append(' ', depth * 2);
                }

                builder.Append(']');
                return;
        }

        var type = value.GetType();
        builder.Append(Name(type)).Append(" {");
        var first = true;
        foreach (var (name, get) in PropertiesOf(type))
        {
            builder.Append(first ? "" : ",").Append('\n').Append(' ', (depth + 1) * 2).Append(name).Append(": ");
            Write(builder, get(value), depth + 1);
            first = false;
        }

        if (!first)
        {
            builder.Append('\n').Append(' ', depth * 2);
        }

        builder.Append('}');
    }

    /// <summary>A decimal without trailing zeros and in invariant notation: 110.00 → 110, 0.50 → 0.5.</summary>
    public static string Canonical(decimal number)
    {
        var text = number.ToString(CultureInfo.InvariantCulture);
        if (text.IndexOf('.') < 0)
        {
            return text;
        }

        text = text.TrimEnd('0');
        return text.EndsWith(".", StringComparison.Ordinal) ? text.Substring(0, text.Length - 1) : text;
    }

    private static string Name(Type type) =>
        type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : type.Name;

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = NativeBuild.OwnTypes)]
    private static (string Name, Func<object, object?> Get)[] PropertiesOf(Type type)
    {
        lock (Gate)
        {
            if (Properties.TryGetValue(type, out var cached))
            {
                return cached;
            }

            // Settable properties are the record's own data; the EqualityContract and computed properties have no
            // setter. Places in the source are left out on purpose. Declaration order is deterministic for a given
            // build (GetProperties' own order is not promised).
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0 && !IsPlace(p.PropertyType))
                .OrderBy(p => p.DeclaringType == type ? 1 : 0)
                .ThenBy(NativeBuild.DeclarationOrder)
                .Select(p => (p.Name, Getter(type, p)))
                .ToArray();
            Properties[type] = properties;
            return properties;
        }
    }

    /// <summary>A compiled getter: the formatter dumps whole sets of files twice per run, and reflection's
    /// GetValue was most of the cost.</summary>
    private static Func<object, object?> Getter(Type type, PropertyInfo property)
    {
#if NET
        // The native build of agr cannot compile an expression (it would only interpret it): reflection is faster there.
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled)
        {
            return property.GetValue;
        }
#endif

        var instance = Expression.Parameter(typeof(object), "instance");
        var read = Expression.Property(Expression.Convert(instance, type), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile();
    }

    /// <summary>Whether the value is an ImmutableArray that was never given one (<c>default</c>): such an array
    /// refuses to be enumerated. Asked of the array itself rather than of its IsDefault property through reflection,
    /// which the native build of agr does not keep for every element type.</summary>
    private static bool IsDefaultImmutableArray(object value)
    {
        var type = value.GetType();
        if (!(type.IsValueType && type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>)))
        {
            return false;
        }

        try
        {
            ((IEnumerable)value).GetEnumerator();
            return false;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private static bool IsPlace(Type type) =>
        type == typeof(Location) || type == typeof(TextSpan) || type == typeof(SourceText) || type == typeof(AgreementClauses);
}
