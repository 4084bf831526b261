using System.Globalization;
using System.Text;
using AgreementLang.Catalog;
using AgreementLang.LanguageServer.Protocol;
using AgreementLang.LanguageServer.Workspace;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;
using AgreementLang.Syntax;
using StreamJsonRpc;
using AgreementLang.Text;

namespace AgreementLang.LanguageServer.Handlers;

/// <summary><c>textDocument/hover</c>: a diagnostic's <c>agr explain</c> text; for a declared name its declaration;
/// for a mineral its name, elements, HS lines for the stage, the zone's reference price in force on the clause's date
/// (<see cref="ReferencePriceInForce"/>) and the catalogue's
/// conversions; for a stage its meaning; for a country or currency code its name; for an amount its value in
/// words and, where the zone states an exchange rate, in the other currency.</summary>
public sealed class HoverHandler
{
    private readonly ServerContext _context;

    public HoverHandler(ServerContext context) => _context = context;

    [JsonRpcMethod("textDocument/hover")]
    public Hover? Hover(HoverParams parameters)
    {
        var (document, project) = _context.Resolve(parameters.TextDocument);
        var offset = PositionMap.ToOffset(document.Text, parameters.Position);
        var parts = new List<string>();
        var nodes = SyntaxQueries.At(document.Syntax, offset);
        var name = nodes.OfType<NameSyntax>().LastOrDefault();
        var money = nodes.OfType<MoneySyntax>().LastOrDefault();
        var subject = nodes.OfType<MineralStageSyntax>().LastOrDefault();
        if (name is not null)
        {
            parts.AddRange(DescribeName(name, subject, project, document, offset));
        }

        if (money is not null)
        {
            parts.Add(DescribeMoney(money, project));
        }

        foreach (var diagnostic in project.DiagnosticsFor(document.Path).Where(d => d.Location.Span.Start <= offset && offset <= d.Location.Span.End))
        {
            parts.Add($"**{diagnostic.Code}** {diagnostic.Descriptor.Title}: {diagnostic.Message}\n\n" +
                      (_context.Host.Explain(diagnostic.Code) ?? $"[{diagnostic.Code}]({diagnostic.Descriptor.HelpLink})"));
        }

        if (parts.Count == 0)
        {
            return null;
        }

        var span = name?.Span ?? money?.Span;
        return new Hover(MarkupContent.Markdown(string.Join("\n\n---\n\n", parts)), span is { } s ? PositionMap.ToRange(document.Text, s) : null);
    }

    private static IEnumerable<string> DescribeName(NameSyntax name, MineralStageSyntax? subject, ProjectCompilation project, WorkspaceDocument here, int offset)
    {
        var catalog = MineralCatalog.Default;
        if (project.Names.Declarations.TryGetValue(name.Text, out var declared))
        {
            foreach (var (document, declaration) in declared)
            {
                var line = declaration.Name.Span.Start is var start ? document.Text.GetLinePosition(start).Line : 0;
                yield return $"**{declaration.KindName}** `{name.Text}`{Title(declaration)}\n\n{Path.GetFileName(document.Path)}, line {line}";
            }
        }

        if (subject is not null && ReferenceEquals(subject.Stage, name) && catalog.FindStage(name.Text) is { } stageOfSubject)
        {
            yield return $"**stage** `{stageOfSubject.Name}`: {stageOfSubject.Description}";
        }
        else if (catalog.FindMineral(name.Text) is { } mineral)
        {
            yield return DescribeMineral(mineral, subject is not null && ReferenceEquals(subject.Mineral, name) ? subject.Stage.Text : null, project, here, offset);
        }
        else if (catalog.FindStage(name.Text) is { } stage)
        {
            yield return $"**stage** `{stage.Name}`: {stage.Description}";
        }

        if (name.Text.Length == 2 && catalog.FindCountry(name.Text) is { } country)
        {
            yield return $"**party** `{country.Code}`: {country.Name}";
        }

        if (name.Text.Length == 3 && catalog.FindCurrency(name.Text) is { } currency)
        {
            yield return $"**currency** `{currency.Code}`: {currency.Name}";
        }
    }

