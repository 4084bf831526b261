using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Model.Versions;
using AgreementLang.Semantics;
using AgreementLang.Syntax;
using AgreementLang.Formatting;
using AgreementLang.Text;

namespace AgreementLang.Versions;

/// <summary>What a protocol is to be: its name, date and, optionally, title and the agreement it amends (by default
/// the one agreement whose terms differ). <see cref="Path"/> names the generated text in messages.</summary>
public sealed record ProtocolRequest(string Id, DateTime From, string? Title = null, string? Amends = null, string Path = "protocol.agr");

/// <summary>A generated protocol (<see cref="Text"/>, in the formatter's layout), or why there is none: a
/// <see cref="Problem"/> in one sentence, and the changes between the versions that no amendment of the agreement
/// can state (<see cref="Inexpressible"/>, each with its places).</summary>
public sealed record ProtocolResult(string? Text, string? Amends, string? Problem, IReadOnlyList<ModelChange> Inexpressible)
{
    public bool Succeeded => Text is not null;

    /// <summary>Changes between the versions outside the amended agreement (a zone's reference price, another
    /// agreement): not the protocol's business, listed so that nobody takes the protocol for all that changed.</summary>
    public IReadOnlyList<ModelChange> Outside { get; init; } = Array.Empty<ModelChange>();
}

/// <summary>Writes the <c>amendment</c> that turns one version of an agreement into another (issue 16, "generated
/// protocol"), and proves it before handing it out.
///
/// A protocol amends one agreement; zones, facilities, producers and other agreements are instruments of their own.
/// So the old version is the agreement as the old files state it (with its amendments), read among the new files'
/// other declarations: a zone's new reference price is the zone's change, and a floor "at reference price" follows it
/// without any protocol. Changes outside the agreement are returned as <see cref="ProtocolResult.Outside"/>.
///
/// The text is printed from the planned amendment (<see cref="ProtocolPlan"/>) by <see cref="ModelPrinter"/> (a
/// visitor over every kind of term), laid out by the formatter, then parsed and bound with the old agreement; that,
/// as of the protocol's date, must have no change from the new version (<see cref="ModelDiff"/> over
/// <see cref="AsOfView"/>). Whatever change remains is one an amendment cannot state — a new title, party or entry
/// into force, two terms of one key — and is returned instead of a text that would say something else.</summary>
public static class ProtocolGenerator
{
    public static ProtocolResult Generate(IReadOnlyList<DocumentSyntax> oldDocuments, IReadOnlyList<DocumentSyntax> newDocuments, AgreementSet after,
        ProtocolRequest request)
    {
        var (before, _) = Binder.Bind(oldDocuments);
        if (Declared(before, request.Id) || Declared(after, request.Id))
        {
            return Refused($"the name '{request.Id}' is already declared; choose another --id");
        }

        string target;
        if (request.Amends is { } named)
        {
            if (!before.Agreements.Any(a => a.Name == named) || !after.Agreements.Any(a => a.Name == named))
            {
                return Refused($"no agreement '{named}' in both versions");
            }

            target = named;
        }
        else
        {
            var amended = after.Agreements.Select(a => a.Name)
                .Where(name => before.Agreements.Any(a => a.Name == name) && !StructuralDump.Equal(Instrument(oldDocuments, name), Instrument(newDocuments, name)))
                .ToList();
            if (amended.Count != 1)
            {
                var changes = ModelDiff.Compare(AsOfView.Of(before, request.From), AsOfView.Of(after, request.From));
                return amended.Count > 1
                    ? Refused($"the texts of {string.Join(", ", amended)} differ and a protocol amends one agreement: name it with --amends")
                    : changes.Count == 0
                        ? Refused($"the versions are the same as of {Dates.Iso(request.From)}: a protocol would change nothing")
                        : new ProtocolResult(null, null, "no agreement's text differs between the versions, and a protocol amends an agreement", changes);
            }

            target = amended[0];
        }

        if (after.Agreements.First(a => a.Name == target).EffectiveUntil is { } end && end < request.From)
        {
            return Refused($"{target} expires on {Dates.Iso(end)}, before the protocol's date {Dates.Iso(request.From)}: there is nothing in force to amend");
        }

        // The old agreement (and its amendments) among the new version's other declarations.
        var documents = newDocuments.Select(d => Keep(d, x => !Belongs(x, target))).Concat(oldDocuments.Select(d => Keep(d, x => Belongs(x, target)))).ToList();
        var (baseline, _) = Binder.Bind(documents);
        var outside = ModelDiff.Compare(before, after).Where(c => c.Declaration != target && !Amends(after, c.Declaration, target) && !Amends(before, c.Declaration, target)).ToList();

        var agreement = baseline.Agreements.First(a => a.Name == target);
        var place = new Location(new SourceText(request.Path, ""), new TextSpan(0, 0));
        var amendment = ProtocolPlan.Make(baseline, after, target, request.Id, request.Title ?? DefaultTitle(agreement), request.From, place);
        var printed = Parser.Parse(request.Path, ModelPrinter.Print(amendment, agreement));
        if (printed.Diagnostics.Count > 0)
        {
            // The id or title cannot be written in the language (an --id with a space, say): the printer writes them as given.
            return Refused($"the protocol cannot be written: {printed.Diagnostics[0].Message} (check --id and --title)");
        }

        var text = Formatter.Format(printed);
        documents.Add(Parser.Parse(request.Path, text));
        var (combined, diagnostics) = Binder.Bind(documents);
        if (!combined.Amendments.Any(a => a.Name == request.Id))
        {
            var reason = diagnostics.FirstOrDefault(d => d.Location.Path == request.Path && d.Severity == DiagnosticSeverity.Error);
            return Refused("the protocol does not bind to the old version" + (reason is null ? "" : ": " + reason.Message));
        }

        var residual = RoundTrip.Residual(combined, after, request.From);
        return residual.Count == 0
            ? new ProtocolResult(text, target, null, Array.Empty<ModelChange>()) { Outside = outside }
            : new ProtocolResult(null, target, $"{residual.Count} change(s) cannot be stated in an amendment of {target}", residual);
    }

