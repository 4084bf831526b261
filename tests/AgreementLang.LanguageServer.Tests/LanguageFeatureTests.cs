using System.Text.Json;

namespace AgreementLang.LanguageServer.Tests;

/// <summary>Hover, completion, definition, references, rename, formatting, outline, folding, semantic tokens and
/// quick fixes, asked over the protocol of a server whose workspace is examples/forge.</summary>
public sealed class LanguageFeatureTests : IAsyncLifetime
{
    private static readonly string Forge = Repository.Path("examples", "forge");
    private static readonly string UsJapan = LspClient.Uri(Path.Combine(Forge, "us-japan.agr"));
    private static readonly string Zone = LspClient.Uri(Path.Combine(Forge, "zone.agr"));
    private LspClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = await LspClient.StartAsync(Forge);
        await _client.OpenAsync(UsJapan, File.ReadAllText(Path.Combine(Forge, "us-japan.agr")));
    }

    public async Task DisposeAsync() => await _client.DisposeAsync();

    private static string Markdown(JsonElement hover) => hover.GetProperty("contents").GetProperty("value").GetString()!;

    [Fact]
    public async Task Hover_describes_zones_minerals_stages_parties_and_amounts()
    {
        var zone = Markdown(await _client.RequestAsync("textDocument/hover", LspClient.At(UsJapan, 9, 8)));
        Assert.Contains("**zone** `FORGE`", zone);
        Assert.Contains("zone.agr", zone);

        var mineral = Markdown(await _client.RequestAsync("textDocument/hover", LspClient.At(UsJapan, 19, 9)));
        Assert.Contains("neodymium-praseodymium", mineral);
        Assert.Contains("HS 2846.90", mineral);
        Assert.Contains("reference price USD 110.00 per kg", mineral);

        var stage = Markdown(await _client.RequestAsync("textDocument/hover", LspClient.At(UsJapan, 19, 14)));
        Assert.Contains("**stage** `oxide`", stage);

        var party = Markdown(await _client.RequestAsync("textDocument/hover", LspClient.At(UsJapan, 15, 9)));
        Assert.Contains("United States", party);

        var mp = LspClient.Uri(Path.Combine(Forge, "mp-materials.agr"));
        await _client.OpenAsync(mp, File.ReadAllText(Path.Combine(Forge, "mp-materials.agr")));
        var lines = File.ReadAllLines(Path.Combine(Forge, "mp-materials.agr"));
        var line = Array.FindIndex(lines, l => l.Contains("USD 400 million") && !l.TrimStart().StartsWith("//"));
        var amount = Markdown(await _client.RequestAsync("textDocument/hover", LspClient.At(mp, line, lines[line].IndexOf("USD 400") + 5)));
        Assert.Contains("four hundred million", amount);
    }

    [Fact]
    public async Task Hover_on_a_mineral_shows_the_reference_price_in_force_on_the_clauses_date()
    {
        var folder = Directory.CreateTempSubdirectory("agr-lsp-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "zone.agr"),
                "zone Z \"A zone\" {\n  members US, JP\n" +
                "  reference price NdPr oxide USD 110.00 per kg from 2026-03-01 until 2026-12-31 review quarterly\n" +
                "  reference price NdPr oxide USD 150.00 per kg from 2027-01-01 review quarterly\n}\n");
            var path = Path.Combine(folder, "a.agr");
            File.WriteAllText(path,
                "agreement US-JP \"Agreement between US and JP\" {\n  kind bilateral\n  binding\n  zone Z\n  in force 2026-04-01\n" +
                "  party US \"the Government of US\"\n  party JP \"the Government of JP\"\n" +
                "  floor NdPr oxide at reference price {\n    enforced by minimum import price\n  }\n" +
                "  tariff JP -> US NdPr oxide 0% from 2027-06-01\n" +
                "  tariff US -> JP NdPr oxide 0% from 2025-06-01\n}\n");
            var uri = LspClient.Uri(path);
            await using var client = await LspClient.StartAsync(folder);
            await client.OpenAsync(uri, File.ReadAllText(path));

            // The floor has no date of its own: the price in force on the agreement's entry into force.
            var floor = Markdown(await client.RequestAsync("textDocument/hover", LspClient.At(uri, 7, 9)));
            Assert.Contains("reference price USD 110.00 per kg, in force from 2026-03-01 (in force on 2026-04-01, the agreement's entry into force)", floor);
            Assert.DoesNotContain("USD 150.00", floor);
            Assert.Contains("1 t oxide = ", floor);

            // A tariff staged from 2027-06-01: the later price.
            var tariff = Markdown(await client.RequestAsync("textDocument/hover", LspClient.At(uri, 10, 19)));
            Assert.Contains("reference price USD 150.00 per kg, in force from 2027-01-01 (in force on 2027-06-01, the clause's start)", tariff);
            Assert.DoesNotContain("USD 110.00", tariff);

            // A date before every price: the latest, said to be so.
            var early = Markdown(await client.RequestAsync("textDocument/hover", LspClient.At(uri, 11, 19)));
            Assert.Contains("reference price USD 150.00 per kg, in force from 2027-01-01 (the latest; none is in force on 2025-06-01, the clause's start)", early);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Hover_on_a_diagnostic_gives_its_explanation()
    {
        await _client.ReplaceAsync(UsJapan, File.ReadAllText(Path.Combine(Forge, "us-japan.agr")).Replace("floor NdPr oxide", "floor NdPrr oxide"), 2);
        await _client.DiagnosticsAsync(UsJapan, p => p.GetProperty("version").GetInt32() == 2);
        var hover = Markdown(await _client.RequestAsync("textDocument/hover", LspClient.At(UsJapan, 19, 9)));
        Assert.Contains("**AGR103**", hover);
        Assert.Contains("### AGR103:", hover);
    }

    [Fact]
    public async Task Completion_offers_grammar_keywords_names_codes_and_stages_of_the_mineral()
    {
        var all = await _client.RequestAsync("textDocument/completion", LspClient.At(UsJapan, 18, 0));
        var labels = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()).ToHashSet();
        foreach (var expected in new[] { "floor", "tariff", "party", "FORGE", "VAULT", "NdPr", "JP", "USD" })
        {
            Assert.Contains(expected, labels);
        }

        Assert.Contains(all.GetProperty("items").EnumerateArray(), i => i.GetProperty("kind").GetInt32() == 15 && i.GetProperty("insertTextFormat").GetInt32() == 2);

        // After "NdPr " only stages are offered, those with tariff lines first.
        var stages = await _client.RequestAsync("textDocument/completion", LspClient.At(UsJapan, 19, 13));
        var stageLabels = stages.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()).ToArray();
        Assert.Contains("oxide", stageLabels);
        Assert.Contains("metal", stageLabels);
        Assert.DoesNotContain("agreement", stageLabels);
    }

    private async Task<string[]> KeywordsAt(string uri, int line, int character)
    {
        var list = await _client.RequestAsync("textDocument/completion", LspClient.At(uri, line, character));
        return list.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("kind").GetInt32() == 14)
            .Select(i => i.GetProperty("label").GetString()!).ToArray();
    }

    [Fact]
    public async Task Completion_offers_only_the_keywords_that_begin_a_clause_of_the_enclosing_block()
    {
        // Inside the agreement block (the blank line after the parties): agreement clauses only.
        var agreement = await KeywordsAt(UsJapan, 17, 2);
        foreach (var expected in new[] { "floor", "tariff", "party", "zone", "in", "financing" })
        {
            Assert.Contains(expected, agreement);
        }

        foreach (var unexpected in new[] { "members", "non-market", "reference", "agreement", "review", "enforced" })
        {
            Assert.DoesNotContain(unexpected, agreement);
        }

        // At top level (the blank line before the agreement): declarations only.
        var top = await KeywordsAt(UsJapan, 5, 0);
        foreach (var expected in new[] { "agreement", "zone", "facility", "institution" })
        {
            Assert.Contains(expected, top);
        }

        Assert.DoesNotContain("floor", top);
        Assert.DoesNotContain("party", top);

        // Inside a floor's block: the floor's clauses.
        var floor = await KeywordsAt(UsJapan, 22, 4);
        Assert.Equal(new[] { "enforced", "review", "tariff" }, floor.OrderBy(w => w, StringComparer.Ordinal));

        // After the agreement's closing brace the cursor is at top level again.
        var lines = File.ReadAllLines(Path.Combine(Forge, "us-japan.agr"));
        var close = Array.FindLastIndex(lines, l => l.StartsWith('}'));
        Assert.Contains("agreement", await KeywordsAt(UsJapan, close, 1));

        // Inside the zone's block: the zone's clauses.
        await _client.OpenAsync(Zone, File.ReadAllText(Path.Combine(Forge, "zone.agr")));
        var zone = await KeywordsAt(Zone, 13, 2);
        Assert.Contains("members", zone);
        Assert.Contains("reference", zone);
        Assert.DoesNotContain("floor", zone);
        Assert.DoesNotContain("zone", zone);
    }

    [Fact]
    public async Task Definition_and_references_cross_files()
    {
        var definition = await _client.RequestAsync("textDocument/definition", LspClient.At(UsJapan, 9, 9));
        var target = Assert.Single(definition.EnumerateArray());
        Assert.Equal(Zone, target.GetProperty("uri").GetString());
        Assert.Equal(7, target.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());

        var references = await _client.RequestAsync("textDocument/references",
            new { textDocument = new { uri = UsJapan }, position = LspClient.Position(9, 9), context = new { includeDeclaration = true } });
        var uris = references.EnumerateArray().Select(r => r.GetProperty("uri").GetString()).ToArray();
        Assert.Contains(Zone, uris);
        Assert.Contains(UsJapan, uris);
        Assert.True(uris.Distinct().Count() >= 4, string.Join(", ", uris));

        var withoutDeclaration = await _client.RequestAsync("textDocument/references",
            new { textDocument = new { uri = UsJapan }, position = LspClient.Position(9, 9), context = new { includeDeclaration = false } });
        Assert.Equal(references.GetArrayLength() - 1, withoutDeclaration.GetArrayLength());
    }

    [Fact]
    public async Task Rename_edits_every_use_and_refuses_a_keyword()
    {
        var prepare = await _client.RequestAsync("textDocument/prepareRename", LspClient.At(UsJapan, 9, 9));
        Assert.Equal("FORGE", prepare.GetProperty("placeholder").GetString());

        var edit = await _client.RequestAsync("textDocument/rename",
            new { textDocument = new { uri = UsJapan }, position = LspClient.Position(9, 9), newName = "FORGE-2" });
        var changes = edit.GetProperty("changes");
        Assert.True(changes.TryGetProperty(Zone, out var inZone));
        Assert.Equal("FORGE-2", inZone[0].GetProperty("newText").GetString());
        Assert.Equal(7, inZone[0].GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(5, inZone[0].GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        Assert.True(changes.TryGetProperty(UsJapan, out var inUsJapan));
        Assert.Equal(9, inUsJapan[0].GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());

        var error = await Assert.ThrowsAsync<StreamJsonRpc.RemoteInvocationException>(() => _client.RequestAsync("textDocument/rename",
            new { textDocument = new { uri = UsJapan }, position = LspClient.Position(9, 9), newName = "floor" }));
        Assert.Equal(-32803, error.ErrorCode);
        Assert.Contains("keyword", error.Message);
    }

    [Fact]
    public async Task Formatting_uses_the_fmt_engine_and_refuses_what_fmt_refuses()
    {
        var path = Path.Combine(Forge, "us-japan.agr");
        var canonical = File.ReadAllText(path);
        Assert.Equal(0, (await _client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = UsJapan }, options = new { tabSize = 2, insertSpaces = true } })).GetArrayLength());

        await _client.ReplaceAsync(UsJapan, canonical.Replace("  kind bilateral", "kind     bilateral"), 2);
        var edits = await _client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = UsJapan }, options = new { tabSize = 2, insertSpaces = true } });
        Assert.Equal(canonical, Assert.Single(edits.EnumerateArray()).GetProperty("newText").GetString());

        await _client.ReplaceAsync(UsJapan, canonical.Replace("  kind bilateral", "  kind bilateral {"), 3);
        var error = await Assert.ThrowsAsync<StreamJsonRpc.RemoteInvocationException>(() =>
            _client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = UsJapan }, options = new { tabSize = 2, insertSpaces = true } }));
        Assert.Contains("syntax errors", error.Message);
    }

    [Fact]
    public async Task Outline_folding_and_semantic_tokens()
    {
        var symbols = await _client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = UsJapan } });
        var agreement = Assert.Single(symbols.EnumerateArray());
        Assert.Equal("US-JP-2026", agreement.GetProperty("name").GetString());
        var clauses = agreement.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToArray();
        Assert.Contains("zone FORGE", clauses);
        Assert.Contains("floor NdPr oxide at reference price", clauses);

        var folding = await _client.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri = UsJapan } });
        Assert.Contains(folding.EnumerateArray(), f => f.GetProperty("startLine").GetInt32() == 6);
        Assert.Contains(folding.EnumerateArray(), f => f.GetProperty("startLine").GetInt32() == 19 && f.GetProperty("endLine").GetInt32() == 22);
        Assert.Contains(folding.EnumerateArray(), f => f.TryGetProperty("kind", out var k) && k.GetString() == "comment" && f.GetProperty("startLine").GetInt32() == 0);

        var tokens = await _client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = UsJapan } });
        var data = tokens.GetProperty("data").EnumerateArray().Select(d => d.GetInt32()).ToArray();
        Assert.Equal(0, data.Length % 5);
        var decoded = Decode(data);
        Assert.Contains((9, 7, 5, 4), decoded);   // FORGE: a declared name
        Assert.Contains((19, 8, 4, 5), decoded);  // NdPr: a mineral
        Assert.Contains((19, 13, 5, 6), decoded); // oxide: a stage
    }

    [Fact]
    public async Task Quick_fixes_apply_did_you_mean_and_add_a_missing_clause()
    {
        var typo = File.ReadAllText(Path.Combine(Forge, "us-japan.agr")).Replace("floor NdPr oxide", "floor NdPrr oxide").Replace("  in force 2026-03-01\n", "");
        await _client.ReplaceAsync(UsJapan, typo, 2);
        var published = await _client.DiagnosticsAsync(UsJapan, p => p.GetProperty("version").GetInt32() == 2);
        var diagnostics = published.GetProperty("diagnostics");

        var actions = await _client.RequestAsync("textDocument/codeAction",
            new { textDocument = new { uri = UsJapan }, range = LspClient.Range(0, 0, 200, 0), context = new { diagnostics } });
        var titles = actions.EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToArray();
        Assert.Contains("Replace with 'NdPr'", titles);
        Assert.Contains("Add 'in force on signature'", titles);
        var replace = actions.EnumerateArray().First(a => a.GetProperty("title").GetString() == "Replace with 'NdPr'");
        var edit = replace.GetProperty("edit").GetProperty("changes").GetProperty(UsJapan)[0];
        Assert.Equal("NdPr", edit.GetProperty("newText").GetString());
        Assert.Equal(8, edit.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
    }

    private static List<(int Line, int Character, int Length, int Type)> Decode(int[] data)
    {
        var result = new List<(int, int, int, int)>();
        int line = 0, character = 0;
        for (var i = 0; i < data.Length; i += 5)
        {
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            line += data[i];
            result.Add((line, character, data[i + 2], data[i + 3]));
        }

        return result;
    }
}
