using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal;

/// <summary>What a protocol does to one article or annex of the amended agreement, in Akoma Ntoso's terms.</summary>
public enum ModificationKind
{
    Substitution,
    Insertion,
    Repeal,
    Renumbering,
}

/// <summary>One textual modification a protocol makes: the protocol's article that makes it
/// (<see cref="SourceEId"/>, e.g. <c>art_1</c>), the article or annex of the amended agreement it affects
/// (<see cref="DestinationEId"/>, e.g. <c>art_3</c> or <c>att_2</c>, numbered as before the protocol), and the
/// new text when there is one.</summary>
public sealed record TextualModification(
    ModificationKind Kind,
    string SourceEId,
    string DestinationEId,
    string Instruction,
    DraftArticle? NewArticle,
    DraftAnnex? NewAnnex);

/// <summary>The draft of a protocol: a <see cref="Legal.Draft"/> every writer lays out (its articles state each
/// modification in words, quoting the new text), the modifications themselves for Akoma Ntoso's
/// <c>activeModifications</c>, and the amended agreement's draft as it stood before.</summary>
public sealed record ProtocolDraft(Draft Draft, Amendment Amendment, Draft Amended, ImmutableArray<TextualModification> Modifications);

/// <summary>Builds the draft of an amendment as a protocol. The amending articles are computed, not written: the
/// amended agreement's draft is built just before the amendment applies and just after (with
/// <see cref="Consolidation.Around"/>), and compared article by article (an article is identified by its family:
/// floors, tariffs, …) and annex by annex. An article whose text changed is replaced whole, a new one is inserted
/// after its predecessor, one that disappears is deleted, one that only moved is renumbered; a changed annex is
/// replaced by the annex set out in the protocol. A last article states the date of entry into force, which is
/// the amendment's <c>from</c> date; the signature blocks are those of the amended agreement's parties.</summary>
public sealed class ProtocolBuilder
{
    private readonly DraftBuilder _builder;

    public ProtocolBuilder(DraftBuilder builder)
    {
        _builder = builder;
    }

    public ProtocolDraft Build(AgreementSet set, Amendment amendment, IReadOnlyList<string>? warnings = null)
    {
        var agreement = set.Agreements.First(a => string.Equals(a.Name, amendment.Amends, StringComparison.Ordinal));
        var (before, after) = Consolidation.Around(set, agreement, amendment);
        var old = _builder.Build(set, before);
        var updated = _builder.Build(set, after);
        var binding = DraftBuilder.IsBinding(agreement);
        var shall = binding ? "shall" : "will";
        var instrument = old.InstrumentNoun;

        var modifications = ImmutableArray.CreateBuilder<TextualModification>();
        var articles = ImmutableArray.CreateBuilder<DraftArticle>();
        var annexes = ImmutableArray.CreateBuilder<DraftAnnex>();

        void Add(ModificationKind kind, string destination, string heading, string instruction, DraftArticle? article, DraftAnnex? annex)
        {
            var number = articles.Count + 1;
            var paragraphs = ImmutableArray.CreateBuilder<DraftParagraph>();
            paragraphs.Add(new DraftParagraph(null, instruction, ImmutableArray<DraftItem>.Empty));
            if (article is not null)
            {
                paragraphs.AddRange(Quote(article));
            }

            articles.Add(new DraftArticle(number, "amendment", heading, paragraphs.ToImmutable()));
            modifications.Add(new TextualModification(kind, Numbering.ArticleEId(number), destination, instruction, article, annex));
        }

        // Articles, in the canonical order of their families: both drafts follow it.
        string? previous = null;
        foreach (var family in DraftBuilder.ArticleFamilies)
        {
            var was = old.Articles.FirstOrDefault(a => a.Family == family);
            var now = updated.Articles.FirstOrDefault(a => a.Family == family);
            if (was is not null && now is not null)
            {
                if (Text(was) != Text(now))
                {
                    Add(ModificationKind.Substitution, was.EId, "Amendment of " + was.Label,
                        was.Label + " of the " + instrument + " is replaced by the following:", now, null);
                }
                else if (was.Number != now.Number)
                {
                    Add(ModificationKind.Renumbering, was.EId, "Renumbering of " + was.Label,
                        was.Label + " of the " + instrument + " is renumbered as " + now.Label + ".", null, null);
                }
            }
            else if (now is not null)
            {
                Add(ModificationKind.Insertion, previous ?? Numbering.ArticleEId(1), "Insertion of a new " + now.Label,
                    (previous is null ? "The following Article is inserted at the beginning of the " + instrument + ":"
                        : "The following Article is inserted after " + Label(old, previous) + " of the " + instrument + ":"), now, null);
            }
            else if (was is not null)
            {
                Add(ModificationKind.Repeal, was.EId, "Deletion of " + was.Label,
                    was.Label + " of the " + instrument + " is deleted.", null, null);
            }

            if (was is not null)
            {
                previous = was.EId;
            }
        }

        // Annexes, by family.
        foreach (var family in old.Annexes.Select(a => a.Family).Concat(updated.Annexes.Select(a => a.Family)).Distinct(StringComparer.Ordinal))
        {
            var was = old.Annexes.FirstOrDefault(a => a.Family == family);
            var now = updated.Annexes.FirstOrDefault(a => a.Family == family);
            if (was is not null && now is not null && Text(was) == Text(now) && was.Number == now.Number)
            {
                continue;
            }

            if (now is not null)
            {
                // The id follows the ordinal (it is set once, when an annex is made).
                var annex = now with { Ordinal = annexes.Count + 1, EId = Numbering.AnnexEId(annexes.Count + 1) };
                annexes.Add(annex);
                if (was is not null)
                {
                    Add(ModificationKind.Substitution, was.EId, "Amendment of " + was.Label,
                        was.Label + " to the " + instrument + " is replaced by the text set out in " + now.Label + " to this Protocol.", null, annex);
                }
                else
                {
                    Add(ModificationKind.Insertion, Numbering.AnnexEId(now.Ordinal), "Insertion of " + now.Label,
                        "The text set out in " + now.Label + " to this Protocol is added to the " + instrument + " as " + now.Label + ".", null, annex);
                }
            }
            else if (was is not null)
            {
                Add(ModificationKind.Repeal, was.EId, "Deletion of " + was.Label, was.Label + " to the " + instrument + " is deleted.", null, null);
            }
        }

        // The last article: entry into force on the amendment's date (the only date the source gives for it), cited
        // to the amendment's header, which states it.
        var root = DraftSource.Root(set);
        ImmutableArray<DraftSource> header = [DraftSource.Of(amendment.Location, root)];
        articles.Add(new DraftArticle(articles.Count + 1, "final-provisions", "Entry into Force",
            [new DraftParagraph(null, "This Protocol " + shall + (binding ? " enter into force" : " take effect") + " on " + LegalText.Date(amendment.From) + ".", ImmutableArray<DraftItem>.Empty, header)]));

        var parties = Names.Capitalise(Names.JoinAnd(agreement.Parties.Select(p => p.FullName).ToArray()));
        var signedAgreement = agreement.Signed is { } signed
            ? ", signed" + (agreement.Place is { } place ? " at " + place + "," : "") + " on " + LegalText.Date(signed)
            : "";
        ImmutableArray<DraftSource> partyLines = [.. agreement.Parties.Select(p => DraftSource.Of(p.Location, root))];
        var preamble = ImmutableArray.Create(
            new DraftParagraph(null, parties + ",", ImmutableArray<DraftItem>.Empty, partyLines),
            new DraftParagraph(null, "Having regard to the " + agreement.Title + signedAgreement + " (hereinafter referred to as \"the " + instrument + "\");",
                ImmutableArray<DraftItem>.Empty, header),
            new DraftParagraph(null, "Desiring to amend the " + instrument + ";", ImmutableArray<DraftItem>.Empty));
        var closing = ImmutableArray.CreateBuilder<DraftParagraph>();
        closing.Add(new DraftParagraph(null, "IN WITNESS WHEREOF, the undersigned, being duly authorised thereto, have signed this Protocol.", ImmutableArray<DraftItem>.Empty));
        if (amendment.Signed is { } protocolSigned)
        {
            closing.Add(new DraftParagraph(null, "DONE on " + LegalText.Date(protocolSigned) + ".", ImmutableArray<DraftItem>.Empty, header));
        }

        var draft = new Draft(
            amendment.Name,
            amendment.Title,
            "Protocol",
            "protocol",
            old.Binding,
            amendment.Signed,
            null,
            old.Parties,
            warnings is null ? ImmutableArray<string>.Empty : [.. warnings],
            preamble,
            "Have agreed as follows:",
            articles.ToImmutable(),
            closing.ToImmutable(),
            old.Signatures,
            annexes.ToImmutable(),
            old.Form);
        return new ProtocolDraft(draft, amendment, old, modifications.ToImmutable());
    }

