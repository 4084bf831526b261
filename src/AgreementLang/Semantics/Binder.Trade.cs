using System.Collections.Immutable;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Syntax;

namespace AgreementLang.Semantics;

/// <summary>Tariff commitments, export-duty bans and export measures.</summary>
public sealed partial class Binder
{
    private TariffCommitment? BindTariff(TariffClause syntax, TermContext context)
    {
        var exporter = RequireParty(syntax.Exporter, context);
        var importer = RequireParty(syntax.Importer, context);
        var subject = BindMineralStage(syntax.Subject);
        var line = syntax.Line is null || ValidHsCode(syntax.Line);
        var rate = BindRate(syntax.Rate);
        var baseRate = BindRate(syntax.Base);
        if (!exporter || !importer || subject is null || !line || rate is null)
        {
            return null;
        }

        var staging = syntax.Staging.Category is { } category ? new Staging(StagingKind.Category, null, category.Text)
            : syntax.Staging.From is { } from ? new Staging(StagingKind.Date, from.Value, null)
            : new Staging(StagingKind.EntryIntoForce, null, null);
        var period = staging.Kind == StagingKind.Date ? context.Period with { From = staging.From } : context.Period;
        return new TariffCommitment(syntax.Exporter.Text, syntax.Importer.Text, subject, syntax.Line?.Text, rate, baseRate, staging, period, Loc(syntax));
    }

    private ExportDutyBan? BindExportDutyBan(ExportDutyBanClause syntax, TermContext context)
    {
        var minerals = syntax.Minerals.Select(BindMineral).ToArray();
        if (minerals.Any(m => m is null))
        {
            return null;
        }

        // A mineral named twice (Mn, manganese) is a slip worth a warning; the model keeps the list as written.
        var listed = new Dictionary<string, NameSyntax>(StringComparer.Ordinal);
        for (var i = 0; i < minerals.Length; i++)
        {
            if (!listed.TryGetValue(minerals[i]!, out var first))
            {
                listed[minerals[i]!] = syntax.Minerals[i];
                continue;
            }

            Add(Diagnostic.MineralListedTwice(Loc(syntax.Minerals[i]), syntax.Minerals[i].Text, minerals[i]!,
                first.Text == syntax.Minerals[i].Text ? "" : " as '" + first.Text + "'"));
        }

        return new ExportDutyBan(minerals.Select(m => m!).ToImmutableArray(), context.Parties, context.Period, Loc(syntax));
    }

    private ExportMeasure? BindExportMeasure(ExportMeasureClause syntax, TermContext context)
    {
        var party = RequireParty(syntax.Party, context);
        var subject = BindMineralStage(syntax.Subject);
        var quota = syntax.Quota is null ? null : BindQuantity(syntax.Quota);
        if (!party || subject is null || (syntax.Quota is not null && quota is null))
        {
            return null;
        }

        return new ExportMeasure(syntax.Kind.Text == "tax" ? ExportMeasureKind.Tax : ExportMeasureKind.Quota, syntax.Party.Text, subject,
            syntax.Tax is { } tax ? new Percentage(tax.Value) : null, quota, BindScope(syntax.Scope), context.Period, Loc(syntax));
    }
}
