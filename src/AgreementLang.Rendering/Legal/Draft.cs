using System.Collections.Immutable;
using AgreementLang.Model;

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
    ImmutableArray<DraftParagraph> Preamble,
    string Formula,
    ImmutableArray<DraftArticle> Articles,
    ImmutableArray<DraftParagraph> Closing,
    ImmutableArray<DraftSignature> Signatures,
    ImmutableArray<DraftAnnex> Annexes,
    InstrumentForm Form = InstrumentForm.Treaty)
{
    /// <summary>The form's name in docs and traces: "treaty", "non-binding", "plurilateral", "contract".</summary>
    public string FormName => InstrumentForms.Name(Form);

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
    /// <summary>"Article 3"; a redline sets it to the old and new labels, marked.</summary>
    public string Label { get; init; } = Numbering.Article(Number);

    /// <summary>"art_3"; a redline gives a deleted article an id of its own.</summary>
    public string EId { get; init; } = Numbering.ArticleEId(Number);
}

/// <summary>A paragraph; <see cref="Number"/> is null when the article has a single paragraph. Items are the
/// lettered points that follow it: "(a) …".</summary>
public sealed record DraftParagraph(int? Number, string Text, ImmutableArray<DraftItem> Items, ImmutableArray<DraftSource> Sources = default)
{
    /// <summary>"2.", or null when the article has a single paragraph; a redline sets it to the old and new labels, marked.</summary>
    public string? Label { get; init; } = Number is { } n ? Numbering.Paragraph(n) : null;

    public bool HasItems => Items.Length > 0;

    /// <summary>Fixed wording of the instrument's form: made from no clause of the sources.</summary>
    public bool IsBoilerplate => Sources.IsDefaultOrEmpty;

    /// <summary>"examples/forge/us-japan.agr:21 …": what HTML writes in <c>data-source</c>.</summary>
    public string Source => DraftSource.Join(Sources);

    /// <summary>The stable anchor of an article's paragraph, "art_2__para_1" (Akoma Ntoso's eId); null outside
    /// articles.</summary>
    public string? EId { get; init; }

    /// <summary>A paragraph prints as its text, so that a layout may write <c>{{this}}</c>.</summary>
    public override string ToString() => Text;
}

public sealed record DraftItem(string Letter, string Text, ImmutableArray<DraftSource> Sources = default)
{
    /// <summary>"(b)"; a redline sets it to the old and new labels, marked.</summary>
    public string Label { get; init; } = Numbering.Point(Letter);

    public bool IsBoilerplate => Sources.IsDefaultOrEmpty;

    public string Source => DraftSource.Join(Sources);

    /// <summary>"art_2__para_1__point_a".</summary>
    public string? EId { get; init; }
}

/// <summary>"FOR THE GOVERNMENT OF JAPAN" over a signature line.</summary>
public sealed record DraftSignature(string PartyId, string Caption);

/// <summary>An annex: "Annex II — Tariff Schedule", with its tables.</summary>
public sealed record DraftAnnex(string Number, int Ordinal, string Family, string Heading, ImmutableArray<string> Notes, ImmutableArray<DraftTable> Tables)
{
    /// <summary>"Annex II"; a redline sets it to the old and new labels, marked.</summary>
    public string Label { get; init; } = "Annex " + Number;

    /// <summary>"att_2"; a redline gives a deleted annex an id of its own.</summary>
    public string EId { get; init; } = Numbering.AnnexEId(Ordinal);
}

/// <summary>A table of an annex; <see cref="RowSources"/> gives, for each row, the clauses it was made from.</summary>
public sealed record DraftTable(string? Caption, ImmutableArray<string> Columns, ImmutableArray<ImmutableArray<string>> Rows, ImmutableArray<ImmutableArray<DraftSource>> RowSources = default)
{
    /// <summary>The clauses row <paramref name="row"/> was made from (none for a table built without them).</summary>
    public ImmutableArray<DraftSource> SourcesOf(int row) =>
        !RowSources.IsDefault && row < RowSources.Length ? RowSources[row] : ImmutableArray<DraftSource>.Empty;

    /// <summary>The rows with their sources, for layouts that write them (HTML's <c>data-source</c>).</summary>
    public ImmutableArray<DraftRow> TracedRows
    {
        get
        {
            var rows = ImmutableArray.CreateBuilder<DraftRow>(Rows.Length);
            for (var i = 0; i < Rows.Length; i++)
            {
                rows.Add(new DraftRow(Rows[i], SourcesOf(i)));
            }

            return rows.MoveToImmutable();
        }
    }
}

public sealed record DraftRow(ImmutableArray<string> Cells, ImmutableArray<DraftSource> Sources)
{
    public string Source => DraftSource.Join(Sources);
}
