using System.Globalization;

namespace AgreementLang.Rendering.Legal;

/// <summary>The labels of articles, paragraphs, points and annexes. The layouts read a label for every
/// article, paragraph and point they print, so the labels of the numbers a draft actually uses are made once
/// per process rather than concatenated on every read.</summary>
internal static class Numbering
{
    private const int Cached = 64;

    private static readonly string[] Articles = Make(n => "Article " + Number(n));
    private static readonly string[] ArticleEIds = Make(n => "art_" + Number(n));
    private static readonly string[] Paragraphs = Make(n => Number(n) + ".");
    private static readonly string[] AnnexEIds = Make(n => "att_" + Number(n));
    private static readonly string[] Points = [.. Enumerable.Range('a', 26).Select(c => "(" + (char)c + ")")];

    /// <summary>"Article 3".</summary>
    public static string Article(int number) => Lookup(Articles, number) ?? "Article " + Number(number);

    /// <summary>"art_3", the Akoma Ntoso and HTML id of an article.</summary>
    public static string ArticleEId(int number) => Lookup(ArticleEIds, number) ?? "art_" + Number(number);

    /// <summary>"3.".</summary>
    public static string Paragraph(int number) => Lookup(Paragraphs, number) ?? Number(number) + ".";

    /// <summary>"att_2", the id of an annex.</summary>
    public static string AnnexEId(int ordinal) => Lookup(AnnexEIds, ordinal) ?? "att_" + Number(ordinal);

    /// <summary>"(b)" for the letter "b".</summary>
    public static string Point(string letter) =>
        letter.Length == 1 && letter[0] is >= 'a' and <= 'z' ? Points[letter[0] - 'a'] : "(" + letter + ")";

    private static string? Lookup(string[] labels, int number) => number is >= 0 and < Cached ? labels[number] : null;

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static string[] Make(Func<int, string> label)
    {
        var labels = new string[Cached];
        for (var n = 0; n < Cached; n++)
        {
            labels[n] = label(n);
        }

        return labels;
    }
}
