using System.Text;
using AgreementLang.Model;

namespace AgreementLang.Rendering.Schedules;

/// <summary>The tariff annex of the whole set as CSV (RFC 4180): a header row, CRLF line ends, fields quoted
/// when they hold a comma, a double quote, CR or LF (quotes doubled), UTF-8 without a byte-order mark, exact
/// decimals in invariant form ("110.00", never "110" or "110,00"); a field a spreadsheet would run as a formula
/// is neutralised with a leading <c>'</c> (see <see cref="Field"/>).</summary>
public static class CsvScheduleWriter
{
    public static string Write(IEnumerable<TariffAnnexRow> rows)
    {
        var builder = new StringBuilder();
        AppendRow(builder, TariffAnnexRows.Columns);
        foreach (var row in rows)
        {
            AppendRow(builder,
            [
                row.Agreement, row.Binding ? "yes" : "no", row.Party, row.Exporter, row.Line, row.Description, row.Mineral, row.Stage,
                row.BaseRate, row.Commitment, row.Staging, row.Floor, row.Currency, row.Unit, row.Basis, row.Mechanism, row.Cap, row.Review,
                row.Source.ToString(), row.Period.From is { } from ? Dates.Iso(from) : "", row.Period.Until is { } until ? Dates.Iso(until) : "",
            ]);
        }

        return builder.ToString();
    }

    /// <summary>The companion <c>schedule.csvt</c> (the GDAL/OGR convention, also read by QGIS): one line that
    /// names the type of each column of <see cref="Write"/>, quoted and comma-separated, CRLF-terminated. It tells
    /// an importer that the HS line and figure columns are text, so 2846.90 and 110.00 keep their digits.</summary>
    public static string WriteTypes()
    {
        if (TariffAnnexRows.ColumnTypes.Length != TariffAnnexRows.Columns.Length)
        {
            throw new InvalidOperationException("every column of the tariff annex needs a type");
        }

        return string.Join(",", TariffAnnexRows.ColumnTypes.Select(t => "\"" + t + "\"")) + "\r\n";
    }

    /// <summary>One field as RFC 4180 writes it, defended against spreadsheet formula injection (OWASP "CSV
    /// injection"): a value that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is
    /// written with a single quote <c>'</c> in front, inside a quoted field, so that Excel and LibreOffice read it
    /// as text instead of running it. A value that already starts with <c>'</c> gets one more, so that the rule
    /// stays reversible: a consumer that wants the exact value removes one leading <c>'</c> from every field that
    /// has one. A plain decimal number with a minus sign (<c>-2</c>, <c>-0.50</c>, <c>-5%</c>) is left alone: a
    /// spreadsheet reads it as that number and nothing runs. See docs/schedules.md.</summary>
    public static string Field(string value)
    {
        if (IsFormulaLike(value))
        {
            return "\"'" + value.Replace("\"", "\"\"") + "\"";
        }

        var needsQuotes = value.IndexOfAny([',', '"', '\r', '\n']) >= 0;
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    /// <summary>Whether a spreadsheet could take <paramref name="value"/> for a formula (or it starts with the
    /// quote that marks a neutralised one).</summary>
    private static bool IsFormulaLike(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        return value[0] switch
        {
            '=' or '+' or '@' or '\t' or '\r' or '\'' => true,
            '-' => !IsNegativeNumber(value),
            _ => false,
        };
    }

    /// <summary><c>-</c>, digits, optionally a point and digits, optionally <c>%</c>: nothing else.</summary>
    private static bool IsNegativeNumber(string value)
    {
        var end = value.EndsWith('%') ? value.Length - 1 : value.Length;
        var i = 1;
        var digits = 0;
        while (i < end && char.IsAsciiDigit(value[i]))
        {
            i++;
            digits++;
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < end && value[i] == '.')
        {
            i++;
            var decimals = 0;
            while (i < end && char.IsAsciiDigit(value[i]))
            {
                i++;
                decimals++;
            }

            if (decimals == 0)
            {
                return false;
            }
        }

        return i == end;
    }

    private static void AppendRow(StringBuilder builder, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            builder.Append(Field(fields[i]));
        }

        builder.Append("\r\n");
    }
}
