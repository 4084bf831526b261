using System.Text.Json;

namespace AgreementLang.LanguageServer.Tests;

/// <summary>Published diagnostics over the protocol: for the files of the workspace folder, after edits, with the
/// .editorconfig severities the CLI uses, and the code linked to its section of docs/diagnostics.md.</summary>
public sealed class DiagnosticsTests
{
    [Fact]
    public async Task Folder_files_get_their_diagnostics_with_code_links()
    {
        await using var client = await LspClient.StartAsync(Repository.Path("examples", "errors"));
        var published = await client.DiagnosticsAsync(LspClient.Uri(Repository.Path("examples", "errors", "unknown-mineral.agr")),
            p => p.GetProperty("diagnostics").GetArrayLength() > 0);

        var diagnostic = published.GetProperty("diagnostics")[0];
        Assert.Equal("AGR103", diagnostic.GetProperty("code").GetString());
        Assert.Equal(1, diagnostic.GetProperty("severity").GetInt32());
        Assert.EndsWith("docs/diagnostics.md#agr103", diagnostic.GetProperty("codeDescription").GetProperty("href").GetString());
        Assert.Equal(12, diagnostic.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(8, diagnostic.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        Assert.Contains("did you mean 'NdPr'", diagnostic.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_edit_publishes_the_new_diagnostics_of_the_buffer_not_the_file_on_disk()
    {
        var path = Repository.Path("examples", "forge", "us-japan.agr");
        var uri = LspClient.Uri(path);
        var text = File.ReadAllText(path);
        await using var client = await LspClient.StartAsync(Repository.Path("examples", "forge"));
        await client.OpenAsync(uri, text);
        await client.DiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 1 && p.GetProperty("diagnostics").GetArrayLength() == 0);

        // "zone FORGE" (line 10) becomes "zone FORGF": an unknown zone, unsaved.
        await client.EditAsync(uri, 2, 9, 11, 9, 12, "F");
        var broken = await client.DiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 2);
        var codes = broken.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToArray();
        Assert.NotEmpty(codes);
        Assert.Contains(broken.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("message").GetString()!.Contains("FORGF"));

        await client.EditAsync(uri, 3, 9, 11, 9, 12, "E");
        var fixedAgain = await client.DiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 3);
        Assert.Equal(0, fixedAgain.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public async Task A_zone_declared_in_another_file_is_known_and_conflicts_carry_related_locations()
    {
        await using var client = await LspClient.StartAsync(Repository.Path("examples", "conflicts"));
        var uris = Directory.GetFiles(Repository.Path("examples", "conflicts"), "*.agr").Select(LspClient.Uri).ToArray();
        var related = false;
        foreach (var uri in uris)
        {
            JsonElement published;
            try
            {
                published = await client.DiagnosticsAsync(uri, p => p.GetProperty("diagnostics").GetArrayLength() > 0);
            }
            catch (TimeoutException)
            {
                continue;
            }

            Assert.DoesNotContain(published.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("message").GetString()!.Contains("unknown zone"));
            related |= published.GetProperty("diagnostics").EnumerateArray().Any(d => d.TryGetProperty("relatedInformation", out var r) && r.GetArrayLength() > 0);
            if (related)
            {
                break;
            }
        }

        Assert.True(related, "no conflict was published with its related location");
    }

    [Fact]
    public async Task Severities_come_from_editorconfig_as_in_agr_check()
    {
        var folder = Directory.CreateTempSubdirectory("agr-lsp-").FullName;
        try
        {
            File.Copy(Repository.Path("examples", "errors", "required-clause-missing.agr"), Path.Combine(folder, "memo.agr"));
            File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n\n[*.agr]\ndotnet_diagnostic.AGR115.severity = error\n");
            await using var client = await LspClient.StartAsync(folder);
            var published = await client.DiagnosticsAsync(LspClient.Uri(Path.Combine(folder, "memo.agr")), p => p.GetProperty("diagnostics").GetArrayLength() > 0);
            var diagnostic = Assert.Single(published.GetProperty("diagnostics").EnumerateArray());
            Assert.Equal("AGR115", diagnostic.GetProperty("code").GetString());
            Assert.Equal(1, diagnostic.GetProperty("severity").GetInt32());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>An edited file is first checked with only the files that touch it (AgreementWorkspace.Focused); a
    /// conflict with an agreement that shares no party with it arrives with the full check of the folder that
    /// follows, for the same version.</summary>
    [Fact]
    public async Task A_conflict_with_an_agreement_sharing_no_party_arrives_with_the_full_check()
    {
        var folder = Directory.CreateTempSubdirectory("agr-lsp-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "zone.agr"), "zone Z \"A zone\" {\n  members US, JP, AU, KR\n}\n");
            File.WriteAllText(Path.Combine(folder, "a.agr"), Agreement("US-JP", "US", "JP", "110.00"));
            var b = Path.Combine(folder, "b.agr");
            File.WriteAllText(b, Agreement("AU-KR", "AU", "KR", "95.00"));
            var uri = LspClient.Uri(b);
            await using var client = await LspClient.StartAsync(folder);
            await client.OpenAsync(uri, File.ReadAllText(b));
            await client.DiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 1 && HasFloorConflict(p, "95.00"));

            await client.ReplaceAsync(uri, Agreement("AU-KR", "AU", "KR", "96.00"), 2);
            var published = await client.DiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 2 && HasFloorConflict(p, "96.00"));
            var conflict = published.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "AGR301");
            Assert.Equal(LspClient.Uri(Path.Combine(folder, "a.agr")), conflict.GetProperty("relatedInformation")[0].GetProperty("location").GetProperty("uri").GetString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool HasFloorConflict(JsonElement published, string price) =>
        published.GetProperty("diagnostics").EnumerateArray().Any(d => d.GetProperty("code").GetString() == "AGR301" && d.GetProperty("message").GetString()!.Contains("USD " + price));

    private static string Agreement(string name, string first, string second, string floor) =>
        $"agreement {name} \"Agreement between {first} and {second}\" {{\n  kind bilateral\n  binding\n  zone Z\n  in force 2026-04-01\n" +
        $"  party {first} \"the Government of {first}\"\n  party {second} \"the Government of {second}\"\n" +
        $"  floor NdPr oxide at USD {floor} per kg {{\n    enforced by minimum import price\n  }}\n}}\n";
}
