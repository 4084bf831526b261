using System.Text;

namespace AgreementLang.Rendering.Text;

/// <summary>English cardinal numbers in words, in the British style legal drafts use ("one hundred and ten").
/// Written here rather than taken from Humanizer: Humanizer's static configuration constructs the en-US culture,
/// which throws in the globalization-invariant mode the <c>agr</c> tool runs in; this needs no culture at all.</summary>
public static class NumberWords
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly (decimal Value, string Name)[] Scales =
    [
        (1_000_000_000_000_000_000m, "quintillion"),
        (1_000_000_000_000_000m, "quadrillion"),
        (1_000_000_000_000m, "trillion"),
        (1_000_000_000m, "billion"),
        (1_000_000m, "million"),
        (1_000m, "thousand"),
    ];

    // Almost every figure of a draft (days, years, per cent, most prices) is below a thousand: read each once.
    private static readonly string[] BelowThousand = BuildBelowThousand();

    /// <summary>A whole number in words: 10,000,000,000 → "ten billion"; 1,250 → "one thousand two hundred and
    /// fifty". Negative numbers read "minus …".</summary>
    public static string Cardinal(decimal whole)
    {
        whole = decimal.Truncate(whole);
        if (whole >= 0 && whole < BelowThousand.Length)
        {
            return BelowThousand[(int)whole];
        }

        var builder = new StringBuilder();
        if (whole < 0)
        {
            builder.Append("minus ");
            whole = -whole;
        }

        var first = true;
        foreach (var (value, name) in Scales)
        {
            if (whole >= value)
            {
                // Below 2^64 the quotient is exact in integers, which decimal division is much slower at.
                var count = whole <= ulong.MaxValue ? (decimal)((ulong)whole / (ulong)value) : decimal.Truncate(whole / value);
                whole -= count * value;
                if (!first)
                {
                    builder.Append(' ');
                }

                builder.Append(Cardinal(count)).Append(' ').Append(name);
                first = false;
            }
        }

        if (whole > 0)
        {
            var below = (int)whole;
            if (!first)
            {
                // "one thousand and five" but "one thousand two hundred and five".
                builder.Append(below < 100 ? " and " : " ");
            }

            AppendBelowThousand(builder, below);
        }

        return builder.ToString();
    }

    private static string[] BuildBelowThousand()
    {
        var words = new string[1000];
        words[0] = Units[0];
        var builder = new StringBuilder();
        for (var number = 1; number < words.Length; number++)
        {
            AppendBelowThousand(builder.Clear(), number);
            words[number] = builder.ToString();
        }

        return words;
    }

    /// <summary>The digits after the point read one by one: 0.35 → "three five".</summary>
    public static string Digits(string digits)
    {
        var words = new string[digits.Length];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = Units[digits[i] - '0'];
        }

        return string.Join(" ", words);
    }

    private static void AppendBelowThousand(StringBuilder builder, int number)
    {
        var hundreds = number / 100;
        var rest = number % 100;
        if (hundreds > 0)
        {
            builder.Append(Units[hundreds]).Append(" hundred");
            if (rest > 0)
            {
                builder.Append(" and ");
            }
        }

        if (rest == 0)
        {
            return;
        }

        if (rest < 20)
        {
            builder.Append(Units[rest]);
        }
        else
        {
            builder.Append(Tens[rest / 10]);
            if (rest % 10 > 0)
            {
                builder.Append('-').Append(Units[rest % 10]);
            }
        }
    }
}
