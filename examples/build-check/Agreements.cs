namespace BuildCheck;

/// <summary>The agreements of this folder are not C#: the AgreementLang analyzer checks them as part of the build,
/// so a contradictory term fails <c>dotnet build</c> with its place in the <c>.agr</c> file.</summary>
public static class Agreements
{
    /// <summary>The folder the checked agreements live in, relative to the project.</summary>
    public const string Folder = "agreements";
}
