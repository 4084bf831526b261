using System.Text;

namespace AgreementLang.Rendering.Schedules;

/// <summary>The tariff annex of the whole set as CSV (RFC 4180): a header row, CRLF line ends, fields quoted
/// when they hold a comma, a double quote, CR or LF (quotes doubled), UTF-8 without a byte-order mark, exact
/// decimals in invariant form ("110.00", never "110" or "110,00").</summary>
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
                row.Source.ToString(),
            ]);
        }

        return builder.ToString();
    }

    public static string Field(string value)
    {
        var needsQuotes = value.IndexOfAny([',', '"', '\r', '\n']) >= 0;
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
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
