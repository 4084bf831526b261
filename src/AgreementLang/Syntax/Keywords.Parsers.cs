using AgreementLang.Diagnostics;
using Sprache;
using AgreementLang.Text;

namespace AgreementLang.Syntax;

/// <summary>One parser per keyword, built once: query lambdas refer to these fields instead of building a
/// keyword parser on every parse (which allocated, and left the keyword unregistered until first use).</summary>
internal static class Kw
{
    public static readonly Parser<TextSpan> Action = Tokens.Keyword("action");

    public static readonly Parser<TextSpan> Adjustable = Tokens.Keyword("adjustable");

    public static readonly Parser<TextSpan> After = Tokens.Keyword("after");

    public static readonly Parser<TextSpan> Agreement = Tokens.Keyword("agreement");

    public static readonly Parser<TextSpan> Amendment = Tokens.Keyword("amendment");

    public static readonly Parser<TextSpan> Amends = Tokens.Keyword("amends");

    public static readonly Parser<TextSpan> As = Tokens.Keyword("as");

    public static readonly Parser<TextSpan> Base = Tokens.Keyword("base");

    public static readonly Parser<TextSpan> Below = Tokens.Keyword("below");

    public static readonly Parser<TextSpan> By = Tokens.Keyword("by");

    public static readonly Parser<TextSpan> Cap = Tokens.Keyword("cap");

    public static readonly Parser<TextSpan> Capacity = Tokens.Keyword("capacity");

    public static readonly Parser<TextSpan> Capital = Tokens.Keyword("capital");

    public static readonly Parser<TextSpan> Change = Tokens.Keyword("change");

    public static readonly Parser<TextSpan> Clawback = Tokens.Keyword("clawback");

    public static readonly Parser<TextSpan> Consigned = Tokens.Keyword("consigned");

    public static readonly Parser<TextSpan> Content = Tokens.Keyword("content");

    public static readonly Parser<TextSpan> Days = Tokens.Keyword("days");

    public static readonly Parser<TextSpan> Duties = Tokens.Keyword("duties");

    public static readonly Parser<TextSpan> Enforced = Tokens.Keyword("enforced");

    public static readonly Parser<TextSpan> Entity = Tokens.Keyword("entity");

    public static readonly Parser<TextSpan> Entry = Tokens.Keyword("entry");

    public static readonly Parser<TextSpan> Equity = Tokens.Keyword("equity");

    public static readonly Parser<TextSpan> Exchange = Tokens.Keyword("exchange");

    public static readonly Parser<TextSpan> Expires = Tokens.Keyword("expires");

    public static readonly Parser<TextSpan> Export = Tokens.Keyword("export");

    public static readonly Parser<TextSpan> Facility = Tokens.Keyword("facility");

    public static readonly Parser<TextSpan> Favoured = Tokens.Keyword("favoured");

    public static readonly Parser<TextSpan> Financing = Tokens.Keyword("financing");

    public static readonly Parser<TextSpan> Floor = Tokens.Keyword("floor");

    public static readonly Parser<TextSpan> Force = Tokens.Keyword("force");

    public static readonly Parser<TextSpan> Foreign = Tokens.Keyword("foreign");

    public static readonly Parser<TextSpan> Grant = Tokens.Keyword("grant");

    public static readonly Parser<TextSpan> Guarantee = Tokens.Keyword("guarantee");

    public static readonly Parser<TextSpan> Heading = Tokens.Keyword("heading");

    public static readonly Parser<TextSpan> Held = Tokens.Keyword("held");

    public static readonly Parser<TextSpan> Holds = Tokens.Keyword("holds");

    public static readonly Parser<TextSpan> Hs = Tokens.Keyword("hs");

    public static readonly Parser<TextSpan> Import = Tokens.Keyword("import");

    public static readonly Parser<TextSpan> Imports = Tokens.Keyword("imports");

    public static readonly Parser<TextSpan> Indefinite = Tokens.Keyword("indefinite");

    public static readonly Parser<TextSpan> Institution = Tokens.Keyword("institution");

    public static readonly Parser<TextSpan> Into = Tokens.Keyword("into");

    public static readonly Parser<TextSpan> Kind = Tokens.Keyword("kind");

    public static readonly Parser<TextSpan> Line = Tokens.Keyword("line");

    public static readonly Parser<TextSpan> Loan = Tokens.Keyword("loan");

    public static readonly Parser<TextSpan> Members = Tokens.Keyword("members");

    public static readonly Parser<TextSpan> Mineral = Tokens.Keyword("mineral");

    public static readonly Parser<TextSpan> Minimum = Tokens.Keyword("minimum");

    public static readonly Parser<TextSpan> Most = Tokens.Keyword("most");

    public static readonly Parser<TextSpan> Nation = Tokens.Keyword("nation");

    public static readonly Parser<TextSpan> No = Tokens.Keyword("no");

    public static readonly Parser<TextSpan> Not = Tokens.Keyword("not");

