using System.CommandLine;
using System.Globalization;

namespace AgreementLang.Cli.Commands;

/// <summary>The options of Word drafts, on <c>render</c> and <c>build</c>: <c>--draft-date</c> (the header's
/// "Draft of …") and <c>--reference-docx</c> (the styles and page setup to write the drafts in).</summary>
public sealed class WordOptions
{
    private WordOptions(Option<string?> draftDate, Option<string?> referenceDocx)
    {
        DraftDate = draftDate;
        ReferenceDocx = referenceDocx;
    }

    public Option<string?> DraftDate { get; }

    public Option<string?> ReferenceDocx { get; }

    public static WordOptions Create()
    {
        var draftDate = new Option<string?>("--draft-date")
        {
            Description = "The date in the Word header's \"Draft of …\" (YYYY-MM-DD); default: the date of signature, else none.",
        };
        draftDate.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            if (text is not null && Parse(text) is null)
            {
                result.AddError($"--draft-date: '{text}' is not a date such as 2026-02-20");
            }
        });

        var referenceDocx = new Option<string?>("--reference-docx")
        {
            Description = "A .docx whose styles, header and footer formatting and page setup the Word drafts take (as pandoc's --reference-doc).",
        };
        return new WordOptions(draftDate, referenceDocx);
    }

    public DateTime? DraftDateOf(ParseResult result) => result.GetValue(DraftDate) is { } text ? Parse(text) : null;

    private static DateTime? Parse(string text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
