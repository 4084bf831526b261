using System.Collections.Immutable;
using AgreementLang.Diagnostics;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>The definitions of one draft as they are found, each citing the clauses that use the term; a term is
/// defined once (the first meaning found wins) and the list reads in alphabetical order, as drafting conventions
/// require.</summary>
internal sealed class DefinitionList(Provenance provenance)
{
    private readonly List<DefinitionView> _definitions = [];

    public void Define(string term, string meaning, IEnumerable<Location?> from) => _definitions.Add(new(term, meaning, provenance.Mark(from)));

    public ImmutableArray<DefinitionView> InOrder()
    {
        var unique = new List<DefinitionView>(_definitions.Count);
        foreach (var definition in _definitions)
        {
            if (!Contains(unique, definition.Term))
            {
                unique.Add(definition);
            }
        }

        unique.Sort(static (a, b) => StringComparer.OrdinalIgnoreCase.Compare(a.Term, b.Term) is var order and not 0 ? order : string.CompareOrdinal(a.Term, b.Term));
        return [.. unique];
    }

    private static bool Contains(List<DefinitionView> definitions, string term)
    {
        foreach (var d in definitions)
        {
            if (string.Equals(d.Term, term, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
