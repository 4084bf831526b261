using System.Collections.Immutable;
using AgreementLang.Catalog;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Syntax;
using AgreementLang.Text;

namespace AgreementLang.Semantics;

/// <summary>Turns the syntax trees of a whole set of files into one typed <see cref="AgreementSet"/>: names
/// declared in one file are visible in every other. Declarations are collected first (so order of files and
/// of declarations never matters), then bound kind by kind: zones before the agreements that read their
/// reference prices.</summary>
public sealed partial class Binder
{
    private readonly MineralCatalog _catalog;
    /// <summary>At most this many diagnostics per file from the binder (AGR118 then says the rest are not
    /// shown): a line such as <c>members XX, XX, XX, …</c> makes one per four characters.</summary>
    public const int MaxDiagnosticsPerFile = 1_000;

    /// <summary>Did-you-mean suggestions offered in one run: each compares the name with every candidate, so
    /// without a bound a generated set with thousands of unknown names would take quadratic time.</summary>
    public const int MaxSuggestions = 1_000;

    private readonly List<Diagnostic> _diagnostics = new();
    private readonly Dictionary<SourceText, int> _perFile = new();
    private int _suggestions;
    private readonly Dictionary<string, (DeclarationSyntax Syntax, SourceText Source)> _symbols = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Zone> _zones = new(StringComparer.Ordinal);

    /// <summary>Codes already reported as unknown countries (AGR107): a misspelt code is reported where it is
    /// declared, with its did-you-mean, and not again at every clause that uses it.</summary>
    private readonly HashSet<string> _unknownCountries = new(StringComparer.Ordinal);

    /// <summary>Each amendment's target, date and the party codes it adds, read before amendments are bound.</summary>
    private readonly List<(string Amends, DateTime From, string[] Codes)> _partiesAddedByAmendments = new();
    private readonly Dictionary<string, Facility> _facilities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Producer> _producers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Institution> _institutions = new(StringComparer.Ordinal);
    private SourceText _source = new("", "");

    private Binder(MineralCatalog catalog)
    {
        _catalog = catalog;
    }

    public static (AgreementSet Set, IReadOnlyList<Diagnostic> Diagnostics) Bind(
        IReadOnlyList<DocumentSyntax> documents, MineralCatalog? catalog = null)
    {
        var binder = new Binder(catalog ?? MineralCatalog.Default);
        var set = binder.BindAll(documents);
        return (set, binder._diagnostics);
    }

    private AgreementSet BindAll(IReadOnlyList<DocumentSyntax> documents)
    {
        Declare(documents);
        var zones = BindEach<ZoneSyntax, Zone>(documents, BindZone);
        foreach (var zone in zones)
        {
            _zones[zone.Name] = zone;
        }

        var institutions = BindEach<InstitutionSyntax, Institution>(documents, BindInstitution);
        foreach (var institution in institutions)
        {
            _institutions[institution.Name] = institution;
        }

        var producers = BindEach<ProducerSyntax, Producer>(documents, BindProducer);
        foreach (var producer in producers)
        {
            _producers[producer.Name] = producer;
        }

        var facilities = BindEach<FacilitySyntax, Facility>(documents, BindFacility);
        foreach (var facility in facilities)
        {
            _facilities[facility.Name] = facility;
        }

        var minerals = BindEach<MineralDeclarationSyntax, DeclaredMineral>(documents, BindMineralDeclaration);
        var lines = BindEach<LineDeclarationSyntax, NationalLine>(documents, BindLine);
        var stockpiles = BindEach<StockpileSyntax, Stockpile>(documents, BindStockpile);
        var agreements = BindEach<AgreementSyntax, Agreement>(documents, BindAgreement);
        var byName = agreements.ToDictionary(a => a.Name, StringComparer.Ordinal);
        // Parties an amendment adds are parties for the clauses of every amendment of the same agreement from its date.
        _partiesAddedByAmendments.AddRange(documents.SelectMany(d => d.Declarations).OfType<AmendmentSyntax>()
            .Select(a => (a.Amends.Text, a.From.Value, a.Body.OfType<PartyClause>().Select(p => p.Code.Text).ToArray())));
        var amendments = BindEach<AmendmentSyntax, Amendment>(documents, syntax => BindAmendment(syntax, byName));
        var set = new AgreementSet(zones, facilities, producers, institutions, stockpiles, minerals, lines, agreements, amendments);
        CheckRemovals(set);
        return set;
    }

    /// <summary>First pass: every declared name, across all files; a name declared twice is reported at its
    /// second declaration and the first one wins.</summary>
    private void Declare(IReadOnlyList<DocumentSyntax> documents)
    {
        foreach (var document in documents)
        {
            foreach (var declaration in document.Declarations)
            {
                var name = declaration is LineDeclarationSyntax line ? line.Country.Text + " " + line.Name.Text : declaration.Name.Text;
                if (_symbols.TryGetValue(name, out var existing))
                {
                    var where = new Location(existing.Source, existing.Syntax.Name.Span);
                    Add(Diagnostic.DuplicateDeclaration(
                            new Location(document.Source, declaration.Name.Span), declaration.Name.Text, existing.Syntax.KindName, where)
                        .WithRelated(where, "first declared here"));
                    continue;
                }

                if (declaration is MineralDeclarationSyntax && _catalog.FindMineral(name) is { } known)
                {
                    Add(Diagnostic.DuplicateDeclaration(
                        new Location(document.Source, declaration.Name.Span), name, "catalogue mineral (" + known.Name + ")", firstDeclaredAt: null));
                    continue;
                }

                _symbols[name] = (declaration, document.Source);
            }
        }
    }

    private ImmutableArray<TModel> BindEach<TSyntax, TModel>(IReadOnlyList<DocumentSyntax> documents, Func<TSyntax, TModel?> bind)
        where TSyntax : DeclarationSyntax
        where TModel : class
    {
        var result = ImmutableArray.CreateBuilder<TModel>();
        foreach (var document in documents)
        {
            _source = document.Source;
            foreach (var declaration in document.Declarations)
            {
                if (declaration is TSyntax syntax && IsFirstDeclaration(syntax))
                {
                    if (bind(syntax) is { } model)
                    {
                        result.Add(model);
                    }
                }
            }
        }

        return result.ToImmutable();
    }

    private bool IsFirstDeclaration(DeclarationSyntax syntax)
    {
        var name = syntax is LineDeclarationSyntax line ? line.Country.Text + " " + line.Name.Text : syntax.Name.Text;
        return _symbols.TryGetValue(name, out var entry) && ReferenceEquals(entry.Syntax, syntax);
    }

    private Location Loc(SyntaxNode node) => new(_source, node.Span);

    private void Add(Diagnostic diagnostic)
    {
        var source = diagnostic.Location.Source;
        _perFile.TryGetValue(source, out var count);
        _perFile[source] = count + 1;
        if (count < MaxDiagnosticsPerFile)
        {
            _diagnostics.Add(diagnostic);
        }
        else if (count == MaxDiagnosticsPerFile)
        {
            _diagnostics.Add(Diagnostic.TooManyProblems(diagnostic.Location, MaxDiagnosticsPerFile));
        }
    }

    private string DidYouMean(string text, IEnumerable<string> candidates)
    {
        if (++_suggestions > MaxSuggestions)
        {
            return "";
        }

        var best = MineralCatalog.Suggest(text, candidates).FirstOrDefault();
        return best is null ? "" : "; did you mean '" + best + "'?";
    }

    private IEnumerable<string> SymbolsOfKind(string kind) =>
        _symbols.Where(s => s.Value.Syntax.KindName == kind).Select(s => s.Key);
}
