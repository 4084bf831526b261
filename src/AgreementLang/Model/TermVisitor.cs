namespace AgreementLang.Model;

/// <summary>
/// One method per kind of agreement term. Every consumer of terms — the draft's wording and annexes, the model
/// printer, the schedules — implements it, so adding a kind of term is a compile error in each consumer until it
/// says what it does with the new kind (even if that is "nothing", which it must then write down). This is how
/// a developer adding a clause learns every place to change: add the record, its <c>Accept</c>, a method here,
/// and follow the build errors. <c>TermVisitorTests</c> checks that every concrete term overrides
/// <see cref="AgreementTerm.Accept{TResult}"/> and that every example term reaches its draft.
/// </summary>
public interface ITermVisitor<out TResult>
{
    TResult Visit(Floor term);

    TResult Visit(TariffCommitment term);

    TResult Visit(ExportDutyBan term);

    TResult Visit(ExportMeasure term);

    TResult Visit(Loan term);

    TResult Visit(EquityStake term);

    TResult Visit(Grant term);

    TResult Visit(Guarantee term);

    TResult Visit(Offtake term);

    TResult Visit(OriginRule term);

    TResult Visit(MostFavouredNation term);

    TResult Visit(StatedProvision term);

    TResult Visit(Obligation term);
}
