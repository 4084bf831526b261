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

    /// <summary>The note of a consolidated text ("Consolidated text as of 1 June 2027, incorporating the
    /// Protocol … (US-JP-2026-P1) in force from 1 March 2027."); empty for the text as signed.</summary>
    public ImmutableArray<string> Consolidation { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The date a consolidated text is as of (the date of its Akoma Ntoso expression); null for the
    /// text as signed.</summary>
    public DateTime? ConsolidatedAsOf { get; init; }

    public bool IsConsolidated => Consolidation.Length > 0;

    public bool HasAnnexes => Annexes.Length > 0;

    /// <summary>The signature blocks in rows of two, as treaty texts print them side by side.</summary>
    public ImmutableArray<ImmutableArray<DraftSignature>> SignatureRows
    {
        get
        {
            var rows = ImmutableArray.CreateBuilder<ImmutableArray<DraftSignature>>((Signatures.Length + 1) / 2);
            for (var i = 0; i < Signatures.Length; i += 2)
            {
                rows.Add(i + 1 < Signatures.Length ? [Signatures[i], Signatures[i + 1]] : [Signatures[i]]);
            }

            return rows.MoveToImmutable();
        }
    }
}

/// <summary>A party as the draft names it; <see cref="Id"/> is a stable identifier for cross-references
/// (the party's code in lower case).</summary>
public sealed record DraftParty(string Code, string Id, string FullName, string ShortName, string Role);

/// <summary>A numbered article: "Article 2 — Reference Prices and Price Floors".</summary>
public sealed record DraftArticle(int Number, string Family, string Heading, ImmutableArray<DraftParagraph> Paragraphs)
{
    public string Label => Numbering.Article(Number);

    public string EId => Numbering.ArticleEId(Number);
}

/// <summary>A paragraph; <see cref="Number"/> is null when the article has a single paragraph. Items are the
/// lettered points that follow it: "(a) …".</summary>
public sealed record DraftParagraph(int? Number, string Text, ImmutableArray<DraftItem> Items)
{
    public string? Label => Number is { } n ? Numbering.Paragraph(n) : null;

    public bool HasItems => Items.Length > 0;
}

public sealed record DraftItem(string Letter, string Text)
{
    public string Label => Numbering.Point(Letter);
}

/// <summary>"FOR THE GOVERNMENT OF JAPAN" over a signature line.</summary>
public sealed record DraftSignature(string PartyId, string Caption);

/// <summary>An annex: "Annex II — Tariff Schedule", with its tables.</summary>
public sealed record DraftAnnex(string Number, int Ordinal, string Family, string Heading, ImmutableArray<string> Notes, ImmutableArray<DraftTable> Tables)
{
    public string Label => "Annex " + Number;

    public string EId => Numbering.AnnexEId(Ordinal);
}

public sealed record DraftTable(string? Caption, ImmutableArray<string> Columns, ImmutableArray<ImmutableArray<string>> Rows);