    public static readonly Parser<TextSpan> Notice = Tokens.Keyword("notice");

    public static readonly Parser<TextSpan> Notifications = Tokens.Keyword("notifications");

    public static readonly Parser<TextSpan> Obligation = Tokens.Keyword("obligation");

    public static readonly Parser<TextSpan> Provision = Tokens.Keyword("provision");

    public static readonly Parser<TextSpan> Offtake = Tokens.Keyword("offtake");

    public static readonly Parser<TextSpan> Only = Tokens.Keyword("only");

    public static readonly Parser<TextSpan> Origin = Tokens.Keyword("origin");

    public static readonly Parser<TextSpan> Or = Tokens.Keyword("or");

    public static readonly Parser<TextSpan> Transaction = Tokens.Keyword("transaction");

    public static readonly Parser<TextSpan> Value = Tokens.Keyword("value");

    public static readonly Parser<TextSpan> Net = Tokens.Keyword("net");

    public static readonly Parser<TextSpan> Cost = Tokens.Keyword("cost");

    public static readonly Parser<TextSpan> Party = Tokens.Keyword("party");

    public static readonly Parser<TextSpan> Payment = Tokens.Keyword("payment");

    public static readonly Parser<TextSpan> Plan = Tokens.Keyword("plan");

    public static readonly Parser<TextSpan> Price = Tokens.Keyword("price");

    public static readonly Parser<TextSpan> PriceGap = Tokens.Keyword("price-gap");

    public static readonly Parser<TextSpan> Private = Tokens.Keyword("private");

    public static readonly Parser<TextSpan> Producer = Tokens.Keyword("producer");

    public static readonly Parser<TextSpan> Quota = Tokens.Keyword("quota");

    public static readonly Parser<TextSpan> Remove = Tokens.Keyword("remove");

    public static readonly Parser<TextSpan> Rate = Tokens.Keyword("rate");

    public static readonly Parser<TextSpan> Reference = Tokens.Keyword("reference");

    public static readonly Parser<TextSpan> Release = Tokens.Keyword("release");

    public static readonly Parser<TextSpan> Requires = Tokens.Keyword("requires");

    public static readonly Parser<TextSpan> Review = Tokens.Keyword("review");

    public static readonly Parser<TextSpan> Signature = Tokens.Keyword("signature");

    public static readonly Parser<TextSpan> Signed = Tokens.Keyword("signed");

    public static readonly Parser<TextSpan> Stage = Tokens.Keyword("stage");

    public static readonly Parser<TextSpan> Staging = Tokens.Keyword("staging");

    public static readonly Parser<TextSpan> Stockpile = Tokens.Keyword("stockpile");

    public static readonly Parser<TextSpan> Tariff = Tokens.Keyword("tariff");

    public static readonly Parser<TextSpan> Tax = Tokens.Keyword("tax");

    public static readonly Parser<TextSpan> Term = Tokens.Keyword("term");

    public static readonly Parser<TextSpan> Under = Tokens.Keyword("under");

    public static readonly Parser<TextSpan> Withdrawal = Tokens.Keyword("withdrawal");

    public static readonly Parser<TextSpan> Within = Tokens.Keyword("within");

    public static readonly Parser<TextSpan> Zone = Tokens.Keyword("zone");

    // Bounded and market-linked amounts, MFN exceptions (issue 15).
    public static readonly Parser<TextSpan> Against = Tokens.Keyword("against");

    public static readonly Parser<TextSpan> Agreed = Tokens.Keyword("agreed");

    public static readonly Parser<TextSpan> Amount = Tokens.Keyword("amount");

    public static readonly Parser<TextSpan> An = Tokens.Keyword("an");

    public static readonly Parser<TextSpan> Area = Tokens.Keyword("area");

    public static readonly Parser<TextSpan> Areas = Tokens.Keyword("areas");

    public static readonly Parser<TextSpan> Be = Tokens.Keyword("be");

    public static readonly Parser<TextSpan> Customs = Tokens.Keyword("customs");

    public static readonly Parser<TextSpan> Earnings = Tokens.Keyword("earnings");

    public static readonly Parser<TextSpan> Escalator = Tokens.Keyword("escalator");

    public static readonly Parser<TextSpan> Establishes = Tokens.Keyword("establishes");

    public static readonly Parser<TextSpan> Except = Tokens.Keyword("except");

    public static readonly Parser<TextSpan> FreeTrade = Tokens.Keyword("free-trade");

    public static readonly Parser<TextSpan> Least = Tokens.Keyword("least");

    public static readonly Parser<TextSpan> Market = Tokens.Keyword("market");

    public static readonly Parser<TextSpan> Share = Tokens.Keyword("share");

    public static readonly Parser<TextSpan> Union = Tokens.Keyword("union");

    public static readonly Parser<TextSpan> Unions = Tokens.Keyword("unions");

    public static readonly Parser<TextSpan> Up = Tokens.Keyword("up");

    public static readonly Parser<TextSpan> Upside = Tokens.Keyword("upside");
}
