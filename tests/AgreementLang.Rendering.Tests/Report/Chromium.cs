using Microsoft.Playwright;

namespace AgreementLang.Rendering.Tests.Report;

/// <summary>Debian's chromium driven by Playwright (Playwright's own browser download cannot work here). Tests marked
/// <see cref="BrowserFactAttribute"/> run wherever chromium is installed; with <c>AGR_BROWSER=1</c>, which
/// <c>.ci/run</c> sets, a missing chromium fails them instead of skipping them.</summary>
public sealed class Chromium : IAsyncLifetime
{
    /// <summary>Where chromium is: <c>AGR_CHROMIUM</c>, or Debian's <c>/usr/bin/chromium</c>.</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("AGR_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ExecutablePath), $"chromium is not at {ExecutablePath}: apt-get install chromium (or set AGR_CHROMIUM)");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Args = ["--no-sandbox"], Headless = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}

public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("AGR_BROWSER") != "1" && !File.Exists(Chromium.ExecutablePath))
        {
            Skip = "browser tests not run: apt-get install chromium, or set AGR_BROWSER=1 to make its absence a failure";
        }
    }
}
