using System.Text;

namespace AgreementLang.Text;

/// <summary>How an amount is spelt in source and in messages. It lives with the text types, below every layer,
/// because the formatter, the model's own descriptions and the printer must all spell a number the same way.</summary>
public static class AmountSpelling
{
    /// <summary>An amount as on paper: no leading zeros, thousands separators from 1,000 up, the decimals as
    /// written (110.00 stays 110.00: a price quoted to the cent says so).</summary>
    public static string Canonical(string text)
    {
        var digits = text.Replace(",", "");
        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits.Substring(0, point);
        var fraction = point < 0 ? "" : digits.Substring(point);
        whole = whole.TrimStart('0');
        if (whole.Length == 0)
        {
            whole = "0";
        }

        var builder = new StringBuilder(whole.Length + (whole.Length / 3) + fraction.Length);
        for (var k = 0; k < whole.Length; k++)
        {
            if (k > 0 && (whole.Length - k) % 3 == 0)
            {
                builder.Append(',');
            }

            builder.Append(whole[k]);
        }

        return builder.Append(fraction).ToString();
    }
}
