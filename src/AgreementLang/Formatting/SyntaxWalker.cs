using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using AgreementLang.Syntax;
using AgreementLang.Trimming;

namespace AgreementLang.Formatting;

/// <summary>Every node under a syntax node, found by reflection over the records' properties, so that a node kind
/// added to the grammar later is still visited (the formatter must never mistake a new kind of tariff line for an
/// amount and regroup its digits).</summary>
internal static class SyntaxWalker
{
    private static readonly Dictionary<Type, PropertyInfo[]> Children = new();
    private static readonly object Gate = new();

    public static IEnumerable<SyntaxNode> DescendantsAndSelf(SyntaxNode root)
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var property in ChildProperties(node.GetType()))
            {
                switch (property.GetValue(node))
                {
                    case SyntaxNode child:
                        stack.Push(child);
                        break;
                    case IEnumerable list and not string:
                        foreach (var item in list)
                        {
                            if (item is SyntaxNode element)
                            {
                                stack.Push(element);
                            }
                        }

                        break;
                }
            }
        }
    }

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = NativeBuild.OwnTypes)]
    private static PropertyInfo[] ChildProperties(Type type)
    {
        lock (Gate)
        {
            if (!Children.TryGetValue(type, out var properties))
            {
                // Settable properties only: Clauses on a declaration is a computed view of Body.
                properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0 &&
                                (typeof(SyntaxNode).IsAssignableFrom(p.PropertyType) ||
                                 typeof(IEnumerable<SyntaxNode>).IsAssignableFrom(p.PropertyType)))
                    .ToArray();
                Children[type] = properties;
            }

            return properties;
        }
    }
}