    private static string DescribeMineral(MineralInfo mineral, string? stage, ProjectCompilation project, WorkspaceDocument here, int offset)
    {
        var text = new StringBuilder($"**mineral** `{mineral.Code}`: {mineral.Name}");
        if (mineral.Elements.Length > 0)
        {
            text.Append(" (").Append(string.Join(", ", mineral.Elements)).Append(')');
        }

        if (stage is null)
        {
            return text.ToString();
        }

        var catalog = MineralCatalog.Default;
        foreach (var line in catalog.HsLines(mineral.Code, stage))
        {
            text.Append($"\n\n- HS {line.Code}: {line.Description}");
        }

        if (ReferencePriceInForce.Find(project, here, offset,
                s => catalog.FindMineral(s.Mineral.Text)?.Code == mineral.Code && s.Stage.Text == stage) is { } price)
        {
            var from = Dates.Iso(price.Price.Validity.From.Value);
            var on = price.On is { } date ? $"{Dates.Iso(date)}, {price.OnWhat}" : null;
            var why = (price.Latest, on) switch
            {
                (false, _) => $"in force on {on}",
                (true, null) => "the latest; the clause's date is not known",
                (true, _) => $"the latest; none is in force on {on}",
            };
            text.Append($"\n\n- reference price {Source(price.Document, price.Price.Price.Span)}, in force from {from} ({why})");
        }

        foreach (var other in catalog.Stages.Where(s => s.Name != stage))
        {
            if (catalog.Yield(mineral.Code, stage, other.Name) is { } yield)
            {
                text.Append($"\n\n- 1 t {stage} = {yield.Factor.ToString(CultureInfo.InvariantCulture)} t {other.Name}");
            }
        }

        return text.ToString();
    }

    private static string DescribeMoney(MoneySyntax money, ProjectCompilation project)
    {
        var catalog = MineralCatalog.Default;
        var currency = catalog.FindCurrency(money.Currency.Text);
        var whole = decimal.Truncate(money.Amount);
        var text = $"**amount** {NumberWords.Cardinal(whole)}{(money.Amount != whole ? " and a fraction" : "")} {currency?.Name ?? money.Currency.Text}";
        foreach (var rate in project.Documents.SelectMany(d => d.Syntax.Declarations.OfType<ZoneSyntax>()).SelectMany(z => z.Body.OfType<ExchangeRateClause>()))
        {
            if (rate.From.Currency.Text == money.Currency.Text && rate.From.Amount != 0)
            {
                var converted = money.Amount * rate.To.Amount / rate.From.Amount;
                text += $"\n\n= {rate.To.Currency.Text} {converted.ToString("N2", CultureInfo.InvariantCulture)} at the zone's rate";
            }
        }

        return text;
    }

    private static string Title(DeclarationSyntax declaration) => declaration switch
    {
        ZoneSyntax { Title: { } t } => $" “{t.Value}”",
        FacilitySyntax { Title: { } t } => $" “{t.Value}”",
        ProducerSyntax p => $" “{p.Title.Value}” ({p.Country.Text})",
        InstitutionSyntax i => $" “{i.Title.Value}” ({i.Country.Text})",
        StockpileSyntax s => $" “{s.Title.Value}”",
        MineralDeclarationSyntax m => $" “{m.Title.Value}”",
        AgreementSyntax a => $" “{a.Title.Value}”",
        AmendmentSyntax a => $" “{a.Title.Value}”, amending `{a.Amends.Text}`",
        _ => "",
    };

    private static string Source(WorkspaceDocument document, AgreementLang.Text.TextSpan span) =>
        document.Text.Text.Substring(span.Start, Math.Min(span.Length, 200));
}
