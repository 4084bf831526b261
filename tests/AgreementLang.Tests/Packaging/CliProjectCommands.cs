namespace AgreementLang.Tests.Packaging;

/// <summary>The tests that run <c>dotnet run</c>, <c>pack</c> or <c>publish</c> on src/AgreementLang.Cli run one at a
/// time: every one of them restores the project first, and they share its obj/project.assets.json, which a restore for
/// runtimes (pack, publish -r) writes with other targets than a plain restore (run). One command's build reading the
/// file while another's restore rewrites it could fail for no fault of the code.</summary>
[CollectionDefinition(Name)]
public sealed class CliProjectCommands
{
    public const string Name = "dotnet commands on src/AgreementLang.Cli";
}
