using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using AgreementLang.Syntax;

namespace AgreementLang.LanguageServer.Workspace;

/// <summary>Every syntax node of a document, in source order. The walk reads each record's positional properties
/// (those with an init accessor; computed ones such as <see cref="DeclarationSyntax.Clauses"/> would visit a body
/// twice) rather than switching over the node types: a clause another engineer adds to the grammar is then
/// navigable, renamable and coloured without a change here.</summary>
public static class SyntaxWalk
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Children = new();

    public static IEnumerable<SyntaxNode> Nodes(DocumentSyntax document) => Nodes(document.Declarations);

    /// <summary>The nodes under <paramref name="roots"/> (given in source order), each before its children.</summary>
    public static IEnumerable<SyntaxNode> Nodes(IReadOnlyList<SyntaxNode> roots)
    {
        var stack = new Stack<SyntaxNode>();
        for (var i = roots.Count - 1; i >= 0; i--)
        {
            stack.Push(roots[i]);
        }

        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            var children = new List<SyntaxNode>();
            foreach (var property in ChildProperties(node.GetType()))
            {
                switch (property.GetValue(node))
                {
                    case SyntaxNode child:
                        children.Add(child);
                        break;
                    case IEnumerable list and not string:
                        children.AddRange(list.OfType<SyntaxNode>());
                        break;
                }
            }

            foreach (var child in children.OrderByDescending(c => c.Span.Start))
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>The names written in a document, declarations and references alike, in source order.</summary>
    public static IEnumerable<NameSyntax> Names(DocumentSyntax document) => Nodes(document).OfType<NameSyntax>();

    [UnconditionalSuppressMessage("Trimming", "IL2070",
        Justification = "Syntax nodes are agr's own types, and agr's assemblies are roots of its native build (TrimmerRootAssembly in src/AgreementLang.Cli).")]
    private static PropertyInfo[] ChildProperties(Type type) => Children.GetOrAdd(type, t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.SetMethod is not null && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
        .Where(p => typeof(SyntaxNode).IsAssignableFrom(p.PropertyType) ||
                    (p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType)))
        .ToArray());
}