    /// <summary>The declarations that make up an agreement's text: the agreement and its amendments.</summary>
    private static List<DeclarationSyntax> Instrument(IReadOnlyList<DocumentSyntax> documents, string agreement) =>
        documents.SelectMany(d => d.Declarations).Where(d => Belongs(d, agreement)).ToList();

    private static bool Belongs(DeclarationSyntax declaration, string agreement) =>
        declaration switch
        {
            AgreementSyntax a => a.Name.Text == agreement,
            AmendmentSyntax m => m.Amends.Text == agreement,
            _ => false,
        };

    private static bool Amends(AgreementSet set, string declaration, string agreement) =>
        set.Amendments.Any(a => a.Name == declaration && a.Amends == agreement);

    private static DocumentSyntax Keep(DocumentSyntax document, Func<DeclarationSyntax, bool> keep) =>
        document with { Declarations = document.Declarations.Where(keep).ToList() };

    /// <summary>The title a protocol has unless one is given: it names the instrument it amends, and nothing else.</summary>
    public static string DefaultTitle(Agreement agreement) =>
        "Protocol amending " + (agreement.Title.StartsWith("the ", StringComparison.Ordinal) ? "" : "the ") + agreement.Title;

    private static ProtocolResult Refused(string problem) => new(null, null, problem, Array.Empty<ModelChange>());

    private static bool Declared(AgreementSet set, string name) =>
        set.Zones.Any(x => x.Name == name) || set.Facilities.Any(x => x.Name == name) || set.Producers.Any(x => x.Name == name) ||
        set.Institutions.Any(x => x.Name == name) || set.Stockpiles.Any(x => x.Name == name) || set.Minerals.Any(x => x.Code == name) ||
        set.Agreements.Any(x => x.Name == name) || set.Amendments.Any(x => x.Name == name);
}
