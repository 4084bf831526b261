using AgreementLang.Model;

namespace AgreementLang.Rendering.Tests;

/// <summary>The clause templates (final-provisions.*.hbs, tariffs.staging.hbs, obligations.deadline.hbs,
/// offtake.period.hbs) write, for each case the source may state, the words the drafts used when that wording was
/// built in C#; the examples' goldens cover the other cases. Each agreement here is an example with one clause
/// changed.</summary>
public class ClauseWordingTests
{
    private static readonly DraftRenderer Renderer = new();

    private static string Markdown(Agreement agreement) => Renderer.Markdown(Renderer.Build(Forge.Model, agreement));

    private static Agreement Framework => Forge.Agreement("US-AU-2025");

    private static Agreement Treaty => Forge.Agreement("US-JP-2026");

    [Fact]
    public void Entry_into_force_of_a_non_binding_instrument_and_of_a_treaty_that_states_no_date()
    {
        Assert.Contains("This Framework will come into effect on 1 March 2026.",
            Markdown(Framework with { EntryIntoForce = new EntryIntoForce.OnDate(new DateTime(2026, 3, 1)) }), StringComparison.Ordinal);
        Assert.Contains("This Framework will come into effect thirty (30) days after the date on which the Participants have notified each other of the completion of their internal procedures.",
            Markdown(Framework with { EntryIntoForce = new EntryIntoForce.AfterNotifications(30) }), StringComparison.Ordinal);
        Assert.Contains("This Framework will come into effect on a date to be decided by the Participants.",
            Markdown(Framework with { EntryIntoForce = new EntryIntoForce.Unstated() }), StringComparison.Ordinal);
        Assert.Contains("This Agreement shall enter into force on a date to be agreed by the Parties.",
            Markdown(Treaty with { EntryIntoForce = new EntryIntoForce.Unstated() }), StringComparison.Ordinal);
    }

    [Fact]
    public void Staging_on_a_date_and_by_category()
    {
        static Agreement Staged(Staging staging) =>
            Treaty with { Terms = [.. Treaty.Terms.Select(t => t is TariffCommitment tariff ? tariff with { Staging = staging } : t)] };

        var onDate = Markdown(Staged(new Staging(StagingKind.Date, new DateTime(2027, 1, 1), null)));
        Assert.Contains(" on 1 January 2027, as set out in Annex ", onDate, StringComparison.Ordinal);
        Assert.DoesNotContain("on the date of entry into force of this Agreement, as set out", onDate, StringComparison.Ordinal);
        Assert.Contains(" in accordance with staging category B5, as set out in Annex ",
            Markdown(Staged(new Staging(StagingKind.Category, null, "B5"))), StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_counted_from_another_instrument_and_from_a_non_binding_entry_into_force()
    {
        static Agreement Anchored(Agreement agreement, DeadlineAnchor anchor, string? other) => agreement with
        {
            Terms = [.. agreement.Terms.Select(t => t is Obligation { Within: not null } o ? o with { Anchor = anchor, AnchorInstrument = other, DueDate = null } : t)],
        };

        Assert.Contains("within thirty (30) days after the date of entry into force of the " + Framework.Title + " (US-AU-2025).",
            Markdown(Anchored(Treaty, DeadlineAnchor.EntryIntoForce, "US-AU-2025")), StringComparison.Ordinal);
        Assert.Contains("within one hundred and eighty (180) days after the date on which it comes into effect of this Framework.",
            Markdown(Anchored(Framework, DeadlineAnchor.EntryIntoForce, null)), StringComparison.Ordinal);
    }

    [Fact]
    public void An_offtake_for_stated_dates()
    {
        var contract = Forge.Agreement("US-MP-2025");
        var dated = contract with
        {
            Terms = [.. contract.Terms.Select(t => t is Offtake o ? o with { For = null, Period = new Period(new DateTime(2028, 1, 1), new DateTime(2037, 12, 31)) } : t)],
        };
        Assert.Contains(", from 1 January 2028 until 31 December 2037, ", Markdown(dated), StringComparison.Ordinal);
    }
}
