using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>The definitions of the goods the articles name, by their Harmonized System lines where the catalog
/// has them, and of the Harmonized System itself when a definition or a rule of origin refers to it.</summary>
internal static class DefinedGoods
{
    /// <param name="goods">Every mineral and stage an article names, in the order of the text, with the clauses naming it.</param>
    /// <param name="changeOfHeading">The rules of origin that require a change of tariff heading.</param>
    public static void Define(DefinitionList list, ArticleScope scope, List<(MineralStage Subject, List<Location?> Locations)> goods, List<Location?> changeOfHeading)
    {
        var names = scope.Names;
        var usesHs = changeOfHeading.Count > 0;
        var hsFrom = new List<Location?>(changeOfHeading);
        foreach (var (subject, locations) in goods)
        {
            var lines = Annexes.HsLines(scope.Set, subject);
            var what = names.MineralFullName(subject.Mineral) + " " + subject.Stage;
            string meaning;
            if (lines.Length > 0)
            {
                usesHs = true;
                hsFrom.AddRange(locations);
                var codes = new string[lines.Length];
                var headings = true;
                for (var i = 0; i < codes.Length; i++)
                {
                    codes[i] = lines[i].Code;
                    headings &= lines[i].Code.Length <= 4;
                }

                var kind = headings ? (lines.Length > 1 ? "headings " : "heading ") : lines.Length > 1 ? "subheadings " : "subheading ";
                meaning = "means " + what + " classified under " + kind + Names.JoinAnd(codes, "or") + " of the Harmonized System";
            }
            else
            {
                meaning = "means " + what;
            }

            list.Define(names.Goods(subject), meaning, locations);
        }

        if (usesHs)
        {
            list.Define("Harmonized System", "means the Harmonized Commodity Description and Coding System of the World Customs Organization", hsFrom);
        }
    }
}
