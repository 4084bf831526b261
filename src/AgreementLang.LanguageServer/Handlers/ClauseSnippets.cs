namespace AgreementLang.LanguageServer.Handlers;

/// <summary>Whole clauses and declarations offered as snippets, in the forms docs/language.md gives them.</summary>
public static class ClauseSnippets
{
    public static readonly IReadOnlyList<(string Label, string Detail, string Body)> All = new[]
    {
        ("agreement", "agreement declaration", "agreement ${1:NAME} \"${2:title}\" {\n  kind ${3|bilateral,plurilateral,framework,memorandum,action plan|}\n  party ${4:US} \"${5:the Government of the United States of America}\"\n  party ${6:AU} \"${7:the Government of Australia}\"\n  in force on signature\n  $0\n}"),
        ("zone", "zone declaration", "zone ${1:NAME} \"${2:title}\" {\n  members ${3:US, AU}\n  $0\n}"),
        ("party", "party clause", "party ${1:US} \"${2:the Government of the United States of America}\""),
        ("floor", "price floor clause", "floor ${1:NdPr} ${2:oxide} at ${3:USD 110.00} per ${4:kg} for ${5:10} years"),
        ("tariff", "tariff commitment clause", "tariff ${1:JP} -> ${2:US} ${3:NdPr} ${4:oxide} ${5:0%} from entry into force"),
        ("in force", "entry into force clause", "in force ${1|on signature,2027-01-01|}"),
        ("obligation", "obligation clause", "obligation ${1:US} \"${2:what is to be done}\" within ${3:30} days of signature"),
    };
}
