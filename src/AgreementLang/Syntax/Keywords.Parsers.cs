using Sprache;

namespace AgreementLang.Syntax;

/// <summary>One parser per keyword, built once: query lambdas refer to these fields instead of building a
/// keyword parser on every parse (which allocated, and left the keyword unregistered until first use).</summary>
internal static class Kw
{
    public static readonly Parser<NameSyntax> Action = Tokens.Keyword("action");

    public static readonly Parser<NameSyntax> Adjustable = Tokens.Keyword("adjustable");

    public static readonly Parser<NameSyntax> After = Tokens.Keyword("after");

    public static readonly Parser<NameSyntax> Agreement = Tokens.Keyword("agreement");

    public static readonly Parser<NameSyntax> Amendment = Tokens.Keyword("amendment");

    public static readonly Parser<NameSyntax> Amends = Tokens.Keyword("amends");

    public static readonly Parser<NameSyntax> As = Tokens.Keyword("as");

    public static readonly Parser<NameSyntax> Base = Tokens.Keyword("base");

    public static readonly Parser<NameSyntax> Below = Tokens.Keyword("below");

    public static readonly Parser<NameSyntax> By = Tokens.Keyword("by");

    public static readonly Parser<NameSyntax> Cap = Tokens.Keyword("cap");

    public static readonly Parser<NameSyntax> Capacity = Tokens.Keyword("capacity");

    public static readonly Parser<NameSyntax> Capital = Tokens.Keyword("capital");

    public static readonly Parser<NameSyntax> Change = Tokens.Keyword("change");

    public static readonly Parser<NameSyntax> Clawback = Tokens.Keyword("clawback");

    public static readonly Parser<NameSyntax> Consigned = Tokens.Keyword("consigned");

    public static readonly Parser<NameSyntax> Content = Tokens.Keyword("content");

    public static readonly Parser<NameSyntax> Days = Tokens.Keyword("days");

    public static readonly Parser<NameSyntax> Duties = Tokens.Keyword("duties");

    public static readonly Parser<NameSyntax> Enforced = Tokens.Keyword("enforced");

    public static readonly Parser<NameSyntax> Entity = Tokens.Keyword("entity");

    public static readonly Parser<NameSyntax> Entry = Tokens.Keyword("entry");

    public static readonly Parser<NameSyntax> Equity = Tokens.Keyword("equity");

    public static readonly Parser<NameSyntax> Exchange = Tokens.Keyword("exchange");

    public static readonly Parser<NameSyntax> Expires = Tokens.Keyword("expires");

    public static readonly Parser<NameSyntax> Export = Tokens.Keyword("export");

    public static readonly Parser<NameSyntax> Facility = Tokens.Keyword("facility");

    public static readonly Parser<NameSyntax> Favoured = Tokens.Keyword("favoured");

    public static readonly Parser<NameSyntax> Financing = Tokens.Keyword("financing");

    public static readonly Parser<NameSyntax> Floor = Tokens.Keyword("floor");

    public static readonly Parser<NameSyntax> Force = Tokens.Keyword("force");

    public static readonly Parser<NameSyntax> Foreign = Tokens.Keyword("foreign");

    public static readonly Parser<NameSyntax> Grant = Tokens.Keyword("grant");

    public static readonly Parser<NameSyntax> Guarantee = Tokens.Keyword("guarantee");

    public static readonly Parser<NameSyntax> Heading = Tokens.Keyword("heading");

    public static readonly Parser<NameSyntax> Held = Tokens.Keyword("held");

    public static readonly Parser<NameSyntax> Holds = Tokens.Keyword("holds");

    public static readonly Parser<NameSyntax> Hs = Tokens.Keyword("hs");

    public static readonly Parser<NameSyntax> Import = Tokens.Keyword("import");

    public static readonly Parser<NameSyntax> Imports = Tokens.Keyword("imports");

    public static readonly Parser<NameSyntax> Indefinite = Tokens.Keyword("indefinite");

    public static readonly Parser<NameSyntax> Institution = Tokens.Keyword("institution");

    public static readonly Parser<NameSyntax> Into = Tokens.Keyword("into");

    public static readonly Parser<NameSyntax> Kind = Tokens.Keyword("kind");

    public static readonly Parser<NameSyntax> Line = Tokens.Keyword("line");

    public static readonly Parser<NameSyntax> Loan = Tokens.Keyword("loan");

    public static readonly Parser<NameSyntax> Members = Tokens.Keyword("members");

    public static readonly Parser<NameSyntax> Mineral = Tokens.Keyword("mineral");

    public static readonly Parser<NameSyntax> Minimum = Tokens.Keyword("minimum");

    public static readonly Parser<NameSyntax> Most = Tokens.Keyword("most");

    public static readonly Parser<NameSyntax> Nation = Tokens.Keyword("nation");

    public static readonly Parser<NameSyntax> No = Tokens.Keyword("no");

    public static readonly Parser<NameSyntax> Not = Tokens.Keyword("not");

    public static readonly Parser<NameSyntax> Notice = Tokens.Keyword("notice");

    public static readonly Parser<NameSyntax> Notifications = Tokens.Keyword("notifications");

    public static readonly Parser<NameSyntax> Obligation = Tokens.Keyword("obligation");

    public static readonly Parser<NameSyntax> Offtake = Tokens.Keyword("offtake");

    public static readonly Parser<NameSyntax> Only = Tokens.Keyword("only");

    public static readonly Parser<NameSyntax> Origin = Tokens.Keyword("origin");

    public static readonly Parser<NameSyntax> Party = Tokens.Keyword("party");

    public static readonly Parser<NameSyntax> Payment = Tokens.Keyword("payment");

    public static readonly Parser<NameSyntax> Plan = Tokens.Keyword("plan");

    public static readonly Parser<NameSyntax> Price = Tokens.Keyword("price");

    public static readonly Parser<NameSyntax> PriceGap = Tokens.Keyword("price-gap");

    public static readonly Parser<NameSyntax> Private = Tokens.Keyword("private");

    public static readonly Parser<NameSyntax> Producer = Tokens.Keyword("producer");

    public static readonly Parser<NameSyntax> Quota = Tokens.Keyword("quota");

    public static readonly Parser<NameSyntax> Rate = Tokens.Keyword("rate");

    public static readonly Parser<NameSyntax> Reference = Tokens.Keyword("reference");

    public static readonly Parser<NameSyntax> Release = Tokens.Keyword("release");

    public static readonly Parser<NameSyntax> Requires = Tokens.Keyword("requires");

    public static readonly Parser<NameSyntax> Review = Tokens.Keyword("review");

    public static readonly Parser<NameSyntax> Signature = Tokens.Keyword("signature");

    public static readonly Parser<NameSyntax> Signed = Tokens.Keyword("signed");

    public static readonly Parser<NameSyntax> Stage = Tokens.Keyword("stage");

    public static readonly Parser<NameSyntax> Staging = Tokens.Keyword("staging");

    public static readonly Parser<NameSyntax> Stockpile = Tokens.Keyword("stockpile");

    public static readonly Parser<NameSyntax> Tariff = Tokens.Keyword("tariff");

    public static readonly Parser<NameSyntax> Tax = Tokens.Keyword("tax");

    public static readonly Parser<NameSyntax> Term = Tokens.Keyword("term");

    public static readonly Parser<NameSyntax> Under = Tokens.Keyword("under");

    public static readonly Parser<NameSyntax> Withdrawal = Tokens.Keyword("withdrawal");

    public static readonly Parser<NameSyntax> Within = Tokens.Keyword("within");

    public static readonly Parser<NameSyntax> Zone = Tokens.Keyword("zone");
}
