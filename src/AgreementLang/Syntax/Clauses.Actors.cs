using AgreementLang.Diagnostics;
using AgreementLang.Text;

namespace AgreementLang.Syntax;

/// <summary><c>owned 15% by DOD from 2025-07-10</c>: a share of a producer held by an owner.</summary>
public sealed record OwnedClause(PercentSyntax Share, NameSyntax Owner, ValiditySyntax? Validity, TextSpan Span) : ClauseSyntax(Span);

/// <summary><c>foreign entity threshold 25%</c>: the share at which a foreign entity of concern bars a producer.</summary>
public sealed record ForeignEntityThresholdClause(PercentSyntax Threshold, TextSpan Span) : ClauseSyntax(Span);

/// <summary><c>participant GM, BOEING</c> or <c>agent HARTREE</c> in a facility (<see cref="Keyword"/> says which).</summary>
public sealed record ParticipantsClause(NameSyntax Keyword, IReadOnlyList<NameSyntax> Names, TextSpan Span) : ClauseSyntax(Span);

/// <summary><c>buyer GM, BOEING</c>: the entities entitled to buy from a stockpile.</summary>
public sealed record BuyersClause(IReadOnlyList<NameSyntax> Names, TextSpan Span) : ClauseSyntax(Span);

/// <summary><c>instrument convertible preferred equity</c>, in a financing's block.</summary>
public sealed record InstrumentClause(NameSyntax Instrument, TextSpan Span) : ClauseSyntax(Span);

/// <summary><c>conversion price USD 30.03 per share</c>, in a financing's block.</summary>
public sealed record ConversionPriceClause(MoneySyntax Price, TextSpan Span) : ClauseSyntax(Span);

/// <summary><c>warrants at USD 30.03 per share for 10 years</c>, in a financing's block.</summary>
public sealed record WarrantsClause(MoneySyntax? ExercisePrice, DurationSyntax? Term, TextSpan Span) : ClauseSyntax(Span);

/// <summary><c>use of proceeds "…"</c>, in a financing's block.</summary>
public sealed record UseOfProceedsClause(StringSyntax Text, TextSpan Span) : ClauseSyntax(Span);
