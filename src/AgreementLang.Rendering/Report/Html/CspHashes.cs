using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace AgreementLang.Rendering.Report.Html;

/// <summary>The report's Content-Security-Policy allows no source but the inline style sheets and scripts the page
/// itself holds, each by the SHA-256 of its exact text. The hashes are taken from the rendered page, so a house
/// style that changes (or adds) a style sheet or script is allowed exactly that, and nothing a browser could fetch.</summary>
internal static partial class CspHashes
{
    /// <summary>Stands in the policy the layout writes until the hashes of the rendered page replace it.</summary>
    public const string StylePlaceholder = "AGR-STYLE-HASHES";

    public const string ScriptPlaceholder = "AGR-SCRIPT-HASHES";

    /// <summary>The policy: nothing from anywhere (no network, no font, no image, no frame, no form) but the page's own
    /// hashed style sheets and scripts.</summary>
    public const string Policy = "default-src 'none'; style-src " + StylePlaceholder + "; script-src " + ScriptPlaceholder +
                                 "; img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'";

    [GeneratedRegex(@"<style\b[^>]*>(.*?)</style>", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Styles();

    [GeneratedRegex(@"<script\b[^>]*>(.*?)</script>", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Scripts();

    /// <summary>The page with the placeholders replaced by the hashes of its inline elements (<c>'none'</c> when it
    /// has none of a kind).</summary>
    public static string Apply(string html) =>
        html.Replace(StylePlaceholder, Sources(Styles(), html), StringComparison.Ordinal)
            .Replace(ScriptPlaceholder, Sources(Scripts(), html), StringComparison.Ordinal);

    private static string Sources(Regex elements, string html)
    {
        var hashes = elements.Matches(html).Select(m => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups[1].Value))) + "'")
            .Distinct().ToArray();
        return hashes.Length == 0 ? "'none'" : string.Join(" ", hashes);
    }
}