    private static string Label(Draft draft, string eId) => draft.Articles.First(a => a.EId == eId).Label;

    /// <summary>The new text of an article as the protocol quotes it: its number and heading, then each paragraph
    /// with its number written into its text, between quotation marks.</summary>
    private static IEnumerable<DraftParagraph> Quote(DraftArticle article)
    {
        var quoted = new List<DraftParagraph> { new(null, "“" + article.Label + " — " + article.Heading, ImmutableArray<DraftItem>.Empty) };
        foreach (var paragraph in article.Paragraphs)
        {
            quoted.Add(new DraftParagraph(null, paragraph.Label is { } label ? label + " " + paragraph.Text : paragraph.Text, paragraph.Items, paragraph.Sources));
        }

        var last = quoted[quoted.Count - 1];
        quoted[quoted.Count - 1] = last.HasItems
            ? last with { Items = last.Items.SetItem(last.Items.Length - 1, last.Items[last.Items.Length - 1] with { Text = last.Items[last.Items.Length - 1].Text + "”" }) }
            : last with { Text = last.Text + "”" };
        return quoted;
    }

    /// <summary>An article's words (heading, paragraphs and points), without its number.</summary>
    private static string Text(DraftArticle article)
    {
        var text = new StringBuilder(article.Heading).Append('\n');
        foreach (var paragraph in article.Paragraphs)
        {
            text.Append(paragraph.Label).Append(' ').Append(paragraph.Text).Append('\n');
            foreach (var item in paragraph.Items)
            {
                text.Append(item.Label).Append(' ').Append(item.Text).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Text(DraftAnnex annex)
    {
        var text = new StringBuilder(annex.Heading).Append('\n');
        foreach (var table in annex.Tables)
        {
            text.Append(table.Caption).Append('\n').Append(string.Join("\t", table.Columns)).Append('\n');
            foreach (var row in table.Rows)
            {
                text.Append(string.Join("\t", row)).Append('\n');
            }
        }

        foreach (var note in annex.Notes)
        {
            text.Append(note).Append('\n');
        }

        return text.ToString();
    }

    internal static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
