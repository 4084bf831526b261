using AgreementLang.Text;

namespace AgreementLang.Model;

/// <summary>The instrument a financing takes, beyond loan, equity, grant or guarantee.</summary>
public enum FinancingInstrument
{
    ConvertiblePreferredEquity,
    PreferredEquity,
    CommonEquity,
    Warrants,
    ConcessionalLoan,
    CommercialLoan,
}

public static class FinancingInstruments
{
    /// <summary>The words of the language, in the order of <see cref="FinancingInstrument"/>.</summary>
    public static readonly IReadOnlyList<string> Words =
        ["convertible preferred equity", "preferred equity", "common equity", "warrants", "concessional loan", "commercial loan"];

    public static string Word(FinancingInstrument instrument) => Words[(int)instrument];

    public static FinancingInstrument? Parse(string words)
    {
        for (var i = 0; i < Words.Count; i++)
        {
            if (Words[i] == words)
            {
                return (FinancingInstrument)i;
            }
        }

        return null;
    }

    /// <summary>Whether the instrument is an equity instrument (what an <c>equity</c> financing may take).</summary>
    public static bool IsEquity(FinancingInstrument instrument) => instrument is not (FinancingInstrument.ConcessionalLoan or FinancingInstrument.CommercialLoan);
}

/// <summary>Warrants attached to a financing: an exercise price per share and a term, each if stated.</summary>
public sealed record Warrants(Money? ExercisePrice, Duration? Term, Location Location);

/// <summary>What a financing clause's block states beyond amount, rate and tenor: the instrument, its conversion
/// price per share, attached warrants and the use of proceeds. Each is null when not stated; drafts state only
/// what is here.</summary>
public sealed record FinancingTerms(
    FinancingInstrument? Instrument,
    Money? ConversionPrice,
    Warrants? Warrants,
    string? UseOfProceeds)
{
    public static readonly FinancingTerms None = new(null, null, null, null);

    public bool IsEmpty => Instrument is null && ConversionPrice is null && Warrants is null && UseOfProceeds is null;
}
