using AgreementLang.Formatting;
using AgreementLang.Model;
using AgreementLang.Model.Versions;
using AgreementLang.Semantics;
using AgreementLang.Syntax;
using AgreementLang.Versions;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace AgreementLang.Tests.Properties;

/// <summary>The round trip of generated protocols (issue 16, point 2): for a generated set and a later version in
/// which one agreement's terms are kept, dropped, restated under the same key, replaced by terms of other keys or
/// added to (<see cref="ModelFactory.BuildRevision"/>), both printed and bound, <c>agr protocol</c>'s generator
/// writes an amendment, and the old files plus that amendment, bound together and taken as of its date, have no
/// change from the new version. Checked here on the plain old files (the generator proves it on the old agreement
/// among the new declarations, which are the same here). Runs max(1,000, AGR_PROPERTY_CASES / 10) pairs.</summary>
public sealed class ProtocolPropertyTests
{
    private readonly ITestOutputHelper _output;

    public ProtocolPropertyTests(ITestOutputHelper output)
    {
        _output = output;
    }

    internal static int Cases => Math.Max(1_000, PropertyRun.Cases / 10);

    [Fact]
    public void Old_plus_the_generated_protocol_as_of_its_date_is_new()
    {
        var written = 0;
        var refused = 0;
        var removals = 0;
        PropertyRun.Check(_output, "old + protocol = new", PropertyChecks.Models(), c =>
        {
            var (oldModel, newModel) = ModelFactory.BuildRevision(c.Seed, c.Size);
            if (newModel is null)
            {
                return;
            }

            var oldText = ModelPrinter.Print(oldModel);
            var newText = ModelPrinter.Print(newModel);
            var oldDocument = Parser.Parse("old.agr", oldText);
            var newDocument = Parser.Parse("new.agr", newText);
            var (after, _) = Binder.Bind(new[] { newDocument });
            var (before, _) = Binder.Bind(new[] { oldDocument });
            var date = DateOf(new Random(c.Seed), after);
            var result = ProtocolGenerator.Generate(new[] { oldDocument }, new[] { newDocument }, after, new ProtocolRequest("PROTOCOL-1", date, Path: "protocol.agr"));
            var expected = ModelDiff.Compare(AsOfView.Of(before, date), AsOfView.Of(after, date));
            if (!result.Succeeded)
            {
                if (expected.Count == 0 && result.Inexpressible.Count == 0)
                {
                    return; // nothing to amend, and the generator said so
                }

                if (result.Problem!.Contains("before the protocol's date") && after.Agreements.Any(a => a.EffectiveUntil < date))
                {
                    return; // a protocol dated after the agreement has expired is refused
                }

                // A clause "for" a duration counts it from the protocol's date: when that moves its period, the
                // generator must refuse (and name it) rather than restate it.
                var durations = new HashSet<string>(AsOfView.Of(after, date).Agreements
                    .SelectMany(a => a.Terms.Where(RoundTrip.HasDuration).Select(t => a.Name + " " + Removal.Of(t, t.Location).Clause)));
                if (result.Inexpressible.Count > 0 && result.Inexpressible.All(x => durations.Contains(x.Subject)))
                {
                    refused++;
                    return;
                }

                throw new XunitException($"{c}, as of {Dates.Iso(date)}: no protocol: {result.Problem}: " +
                                         string.Join("; ", result.Inexpressible.Select(x => x.Describe())) + $"\n--- old\n{oldText}\n--- new\n{newText}");
            }

            var protocol = Parser.Parse("protocol.agr", result.Text!);
            Assert.Empty(protocol.Diagnostics);
            var (combined, _) = Binder.Bind(new[] { oldDocument, protocol });
            var residual = RoundTrip.Residual(combined, after, date);
            if (residual.Count > 0)
            {
                throw new XunitException($"{c}, as of {Dates.Iso(date)}: old + protocol differs from new: " +
                                         string.Join("; ", residual.Select(x => x.Describe())) + $"\n--- protocol\n{result.Text}\n--- old\n{oldText}\n--- new\n{newText}");
            }

            written++;
            removals += combined.Amendments.Length == 0 ? 0 : result.Text!.Split('\n').Count(l => l.TrimStart().StartsWith("remove ", StringComparison.Ordinal));
        }, Cases);

        _output.WriteLine($"{written:N0} protocols written, with {removals:N0} removals; {refused:N0} refused for a duration the protocol's date would move");
        // The generator must have exercised both replacement and removal, not only refused.
        Assert.True(written > Cases / 4, $"only {written} of {Cases} pairs gave a protocol");
        Assert.True(removals > Cases / 10, $"only {removals} removals in {written} protocols");
    }

    /// <summary>The protocol's date: the revised agreement's entry into force, a day inside its life, or any date.</summary>
    private static DateTime DateOf(Random random, AgreementSet set)
    {
        var from = set.Agreements.Select(a => a.EffectiveFrom).FirstOrDefault(d => d is not null);
        return random.Next(3) switch
        {
            0 when from is { } start => start,
            1 when from is { } start && start.Year < 9990 => start.AddDays(random.Next(1, 3650)),
            _ => new DateTime(1990, 1, 1).AddDays(random.Next(365 * 100)),
        };
    }
}
