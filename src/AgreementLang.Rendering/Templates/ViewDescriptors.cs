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
/// through the non-generic <see cref="IList"/> or <see cref="IEnumerable"/>, <c>length</c> is their count,
/// <c>[2]</c> an element, and their own public properties (<c>Count</c>, <c>Length</c>, <c>IsEmpty</c>) read as
/// Handlebars read them. Dictionaries and other framework types keep Handlebars' own descriptors. Written by hand:
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

    /// <summary><c>length</c>, <c>Length</c> and <c>Count</c> (the count), <c>IsEmpty</c>, <c>[i]</c> (an element) and the
    /// collection's other public properties.</summary>
    private sealed class SequenceAccessor : IMemberAccessor
    {
        public static readonly SequenceAccessor Instance = new();

        private static readonly ConcurrentDictionary<(Type Type, string Name), PropertyInfo?> Properties = new();

        public bool TryGetValue(object instance, ChainSegment memberName, out object value)
        {
            var name = memberName.TrimmedValue;
            var items = instance as IList ?? ((IEnumerable)instance).Cast<object>().ToArray();
            // A collection's count by the names Handlebars and the framework give it, read without reflection, so
            // that the native build (which keeps no metadata for, say, ImmutableArray<T>.Length) answers as well.
            if (name is "length" or "Length" or "Count")
            {
                value = items.Count;
                return true;
            }

            if (name == "IsEmpty")
            {
                value = items.Count == 0;
                return true;
            }

            if (int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                && index < items.Count)
            {
                value = items[index]!;
                return true;
            }

            if (Properties.GetOrAdd((instance.GetType(), name), Property) is { } property)
            {
                value = property.GetValue(instance)!;
                return true;
            }

            value = null!;
            return false;
        }

        /// <summary>A framework collection's property, such as ImmutableArray's <c>Length</c> or a list's
        /// <c>Count</c>. Where the native build has not kept one, the template finds it undefined, which is an error
        /// that names it, as for any unknown name.</summary>
        [UnconditionalSuppressMessage("Trimming", "IL2080", Justification = "See the summary: a property not kept is reported as undefined.")]
        private static PropertyInfo? Property((Type Type, string Name) key) =>
            key.Type.GetProperty(key.Name, BindingFlags.Public | BindingFlags.Instance) is { GetMethod: not null } property
            && property.GetIndexParameters().Length == 0
                ? property
                : null;
    }
}
