using System.Collections.Immutable;

namespace AgreementLang.Rendering.Legal;

/// <summary>A draft laid out as a treaty text, independent of any file format: every writer (Markdown, HTML,
/// DOCX, Akoma Ntoso) lays out this same structure, so the formats cannot disagree on a word or a figure.
/// All text is plain (no markup); each writer escapes it for its own format.</summary>
public sealed record Draft(
    string Name,
    string Title,
    string InstrumentNoun,
    string KindName,
    bool Binding,
    DateTime? Signed,
    string? Place,
    ImmutableArray<DraftParty> Parties,
    ImmutableArray<string> Warnings,
    ImmutableArray<string> Preamble,
    string Formula,
    ImmutableArray<DraftArticle> Articles,
    ImmutableArray<string> Closing,
    ImmutableArray<DraftSignature> Signatures,
    ImmutableArray<DraftAnnex> Annexes)
{
    /// <summary>The title in capitals, as the heading of a treaty text is printed.</summary>
    public string TitleUpper => Title.ToUpperInvariant();

    public bool HasWarnings => Warnings.Length > 0;

    public bool HasAnnexes => Annexes.Length > 0;

    /// <summary>The signature blocks in rows of two, as treaty texts print them side by side.</summary>
    public ImmutableArray<ImmutableArray<DraftSignature>> SignatureRows =>
        Signatures.Select((s, i) => (s, i)).GroupBy(x => x.i / 2).Select(g => g.Select(x => x.s).ToImmutableArray()).ToImmutableArray();
}

/// <summary>A party as the draft names it; <see cref="Id"/> is a stable identifier for cross-references
/// (the party's code in lower case).</summary>
public sealed record DraftParty(string Code, string Id, string FullName, string ShortName, string Role);

/// <summary>A numbered article: "Article 2 — Reference Prices and Price Floors".</summary>
public sealed record DraftArticle(int Number, string Family, string Heading, ImmutableArray<DraftParagraph> Paragraphs)
{
    public string Label => "Article " + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string EId => "art_" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A paragraph; <see cref="Number"/> is null when the article has a single paragraph. Items are the
/// lettered points that follow it: "(a) …".</summary>
public sealed record DraftParagraph(int? Number, string Text, ImmutableArray<DraftItem> Items)
{
    public string? Label => Number is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." : null;

    public bool HasItems => Items.Length > 0;
}

public sealed record DraftItem(string Letter, string Text)
{
    public string Label => "(" + Letter + ")";
}

/// <summary>"FOR THE GOVERNMENT OF JAPAN" over a signature line.</summary>
public sealed record DraftSignature(string PartyId, string Caption);

/// <summary>An annex: "Annex II — Tariff Schedule", with its tables.</summary>
public sealed record DraftAnnex(string Number, int Ordinal, string Family, string Heading, ImmutableArray<string> Notes, ImmutableArray<DraftTable> Tables)
{
    public string Label => "Annex " + Number;

    public string EId => "att_" + Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record DraftTable(string? Caption, ImmutableArray<string> Columns, ImmutableArray<ImmutableArray<string>> Rows);
