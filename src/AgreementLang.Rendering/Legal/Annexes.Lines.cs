using System.Collections.Immutable;
using AgreementLang.Catalog;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal;

/// <summary>Which tariff lines a mineral and stage covers: the national lines a file declares, the HS lines of the
/// catalogue, or those a file declares for a mineral the catalogue lacks.</summary>
public static partial class Annexes
{
    /// <summary>HS lines of a mineral and stage: the catalogue's, or those a file declares for a mineral the
    /// catalogue lacks.</summary>
    public static ImmutableArray<HsLine> HsLines(AgreementSet set, MineralStage subject)
    {
        var lines = MineralCatalog.Default.HsLines(subject.Mineral, subject.Stage);
        return lines.Length > 0 ? lines : DeclaredHsLines(set, subject);
    }

    // Apart from HsLines, whose every call would otherwise allocate the closure over the subject that only
    // this fallback needs.
    private static ImmutableArray<HsLine> DeclaredHsLines(AgreementSet set, MineralStage subject)
    {
        var declared = set.Minerals.FirstOrDefault(m => m.Code == subject.Mineral)?.Stages.FirstOrDefault(s => s.Stage == subject.Stage);
        return declared is null
            ? ImmutableArray<HsLine>.Empty
            : declared.HsCodes.Select(code => new HsLine(subject.Mineral, subject.Stage, code, subject.Mineral + " " + subject.Stage, false)).ToImmutableArray();
    }


    /// <summary>The lines a commitment covers: the line it names; else the importer's declared national lines for
    /// the mineral and stage; else the HS lines of the catalogue.</summary>
    public static IEnumerable<(string Code, string Description)> Lines(AgreementSet set, string importer, MineralStage subject, string? line) =>
        LineArray(set, importer, subject, line);

    private static (string Code, string Description)[] LineArray(AgreementSet set, string importer, MineralStage subject, string? line)
    {
        if (line is not null)
        {
            NationalLine? named = null;
            foreach (var l in set.Lines)
            {
                if (l.Code == line)
                {
                    named = l;
                    break;
                }
            }

            string? hs = null;
            foreach (var h in HsLines(set, subject))
            {
                if (h.Code == line)
                {
                    hs = h.Description;
                    break;
                }
            }

            return [(line, named?.Description ?? hs ?? subject.Mineral + " " + subject.Stage)];
        }

        List<(string, string)>? national = null;
        foreach (var l in set.Lines)
        {
            if (l.Country == importer && l.Subject.Mineral == subject.Mineral && l.Subject.Stage == subject.Stage)
            {
                (national ??= []).Add((l.Code, l.Description));
            }
        }

        if (national is not null)
        {
            return [.. national];
        }

        var lines = HsLines(set, subject);
        if (lines.Length == 0)
        {
            return [("—", subject.Mineral + " " + subject.Stage)];
        }

        var result = new (string, string)[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            result[i] = (lines[i].Code, lines[i].Description);
        }

        return result;
    }

    private static string HsCodes(AgreementSet set, MineralStage subject)
    {
        var lines = HsLines(set, subject);
        if (lines.Length == 1)
        {
            return lines[0].Code;
        }

        return lines.Length == 0 ? "—" : string.Join(", ", lines.Select(l => l.Code));
    }
}
