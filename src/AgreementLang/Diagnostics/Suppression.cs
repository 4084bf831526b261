using AgreementLang.Text;

namespace AgreementLang.Diagnostics;

/// <summary>Why a diagnostic is not reported: an inline <c>// agr-disable-next-line CODE reason</c> comment at
/// <see cref="Location"/>, with the reason given after the codes (empty when none was given).</summary>
public sealed record Suppression(string Justification, Location Location);
