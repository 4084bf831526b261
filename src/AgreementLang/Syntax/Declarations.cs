using AgreementLang.Diagnostics;
using AgreementLang.Text;

namespace AgreementLang.Syntax;

/// <summary>A top-level declaration: its keyword, its name and, for most, a block of clauses.</summary>
public abstract record DeclarationSyntax(NameSyntax Name, TextSpan Span) : SyntaxNode(Span)
{
    public abstract string KindName { get; }

    public virtual IReadOnlyList<ClauseSyntax> Clauses => Array.Empty<ClauseSyntax>();
}

public sealed record ZoneSyntax(NameSyntax Name, StringSyntax? Title, IReadOnlyList<ClauseSyntax> Body, TextSpan Span)
    : DeclarationSyntax(Name, Span)
{
    public override string KindName => "zone";

    public override IReadOnlyList<ClauseSyntax> Clauses => Body;
}

public sealed record FacilitySyntax(NameSyntax Name, StringSyntax? Title, MoneySyntax Cap, ValiditySyntax? Validity,
    DurationSyntax? Duration, IReadOnlyList<ClauseSyntax> Body, TextSpan Span) : DeclarationSyntax(Name, Span)
{
    public override string KindName => "facility";

    public override IReadOnlyList<ClauseSyntax> Clauses => Body;
}

public sealed record ProducerSyntax(NameSyntax Name, StringSyntax Title, NameSyntax Country, IReadOnlyList<ClauseSyntax> Body,
    TextSpan Span) : DeclarationSyntax(Name, Span)
{
    public override string KindName => "producer";

    public override IReadOnlyList<ClauseSyntax> Clauses => Body;
}

/// <summary><c>institution</c> or <c>entity</c>: an actor that is not a party, with its kind (null: a public body).</summary>
public sealed record InstitutionSyntax(NameSyntax Name, StringSyntax Title, NameSyntax Country, TextSpan Span)
    : DeclarationSyntax(Name, Span)
{
    public NameSyntax? Kind { get; init; }

    /// <summary>Declared with <c>entity</c> rather than <c>institution</c>.</summary>
    public bool Entity { get; init; }

    public override string KindName => Entity ? "entity" : "institution";
}

public sealed record StockpileSyntax(NameSyntax Name, StringSyntax Title, NameSyntax Holder, NameSyntax? Zone,
    IReadOnlyList<ClauseSyntax> Body, TextSpan Span) : DeclarationSyntax(Name, Span)
{
    public override string KindName => "stockpile";

    public override IReadOnlyList<ClauseSyntax> Clauses => Body;
}

public sealed record MineralDeclarationSyntax(NameSyntax Name, StringSyntax Title, IReadOnlyList<ClauseSyntax> Body,
    TextSpan Span) : DeclarationSyntax(Name, Span)
{
    public override string KindName => "mineral";

    public override IReadOnlyList<ClauseSyntax> Clauses => Body;
}

/// <summary>A national tariff line; its name is the line itself.</summary>
public sealed record LineDeclarationSyntax(NameSyntax Country, NameSyntax Name, StringSyntax Description,
    MineralStageSyntax Subject, TextSpan Span) : DeclarationSyntax(Name, Span)
{
    public override string KindName => "tariff line";
}

public sealed record AgreementSyntax(NameSyntax Name, StringSyntax Title, IReadOnlyList<ClauseSyntax> Body, TextSpan Span)
    : DeclarationSyntax(Name, Span)
{
    public override string KindName => "agreement";

    public override IReadOnlyList<ClauseSyntax> Clauses => Body;
}

public sealed record AmendmentSyntax(NameSyntax Name, StringSyntax Title, NameSyntax Amends, DateSyntax From,
    IReadOnlyList<ClauseSyntax> Body, TextSpan Span) : DeclarationSyntax(Name, Span)
{
    public override string KindName => "amendment";

    public override IReadOnlyList<ClauseSyntax> Clauses => Body;
}

/// <summary>One parsed file: its declarations, its comments and the syntax diagnostics found.</summary>
public sealed record DocumentSyntax(
    SourceText Source,
    IReadOnlyList<DeclarationSyntax> Declarations,
    IReadOnlyList<CommentSyntax> Comments,
    IReadOnlyList<Diagnostic> Diagnostics);
