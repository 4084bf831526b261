using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using HandlebarsDotNet.Iterators;
using HandlebarsDotNet.MemberAccessors;
using HandlebarsDotNet.ObjectDescriptors;
using HandlebarsDotNet.PathStructure;

namespace AgreementLang.Rendering.Templates;

/// <summary>How a template reads the properties of agr's own objects (the drafts' and report's views and the model
/// values they carry). Handlebars' own accessor builds a typed getter per property at run time
/// (<c>MakeGenericMethod</c> over the property's type), which the natively compiled agr cannot do for a property of a
/// value type; this one reads each public instance property through its <see cref="PropertyInfo"/>, which works in
/// every build. Lists and other sequences (not dictionaries or strings) are read the same way for the same reason:
/// Handlebars' own list descriptor is made per element type with <c>MakeGenericMethod</c>; here <c>#each</c> walks them
/// through the non-generic <see cref="IList"/> or <see cref="IEnumerable"/>, <c>length</c> is their count and
/// <c>[2]</c> an element. Dictionaries and other framework types keep Handlebars' own descriptors. Written by hand:
/// Handlebars.Net 2.4 offers no reflection-only accessor.</summary>
internal sealed class ViewDescriptors : IObjectDescriptorProvider
{
    private static readonly ConcurrentDictionary<Type, ObjectDescriptor> Cache = new();

    public static readonly ViewDescriptors Instance = new();

    private ViewDescriptors()
    {
    }

    public bool TryGetDescriptor(Type type, out ObjectDescriptor value)
    {
        if (IsSequence(type))
        {
            value = Cache.GetOrAdd(type, DescribeSequence);
            return true;
        }

        if (IsAgrType(type))
        {
            value = Cache.GetOrAdd(type, Describe);
            return true;
        }

        value = ObjectDescriptor.Empty;
        return false;
    }

    /// <summary>Types of agr's assemblies (their anonymous types included) that are not collections.</summary>
    private static bool IsAgrType(Type type) =>
        type.Assembly.GetName().Name is { } name
        && (name == "AgreementLang" || name.StartsWith("AgreementLang.", StringComparison.Ordinal))
        && !typeof(IEnumerable).IsAssignableFrom(type);

    /// <summary>Every framework dictionary (Dictionary, ImmutableDictionary, FrozenDictionary…) is also a
    /// non-generic <see cref="IDictionary"/>, which is all that is asked: reading a type's generic interfaces needs
    /// metadata the native build does not promise.</summary>
    private static bool IsSequence(Type type) =>
        typeof(IEnumerable).IsAssignableFrom(type) && type != typeof(string) && !typeof(IDictionary).IsAssignableFrom(type);

    private static ObjectDescriptor DescribeSequence(Type type) =>
        typeof(IList).IsAssignableFrom(type)
            ? new ObjectDescriptor(type, SequenceAccessor.Instance, (_, _) => Array.Empty<object>(), _ => new ListIterator<IList>())
            : new ObjectDescriptor(type, SequenceAccessor.Instance, (_, _) => Array.Empty<object>(), _ => new EnumerableIterator<IEnumerable>());

    [UnconditionalSuppressMessage("Trimming", "IL2070",
        Justification = "agr's assemblies are roots of the native build (TrimmerRootAssembly in the CLI's project), so every public property of their types is kept.")]
    private static ObjectDescriptor Describe(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null)
            .ToDictionary(p => p.Name, StringComparer.Ordinal);
        var names = properties.Keys.Select(n => (object)ChainSegment.Create(n)).ToArray();
        return new ObjectDescriptor(type, new Accessor(properties), (_, _) => names, d => new ObjectIterator(d));
    }

    private sealed class Accessor(Dictionary<string, PropertyInfo> properties) : IMemberAccessor
    {
        public bool TryGetValue(object instance, ChainSegment memberName, out object value)
        {
            if (properties.TryGetValue(memberName.TrimmedValue, out var property))
            {
                value = property.GetValue(instance)!;
                return true;
            }

            value = null!;
            return false;
        }
    }

    /// <summary><c>length</c> (the count) and <c>[i]</c> (an element) of a list or sequence.</summary>
    private sealed class SequenceAccessor : IMemberAccessor
    {
        public static readonly SequenceAccessor Instance = new();

        public bool TryGetValue(object instance, ChainSegment memberName, out object value)
        {
            var name = memberName.TrimmedValue;
            var items = instance as IList ?? ((IEnumerable)instance).Cast<object>().ToArray();
            if (name == "length")
            {
                value = items.Count;
                return true;
            }

            if (int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                && index < items.Count)
            {
                value = items[index]!;
                return true;
            }

            value = null!;
            return false;
        }
    }
}
